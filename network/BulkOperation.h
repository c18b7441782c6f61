// BulkOperation: the same change (enable, disable, delete) applied to many keys with bounded
// concurrency, progress, cancel and a per-key result list that can be retried for the
// failed keys only.
#pragma once

#include "ApiKeysClient.h"

#include <QHash>

#include <optional>

namespace discue {

enum class BulkAction
{
    Enable,
    Disable,
    Delete
};

// The status an enable or a disable sets; none for a delete.
std::optional<KeyStatus> statusSetBy(BulkAction action);
// The request that applies the action to one key.
ApiCall *sendAction(ApiKeysClient *client, BulkAction action, const QString &id);

struct BulkItemResult
{
    QString id;
    QString name;
    ApiResult result;
};

class BulkOperation : public QObject
{
    Q_OBJECT

public:
    BulkOperation(ApiKeysClient *client, BulkAction action, QList<ApiKey> keys, int concurrency = 6,
                  QObject *parent = nullptr);

    void start();
    void cancel();
    // Runs again for the keys whose last result was not a success.
    void retryFailed();
    const QList<BulkItemResult> &results() const;
    int failedCount() const;
    bool isRunning() const;

Q_SIGNALS:
    // done counts the keys of the current run (start or retryFailed), cancelled ones included.
    void progress(int done, int total);
    // results().at(index) got its (new) result.
    void itemFinished(int index);
    void finished();

private:
    void run(const QList<int> &indices);
    void launchMore();
    void itemDone();

    ApiKeysClient *m_client;
    BulkAction m_action;
    int m_concurrency;
    QList<BulkItemResult> m_results;
    QList<int> m_pending;
    QHash<ApiCall *, int> m_running;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
};

} // namespace discue
