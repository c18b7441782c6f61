#include "FontDatabaseWarmUp.h"

#include <QFontDatabase>

#include <system_error>

namespace discue {

FontDatabaseWarmUp::FontDatabaseWarmUp(QObject *parent)
    : QObject(parent)
{
    try {
        m_thread = std::thread([this] {
            QFontDatabase::families(); // documented thread-safe; fills the database
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_ready = true;
                    Q_EMIT ready();
                },
                Qt::QueuedConnection);
        });
    } catch (const std::system_error &) {
        m_ready = true;
    }
}

FontDatabaseWarmUp::~FontDatabaseWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
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
