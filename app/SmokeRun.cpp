#include "SmokeRun.h"

#include "ApiKeyTableModel.h"
#include "KeyOperations.h"
#include "MainWindow.h"

#include <QEvent>

namespace discue {

SmokeRun::SmokeRun(MainWindow *window, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this, timeoutMs] {
        Q_EMIT done(3, tr("discue-keys --smoke: no key list within %1 s").arg(timeoutMs / 1000));
    });
    connect(window->operations(), &KeyOperations::refreshed, this, [this, window](bool ok) {
        if (!ok) {
            m_timeout.stop();
            Q_EMIT done(2, tr("discue-keys --smoke: listing the keys failed"));
            return;
        }
        // "Filled" means the user sees the keys: wait for the window's next paint.
        m_filled = true;
        window->installEventFilter(this);
        window->update();
    });
    m_timeout.start();
}

bool SmokeRun::eventFilter(QObject *watched, QEvent *event)
{
    if (m_filled && watched == m_window && event->type() == QEvent::UpdateRequest) {
        m_filled = false;
        m_window->removeEventFilter(this);
        // Report once the paint this event starts has been done.
        QTimer::singleShot(0, this, [this] {
            m_timeout.stop();
            // Read by scripts (package test, start-up benchmark): the same in every language.
            const int keys = m_window ? m_window->keyModel()->rowCount() : 0;
            Q_EMIT done(0, QString::number(keys) + QStringLiteral(" keys"));
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace discue
