// ApiCall: one running operation of ApiKeysClient. Owns its reply, timeout and retry waits;
// deletes itself (deleteLater) after finished() was emitted.
#pragma once

#include "ApiResult.h"

#include <QObject>

namespace discue {

class ApiCall : public QObject
{
    Q_OBJECT

public:
    Operation operation() const;
    // Stops the request or the retry wait; finished() follows with TransportFailure::Cancelled.
    void cancel();

Q_SIGNALS:
    // A retryable answer (429, 503, reset) arrived; the next attempt starts in msRemaining.
    // Emitted once when the wait starts; the UI runs its own countdown from it.
    void retryScheduled(int nextAttempt, int maxAttempts, qint64 waitMs, int lastStatus);
    void finished(const discue::ApiResult &result);
};

} // namespace discue
