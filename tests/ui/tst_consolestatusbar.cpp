// The status bar's own behaviour: a retry counts down to the moment it is due and then goes,
// unless something else was said meanwhile; a lasting notice stays short, carries its details
// in the tooltip, and never widens the window.
#include "ConsoleStatusBar.h"
#include "IconPixels.h"
#include "TextEmphasis.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {
// A status bar in window, shown at this width; null if the window never showed.
ConsoleStatusBar *shownIn(QMainWindow &window, int width)
{
    auto *bar = new ConsoleStatusBar(&window);
    window.setStatusBar(bar);
    window.resize(width, 300);
    window.show();
    return QTest::qWaitForWindowExposed(&window) ? bar : nullptr;
}
} // namespace

class TestConsoleStatusBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryCountsDownAndGoesWhenDue()
    {
        ConsoleStatusBar bar;
        bar.showRetryCountdown(429, 1600);
        QCOMPARE(bar.currentMessage(), u"The server answered 429; retrying in 2 s..."_s);
        QTRY_COMPARE_WITH_TIMEOUT(bar.currentMessage(),
                                  u"The server answered 429; retrying in 1 s..."_s, 1500);
        QTRY_VERIFY_WITH_TIMEOUT(bar.currentMessage().isEmpty(), 1500);
    }

    void anotherMessageEndsTheCountdown()
    {
        ConsoleStatusBar bar;
        bar.showRetryCountdown(503, 1200);
        QCOMPARE(bar.currentMessage(), u"The server answered 503; retrying in 2 s..."_s);
        bar.showMessage(u"Sorting 5,000 keys..."_s);
        // The countdown notices at its next tick and leaves the other message alone.
        const auto *ticker = bar.findChild<QTimer *>(u"retryTicker"_s);
        QVERIFY(ticker);
        QTRY_VERIFY(!ticker->isActive());
        QCOMPARE(bar.currentMessage(), u"Sorting 5,000 keys..."_s);
    }

    void aNewRetryRestartsTheCountdown()
    {
        ConsoleStatusBar bar;
        bar.showRetryCountdown(429, 900);
        bar.showRetryCountdown(429, 5000);
        QCOMPARE(bar.currentMessage(), u"The server answered 429; retrying in 5 s..."_s);
        // Past the first retry's moment the second one still counts.
        QTRY_COMPARE_WITH_TIMEOUT(bar.currentMessage(),
                                  u"The server answered 429; retrying in 4 s..."_s, 1500);
    }

    void aDroppedConnectionAndAFinishedRequestSaySo()
    {
        ConsoleStatusBar bar;
        bar.showRetryCountdown(0, 3000);
        QCOMPARE(bar.currentMessage(), u"The connection dropped; retrying in 3 s..."_s);
        bar.stopRetryCountdown(); // the request was cancelled or answered
        QVERIFY(bar.currentMessage().isEmpty());
        QVERIFY(!bar.findChild<QTimer *>(u"retryTicker"_s)->isActive());
        bar.showMessage(u"Refreshed"_s);
        bar.stopRetryCountdown(); // nothing to stop: another message stays
        QCOMPARE(bar.currentMessage(), u"Refreshed"_s);
    }

    void noticeKeepsItsDetailsInTheTooltipAndNeverWidensTheWindow()
    {
        QMainWindow window;
        ConsoleStatusBar *bar = shownIn(window, 500);
        QVERIFY(bar);
        const QString details =
            u"No keychain is available: %1"_s.arg(u"a long reason "_s.repeated(20));
        bar->setNotice(u"No keychain: API keys are kept for this session only."_s, details);
        QCOMPARE(bar->notice(), u"No keychain: API keys are kept for this session only."_s);
        QCOMPARE(bar->noticeDetails(), details);
        bar->setNotice(details); // even a long notice
        QCoreApplication::processEvents();
        QCOMPARE(window.width(), 500);
        QVERIFY(window.minimumSizeHint().width() <= 500);
        QCOMPARE(bar->noticeDetails(), details); // the whole text, when there are no details
        bar->setNotice({});
        QVERIFY(!window.findChild<QLabel *>(u"statusNotice"_s)->isVisible());
    }

    void noticeIsWrittenInTheCautionColour()
    {
        QMainWindow window;
        ConsoleStatusBar *bar = shownIn(window, 700);
        QVERIFY(bar);
        bar->setNotice(u"No keychain: API keys are kept for this session only."_s);
        QCoreApplication::processEvents();
        auto *notice = window.findChild<QLabel *>(u"statusNotice"_s);
        const QImage drawn = notice->grab().toImage();
        QVERIFY2(test::pixelsNear(drawn, emphasisColour(Emphasis::Caution), 200) > 20,
                 "the notice's text is not orange");
    }
};

QTEST_MAIN(TestConsoleStatusBar)
#include "tst_consolestatusbar.moc"
