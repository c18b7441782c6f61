#include "SmokeRun.h"

#include "ApiKeyTableModel.h"
#include "KeyOperations.h"
#include "KeyTableView.h"
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
    auto listed = [this, window](bool ok) {
        if (!ok) {
            m_timeout.stop();
            Q_EMIT done(2, tr("discue-keys --smoke: listing the keys failed"));
            return;
        }
        // "Filled" means the user sees the keys: wait for the table's next paint.
        m_filled = true;
        window->keyTable()->viewport()->installEventFilter(this);
        window->keyTable()->viewport()->update();
    };
    m_timeout.start();
    // At start-up the list is usually in before the window is built.
    switch (window->operations()->listState()) {
    case KeyOperations::ListState::Listed:
        listed(true);
        return;
    case KeyOperations::ListState::Failed:
        QTimer::singleShot(0, this, [listed] { listed(false); }); // once done is connected
        return;
    case KeyOperations::ListState::NotRequested:
    case KeyOperations::ListState::Loading:
        break;
    }
    connect(window->operations(), &KeyOperations::refreshed, this, listed);
}

bool SmokeRun::eventFilter(QObject *watched, QEvent *event)
{
    if (m_filled && m_window && watched == m_window->keyTable()->viewport() &&
        event->type() == QEvent::Paint) {
        m_filled = false;
        watched->removeEventFilter(this);
        // Report once the window's paint that includes this one is done and on screen.
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
