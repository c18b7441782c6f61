// ApiCall: one running operation of ApiKeysClient. Owns its reply, timeout and retry waits;
// deletes itself (deleteLater) after finished() was emitted.
#pragma once

#include "ApiResult.h"
#include "ClientSettings.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace discue {

// What ApiKeysClient asks an ApiCall to send.
struct ApiCallRequest
{
    Operation operation = Operation::List;
    QUrl url;
    std::optional<QByteArray> body; // nullopt: no body (a PUT then sends Content-Length: 0)
};

class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(QNetworkAccessManager *network, const ClientSettings &settings, ApiCallRequest request,
            quint64 serial, QObject *parent = nullptr);
    ~ApiCall() override;

    Operation operation() const;
    // Stops the request or the retry wait; finished() follows with TransportFailure::Cancelled.
    void cancel();
    // Sends the first attempt. ApiKeysClient queues it, so callers can connect first; a caller
    // may also start it at once. A refused address is answered from the event loop too, never
    // from inside start().
    void start();
    bool isFinished() const { return m_finished; }
    // The exchange as far as it got (attempts so far, last status).
    const ApiExchange &exchange() const { return m_result.exchange; }

Q_SIGNALS:
    // A retryable answer (429, 503, a dropped connection) arrived; the next attempt starts in
    // waitMs. Emitted once when the wait starts; the UI runs its own countdown from it.
    // lastStatus is 0 after a dropped connection.
    void retryScheduled(int nextAttempt, int maxAttempts, qint64 waitMs, int lastStatus);
    // That attempt's exchange (its answer, or why there was none), just before retryScheduled:
    // the journal shows every request as it happens, not only the call's last one.
    void attemptRetried(const discue::ApiExchange &exchange);
    void finished(const discue::ApiResult &result);

private:
    void sendAttempt();
    void onReplyFinished();
    void onProgress(qint64 received, qint64 total);
    void abortAttempt(TransportFailure reason, const QString &detail);
    bool scheduleRetryIfAllowed();
    // -1 when the server's hint exceeds maxRetryWaitMs: then the answer stands.
    qint64 retryDelayMs() const;
    void decodeAndFinish();
    void finishWithFailure(TransportFailure failure, const QString &detail);
    void finish();

    // About 1,700 keys as the emulator writes them, decoded on the GUI thread in about 3 ms.
    static constexpr qsizetype listDecodedInPlaceBytes = 512 * 1024;

    QPointer<QNetworkAccessManager> m_network;
    ClientSettings m_settings;
    ApiCallRequest m_request;
    ApiResult m_result;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    TransportFailure m_abortReason = TransportFailure::None;
    QString m_abortDetail;
    int m_bodySends = 0; // of the current attempt; see ApiExchange::bodySends
    bool m_started = false;
    bool m_finished = false;
};

} // namespace discue
