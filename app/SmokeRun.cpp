#include "SmokeRun.h"

#include "ApiKeyTableModel.h"
#include "KeyOperations.h"
#include "MainWindow.h"

namespace discue {

SmokeRun::SmokeRun(MainWindow *window, int timeoutMs, QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this, timeoutMs] {
        Q_EMIT done(3, tr("discue-keys --smoke: no key list within %1 s").arg(timeoutMs / 1000));
    });
    connect(window->operations(), &KeyOperations::refreshed, this, [this, window](bool ok) {
        m_timeout.stop();
        if (ok)
            Q_EMIT done(0, tr("%1 keys").arg(window->keyModel()->rowCount()));
        else
            Q_EMIT done(2, tr("discue-keys --smoke: listing the keys failed"));
    });
    m_timeout.start();
}

} // namespace discue
