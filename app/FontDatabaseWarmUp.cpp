#include "FontDatabaseWarmUp.h"

#include <QFontDatabase>

#ifdef DISCUE_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include <system_error>

namespace discue {

FontDatabaseWarmUp::FontDatabaseWarmUp(QObject *parent)
    : QObject(parent)
{
#ifdef DISCUE_HAVE_FONTCONFIG
    // Set by launchers; Qt's xcb and Wayland plugins take them out of the environment.
    m_fontconfigEarly = !qEnvironmentVariableIsSet("DESKTOP_STARTUP_ID") &&
                        !qEnvironmentVariableIsSet("XDG_ACTIVATION_TOKEN");
#endif
    try {
        m_thread = std::thread([this] { run(); });
    } catch (const std::system_error &) {
        m_ready = true;
    }
}

FontDatabaseWarmUp::~FontDatabaseWarmUp()
{
    stop();
}

void FontDatabaseWarmUp::stop()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        if (m_step == Step::WaitForApplication)
            m_step = Step::Stop;
    }
    m_stepChanged.notify_one();
    m_thread.join();
}

void FontDatabaseWarmUp::fillDatabase()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_step = Step::FillDatabase;
    }
    m_stepChanged.notify_one();
}

void FontDatabaseWarmUp::run()
{
#ifdef DISCUE_HAVE_FONTCONFIG
    // Qt's font database begins with the same call; once it has run it returns at once.
    if (m_fontconfigEarly)
        FcInit();
#endif
    {
        std::unique_lock lock(m_mutex);
        m_stepChanged.wait(lock, [this] { return m_step != Step::WaitForApplication; });
        if (m_step == Step::Stop)
            return;
    }
    QFontDatabase::families(); // documented thread-safe; fills the database
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_ready = true;
            Q_EMIT ready();
        },
        Qt::QueuedConnection);
}

void FontDatabaseWarmUp::whenReady(const std::function<void()> &then)
{
    if (m_ready) {
        then();
        return;
    }
    connect(this, &FontDatabaseWarmUp::ready, this, then, Qt::SingleShotConnection);
}

} // namespace discue
