// ConsoleStyle: the standard icons the console's windows show (toolbar extension, dock
// buttons, a search field's clear button) are the console's own, tinted with the application
// palette and again when it changes; every other standard icon is the platform style's; and a
// window with a toolbar and a clearable field reads no PNG, so Qt loads no image-format plugin.
#include "ConsoleStyle.h"
#include "IconPixels.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;
using namespace discue;
using namespace discue::test;

namespace {

constexpr int opaque = 150; // alpha of the pixels that count

const QColor textColour(0x10, 0xa0, 0x20);  // a green no bundled icon has
const QColor otherColour(0xc0, 0x20, 0xb0); // and a purple

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
        // Not vacuous: there are plugins that a PNG read would have loaded.
        const QDir plugins(QLibraryInfo::path(QLibraryInfo::PluginsPath) + u"/imageformats"_s);
        QVERIFY2(!plugins.entryList(QDir::Files).isEmpty(), qPrintable(plugins.path()));
        QFile maps(u"/proc/self/maps"_s);
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY2(!mapped.contains("/imageformats/"), "an image-format plugin was loaded");
#endif
    }

    void theWindowsStandardIconsAreTheConsolesAndFollowThePalette()
    {
        const QPalette original = QApplication::palette();
        QPalette palette = original;
        palette.setColor(QPalette::WindowText, textColour);
        QApplication::setPalette(palette);
        QWidget widget;
        QStyleOption option;
        option.initFrom(&widget);
        for (const QStyle::StandardPixmap icon :
             {QStyle::SP_ToolBarHorizontalExtensionButton,
              QStyle::SP_ToolBarVerticalExtensionButton, QStyle::SP_TitleBarCloseButton,
              QStyle::SP_DockWidgetCloseButton, QStyle::SP_TitleBarNormalButton,
              QStyle::SP_LineEditClearButton}) {
            const QString name = QString::number(icon);
            // Asked for with a widget (dock, line edit) or with only an option (toolbar).
            const QIcon forWidget = widget.style()->standardIcon(icon, nullptr, &widget);
            const QIcon forOption = widget.style()->standardIcon(icon, &option);
            QVERIFY2(pixelsNear(forWidget.pixmap(32).toImage(), textColour, opaque) > 10,
                     qPrintable(name));
            QVERIFY2(pixelsNear(forOption.pixmap(32).toImage(), textColour, opaque) > 10,
                     qPrintable(name));
            const QPixmap pixmap = widget.style()->standardPixmap(icon, nullptr, &widget);
            QCOMPARE(pixmap.deviceIndependentSize().toSize().width(),
                     widget.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &widget));
            QVERIFY2(pixelsNear(pixmap.toImage(), textColour, opaque) > 3, qPrintable(name));

            // The platform switches to another palette: the icon a widget already holds
            // takes the new colours (widgets do not ask for these icons again).
            QPalette switched = palette;
            switched.setColor(QPalette::WindowText, otherColour);
            QApplication::setPalette(switched);
            QVERIFY2(pixelsNear(forWidget.pixmap(32).toImage(), otherColour, opaque) > 10,
                     qPrintable(name));
            QCOMPARE(pixelsNear(forWidget.pixmap(32).toImage(), textColour, opaque), 0);
            QApplication::setPalette(palette);
        }
        QApplication::setPalette(original);
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
