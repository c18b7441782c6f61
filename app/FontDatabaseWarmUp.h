// FontDatabaseWarmUp: fills Qt's font database on a second thread at start-up. With
// fontconfig that takes 7-10 ms (about 60 configuration files and the font caches), and every
// widget waits for it at its first text - the first one is made in QStatusBar's constructor.
// Meanwhile the GUI thread does the work that needs no fonts: with whenReady() main() lets the
// event loop receive, decode and lay out the first key list before any widget exists.
#pragma once

#include <QObject>

#include <functional>
#include <thread>

namespace discue {

class FontDatabaseWarmUp : public QObject
{
    Q_OBJECT

public:
    // Starts the thread; needs the QGuiApplication. Without a thread to spare it is ready at
    // once, and the first widget fills the database itself.
    explicit FontDatabaseWarmUp(QObject *parent = nullptr);
    // Waits for the thread: QFontDatabase must not be filled while QGuiApplication goes.
    ~FontDatabaseWarmUp() override;

    bool isReady() const { return m_ready; }
    // Calls `then` on the GUI thread once the database is filled: now, if it already is.
    void whenReady(const std::function<void()> &then);

Q_SIGNALS:
    void ready();

private:
    std::thread m_thread;
    bool m_ready = false; // only read and written on the GUI thread
};

} // namespace discue
