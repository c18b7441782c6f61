// FontDatabaseWarmUp: fills Qt's font database on a second thread at start-up. With
// fontconfig that takes 7-10 ms (about 60 configuration files and the font caches), and every
// widget waits for it at its first text - the first one is made in QStatusBar's constructor.
// Meanwhile the GUI thread does the work that needs no fonts: with whenReady() main() lets the
// event loop receive, decode and lay out the first key list before any widget exists.
//
// Made before the QApplication: fontconfig's part (four fifths of the work) needs no Qt and
// runs while the QApplication is made; Qt's part waits for fillDatabase(). Not when the
// console was started with a startup-notification or activation token: the platform plugin
// removes that variable from the environment while the QApplication is made, and fontconfig
// reading the environment meanwhile on the other thread is a data race (glibc's getenv and
// unsetenv). Then fontconfig starts after the QApplication too.
#pragma once

#include <QObject>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace discue {

class FontDatabaseWarmUp : public QObject
{
    Q_OBJECT

public:
    // Starts the thread, which loads fontconfig's configuration and caches. Without a thread
    // to spare it is ready at once, and the first widget fills the database itself.
    explicit FontDatabaseWarmUp(QObject *parent = nullptr);
    ~FontDatabaseWarmUp() override; // stop()s

    // Lets the thread fill QFontDatabase; call once the QGuiApplication exists.
    void fillDatabase();
    // Stops a thread still waiting for fillDatabase() and waits for it. Call before the
    // QGuiApplication goes: QFontDatabase must not be filled meanwhile.
    void stop();

    bool isReady() const { return m_ready; }
    bool readsFontconfigEarly() const { return m_fontconfigEarly; }
    // Calls `then` on the GUI thread once the database is filled: now, if it already is.
    void whenReady(const std::function<void()> &then);

Q_SIGNALS:
    void ready();

private:
    enum class Step
    {
        WaitForApplication,
        FillDatabase,
        Stop
    };
    void run();

    std::mutex m_mutex;
    std::condition_variable m_stepChanged;
    Step m_step = Step::WaitForApplication; // guarded by m_mutex
    std::thread m_thread;
    bool m_ready = false;           // only read and written on the GUI thread
    bool m_fontconfigEarly = false; // set before the thread starts
};

} // namespace discue
