#include "BulkOperation.h"

#include "NetworkLogging.h"

namespace discue {

std::optional<KeyStatus> statusSetBy(BulkAction action)
{
    switch (action) {
    case BulkAction::Enable:
        return KeyStatus::Enabled;
    case BulkAction::Disable:
        return KeyStatus::Disabled;
    case BulkAction::Delete:
        break;
    }
    return std::nullopt;
}

ApiCall *sendAction(ApiKeysClient *client, BulkAction action, const QString &id)
{
    if (const auto status = statusSetBy(action))
        return client->setKeyStatus(id, *status);
    return client->deleteKey(id);
}

BulkOperation::BulkOperation(ApiKeysClient *client, BulkAction action, QList<ApiKey> keys,
                             int concurrency, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_action(action)
    , m_concurrency(std::max(1, concurrency))
{
    m_results.reserve(keys.size());
    for (const ApiKey &key : std::as_const(keys))
        m_results.append(BulkItemResult{key.id, key.name, {}});
}

void BulkOperation::start()
{
    QList<int> all;
    all.reserve(m_results.size());
    for (int i = 0; i < m_results.size(); ++i)
        all << i;
    run(all);
}

void BulkOperation::retryFailed()
{
    QList<int> failed;
    for (int i = 0; i < m_results.size(); ++i) {
        if (!m_results.at(i).result.isSuccess())
            failed << i;
    }
    run(failed);
}

void BulkOperation::run(const QList<int> &indices)
{
    if (isRunning())
        return;
    m_pending = indices;
    m_done = 0;
    m_total = int(indices.size());
    m_cancelled = false;
    Q_EMIT progress(0, m_total);
    if (m_pending.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    launchMore();
}

void BulkOperation::launchMore()
{
    while (!m_cancelled && !m_pending.isEmpty() && m_running.size() < m_concurrency) {
        const int index = m_pending.takeFirst();
        const QString &id = m_results.at(index).id;
        ApiCall *call = sendAction(m_client, m_action, id);
        m_running.insert(call, index);
        connect(call, &ApiCall::finished, this, [this, call](const ApiResult &result) {
            const int finishedIndex = m_running.take(call);
            m_results[finishedIndex].result = result;
            Q_EMIT itemFinished(finishedIndex);
            itemDone();
        });
    }
}

void BulkOperation::itemDone()
{
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    launchMore();
    if (m_running.isEmpty() && (m_pending.isEmpty() || m_cancelled)) {
        qCDebug(lcNetwork) << "bulk operation finished:" << m_done << "of" << m_total << "done,"
                           << failedCount() << "failed";
        Q_EMIT finished();
    }
}

void BulkOperation::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    // Keys never sent get a cancelled result of their own, so "retry failed" includes them.
    const QList<int> notSent = std::exchange(m_pending, {});
    for (const int index : notSent) {
        ApiExchange &exchange = m_results[index].result.exchange;
        exchange = ApiExchange{};
        exchange.operation = m_action == BulkAction::Delete ? Operation::Delete : Operation::Update;
        exchange.method = operationMethod(exchange.operation);
        exchange.url = m_client->keysUrl(m_results.at(index).id);
        exchange.startedAt = QDateTime::currentDateTimeUtc();
        exchange.failure = TransportFailure::Cancelled;
        exchange.attempts = 0;
        m_results[index].result.payload = std::monostate{};
        m_results[index].result.error.reset();
        ++m_done;
    }
    Q_EMIT progress(m_done, m_total);
    if (m_running.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    // Each running call finishes with Cancelled; the last one emits finished().
    const QList<ApiCall *> running = m_running.keys();
    for (ApiCall *call : running)
        call->cancel();
}

bool BulkOperation::isRunning() const
{
    return !m_running.isEmpty() || !m_pending.isEmpty();
}

const QList<BulkItemResult> &BulkOperation::results() const
{
    return m_results;
}

int BulkOperation::failedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const BulkItemResult &item) { return !item.result.isSuccess(); }));
}

} // namespace discue
