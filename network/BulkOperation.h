// BulkOperation: the same change (enable, disable, delete) applied to many keys with bounded
// concurrency, progress, cancel and a per-key result list that can be retried for the
// failed keys only.
#pragma once

#include "ApiKeysClient.h"

namespace discue {

enum class BulkAction { Enable, Disable, Delete };

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
    BulkOperation(ApiKeysClient *client, BulkAction action, QList<ApiKey> keys,
                  int concurrency = 6, QObject *parent = nullptr);

    void start();
    void cancel();
    // Runs again for the keys whose last result was not a success.
    void retryFailed();
    const QList<BulkItemResult> &results() const;
    int failedCount() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();
};

} // namespace discue
