// The status bar's own behaviour: a retry counts down to the moment it is due and then goes,
// unless something else was said meanwhile; a lasting notice stays short, carries its details
// in the tooltip, and never widens the window.
#include "ConsoleStatusBar.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

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
        // Past the retry's moment the other message is still there, untouched (a wait: what
        // is checked is that nothing happens).
        QTest::qWait(1500);
        QCOMPARE(bar.currentMessage(), u"Sorting 5,000 keys..."_s);
    }

    void aNewRetryRestartsTheCountdown()
    {
        ConsoleStatusBar bar;
        bar.showRetryCountdown(429, 900);
        bar.showRetryCountdown(429, 5000);
        QCOMPARE(bar.currentMessage(), u"The server answered 429; retrying in 5 s..."_s);
        QTest::qWait(1200); // past the first retry's moment: the second one still counts
        QVERIFY2(bar.currentMessage().startsWith(u"The server answered 429; retrying in"_s),
                 qPrintable(bar.currentMessage()));
    }

    void noticeKeepsItsDetailsInTheTooltipAndNeverWidensTheWindow()
    {
        QMainWindow window;
        auto *bar = new ConsoleStatusBar(&window);
        window.setStatusBar(bar);
        window.resize(500, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
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
};

QTEST_MAIN(TestConsoleStatusBar)
#include "tst_consolestatusbar.moc"
