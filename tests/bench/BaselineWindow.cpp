// The startup scenario's yardstick: the smallest Qt Widgets main window with a table, built
// with the same compiler, flags and Qt. Prints "painted" after its first paint and exits.
#include <QApplication>
#include <QMainWindow>
#include <QPaintEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

class PaintReportingWindow : public QMainWindow
{
protected:
    bool event(QEvent *event) override
    {
        const bool handled = QMainWindow::event(event);
        if (event->type() == QEvent::UpdateRequest && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, this, [] {
                QTextStream(stdout) << "painted" << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return handled;
    }

private:
    bool m_reported = false;
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    PaintReportingWindow window;
    QStandardItemModel model(10, 8);
    auto *table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1100, 700);
    window.show();
    return app.exec();
}
