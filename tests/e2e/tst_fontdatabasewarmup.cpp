// FontDatabaseWarmUp as main() uses it: made before the QGuiApplication (fontconfig's part runs
// meanwhile), told to fill Qt's font database once the application exists, ready on the GUI
// thread, and stopped without hanging however start-up ends.
#include "FontDatabaseWarmUp.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QTest>
#include <QThread>

using namespace discue;

class TestFontDatabaseWarmUp : public QObject
{
    Q_OBJECT

public:
    // Made before the application, as in main().
    explicit TestFontDatabaseWarmUp(FontDatabaseWarmUp *fonts)
        : m_fonts(fonts)
    {}

private Q_SLOTS:
    void isReadyOnTheGuiThreadWithTheDatabaseFilled();
    void whenReadyAfterwardsRunsAtOnce();
    void oneNeverToldToFillStopsAtOnce();
    void oneStoppedWhileFillingWaitsForTheFill();
    void notBeforeTheApplicationWhenAPlatformPluginChangesTheEnvironment();

private:
    FontDatabaseWarmUp *m_fonts;
};

void TestFontDatabaseWarmUp::isReadyOnTheGuiThreadWithTheDatabaseFilled()
{
    QThread *calledOn = nullptr;
    m_fonts->whenReady([&calledOn] { calledOn = QThread::currentThread(); });
    QTRY_VERIFY_WITH_TIMEOUT(m_fonts->isReady(), 10000);
    QCOMPARE(calledOn, QCoreApplication::instance()->thread());
    QVERIFY(!QFontDatabase::families().isEmpty());
}

void TestFontDatabaseWarmUp::whenReadyAfterwardsRunsAtOnce()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_fonts->isReady(), 10000);
    bool called = false;
    m_fonts->whenReady([&called] { called = true; });
    QVERIFY(called);
}

void TestFontDatabaseWarmUp::oneNeverToldToFillStopsAtOnce()
{
    // Start-up that fails before the window (a bad profile, --smoke without a connection).
    QElapsedTimer clock;
    clock.start();
    {
        FontDatabaseWarmUp fonts;
        QVERIFY(!fonts.isReady());
    }
    QVERIFY2(clock.elapsed() < 5000, "the destructor waited for a fill never asked for");
}

void TestFontDatabaseWarmUp::oneStoppedWhileFillingWaitsForTheFill()
{
    // The fill is already done for this process, so this one's ends at once; stop() must
    // still join the thread before returning (a running thread would abort on destruction).
    FontDatabaseWarmUp fonts;
    fonts.fillDatabase();
    fonts.stop();
    QVERIFY(!fonts.isReady()); // its ready() was queued after stop() - the event loop never ran
    QCoreApplication::processEvents();
    QVERIFY(fonts.isReady());
}

void TestFontDatabaseWarmUp::notBeforeTheApplicationWhenAPlatformPluginChangesTheEnvironment()
{
#ifdef DISCUE_HAVE_FONTCONFIG
    QVERIFY(m_fonts->readsFontconfigEarly()); // this test's own start: no launcher token
#endif
    for (const char *variable : {"DESKTOP_STARTUP_ID", "XDG_ACTIVATION_TOKEN"}) {
        qputenv(variable, "launcher-token");
        FontDatabaseWarmUp fonts;
        qunsetenv(variable);
        QVERIFY2(!fonts.readsFontconfigEarly(), variable);
    }
}

int main(int argc, char *argv[])
{
    FontDatabaseWarmUp fonts; // before the application, as in main()
    QGuiApplication app(argc, argv);
    fonts.fillDatabase();
    TestFontDatabaseWarmUp test(&fonts);
    const int failures = QTest::qExec(&test, argc, argv);
    fonts.stop();
    return failures;
}

#include "tst_fontdatabasewarmup.moc"
