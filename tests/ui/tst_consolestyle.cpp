// ConsoleStyle: the standard icons the console's windows show (toolbar extension, dock
// buttons, a search field's clear button) are the console's own, tinted with the palette like
// its other icons; every other standard icon is the platform style's; and a window with a
// toolbar, a dock and a clearable field reads no PNG, so Qt loads no image-format plugin.
#include "ConsoleStyle.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QColor textColour(0x10, 0xa0, 0x20); // a green no bundled icon has

int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QColor pixel = argb.pixelColor(x, y);
            if (pixel.alpha() > 150 && std::abs(pixel.red() - colour.red()) < 40 &&
                std::abs(pixel.green() - colour.green()) < 40 &&
                std::abs(pixel.blue() - colour.blue()) < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestConsoleStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(new ConsoleStyle(QStyleFactory::create(u"Fusion"_s)));
    }

    // First: the process must not have read any image yet.
    void aWindowWithToolbarDockAndClearableFieldLoadsNoImagePlugin()
    {
        QMainWindow window;
        auto *bar = window.addToolBar(u"Main"_s);
        for (int i = 0; i < 30; ++i) // more than fit: the extension button is needed
            bar->addAction(u"Action %1"_s.arg(i));
        auto *search = new QLineEdit(&window);
        search->setClearButtonEnabled(true);
        search->setText(u"typed"_s);
        bar->addWidget(search);
        auto *dock = new QDockWidget(u"Activity"_s, &window);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.grab().isNull());
#ifdef Q_OS_LINUX
        QFile maps(u"/proc/self/maps"_s);
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY2(!mapped.contains("/imageformats/"), "an image-format plugin was loaded");
#endif
    }

    void theWindowsStandardIconsAreTheConsolesAndTinted()
    {
        QWidget widget;
        QPalette palette = widget.palette();
        palette.setColor(QPalette::WindowText, textColour);
        widget.setPalette(palette);
        for (const QStyle::StandardPixmap icon :
             {QStyle::SP_ToolBarHorizontalExtensionButton,
              QStyle::SP_ToolBarVerticalExtensionButton, QStyle::SP_TitleBarCloseButton,
              QStyle::SP_DockWidgetCloseButton, QStyle::SP_TitleBarNormalButton,
              QStyle::SP_LineEditClearButton}) {
            const QImage image =
                widget.style()->standardIcon(icon, nullptr, &widget).pixmap(32).toImage();
            QVERIFY2(pixelsNear(image, textColour) > 10, qPrintable(QString::number(icon)));
            const QImage pixmap = widget.style()->standardPixmap(icon, nullptr, &widget).toImage();
            QCOMPARE(pixmap.width(),
                     widget.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &widget));
            QVERIFY2(pixelsNear(pixmap, textColour) > 3, qPrintable(QString::number(icon)));
        }
    }

    void otherStandardIconsAreThePlatformStyles()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        const QIcon ours = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        const QIcon theirs = fusion->standardIcon(QStyle::SP_MessageBoxWarning);
        QVERIFY(!ours.isNull());
        QCOMPARE(ours.pixmap(32).toImage(), theirs.pixmap(32).toImage());
    }
};

QTEST_MAIN(TestConsoleStyle)
#include "tst_consolestyle.moc"
