// The startup scenario's yardstick: the smallest Qt Widgets main window with a table, built
// with the same compiler, flags and Qt. Prints "painted" once its table has been painted - the
// moment discue-keys --smoke reports for its filled table - and exits.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QScreen>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

class FirstPaintReporter : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After the window's paint that includes this one.
            QTimer::singleShot(0, this, [] {
                QTextStream(stdout) << "painted" << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(10, 8);
    auto *table = new QTableView(&window);
    table->setModel(&model);
    FirstPaintReporter reporter;
    table->viewport()->installEventFilter(&reporter);
    window.setCentralWidget(table);
    // The console's first-start size (MainWindow::firstStartSize), so that both programs
    // paint the same area; not linked from the console to keep this program minimal.
    window.resize(QSize(1360, 820).boundedTo(window.screen()->availableSize() * 0.9));
    window.show();
    return app.exec();
}
