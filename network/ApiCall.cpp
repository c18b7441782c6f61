#include "ApiCall.h"

#include "ConnectionProfile.h"
#include "NetworkLogging.h"
#include "ResponseDecoder.h"
#include "RetryPolicy.h"
#include "StatusCatalogue.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

constexpr int maxRedirects = 5;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

// Errors below the HTTP layer: no complete response arrived, whatever the status attribute
// says (a connection dropped mid-body still has the status line). Qt reports HTTP error
// statuses as content, protocol and server errors (201-499); those are answers, not failures,
// except ProtocolFailure, which is a broken response.
std::optional<TransportFailure> transportFailureOf(QNetworkReply::NetworkError error,
                                                   bool hasStatus)
{
    switch (error) {
    case QNetworkReply::NoError:
        return std::nullopt;
    case QNetworkReply::ConnectionRefusedError:
        return TransportFailure::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return TransportFailure::HostNotFound;
    case QNetworkReply::TimeoutError:
        return TransportFailure::Timeout;
    case QNetworkReply::OperationCanceledError:
        return TransportFailure::Cancelled;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportFailure::TlsFailure;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProtocolFailure:
        return TransportFailure::ConnectionDropped;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return TransportFailure::RedirectRefused;
    default:
        break;
    }
    const int code = int(error);
    if (code < 200 || !hasStatus) // network and proxy layer, or no status line at all
        return TransportFailure::Other;
    return std::nullopt;
}

HttpHeaders requestHeadersOf(const QNetworkRequest &request)
{
    HttpHeaders headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const bool isKey = name.compare("X-API-KEY", Qt::CaseInsensitive) == 0;
        headers.append({name, isKey ? redactedMarker.toByteArray() : request.rawHeader(name)});
    }
    return headers;
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *network, const ClientSettings &settings,
                 ApiCallRequest request, quint64 serial, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_request(std::move(request))
{
    ApiExchange &exchange = m_result.exchange;
    exchange.serial = serial;
    exchange.operation = m_request.operation;
    exchange.method = operationMethod(m_request.operation);
    exchange.url = m_request.url;
    exchange.requestBody = m_request.body.value_or(QByteArray());
    exchange.attempts = 0;
    exchange.maxAttempts =
        RetryPolicy::isIdempotent(m_request.operation) ? std::max(1, m_settings.maxAttempts) : 1;

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        abortAttempt(TransportFailure::Timeout,
                     tr("No data from the server for %1 seconds.")
                         .arg(QLocale().toString(m_settings.timeoutMs / 1000.0, 'g', 3)));
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

Operation ApiCall::operation() const
{
    return m_request.operation;
}

void ApiCall::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_result.exchange.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();

    QString whyNot;
    if (!isAllowedBaseUrl(m_request.url, &whyNot)) {
        // Answered from the event loop like every other outcome: a caller that starts a call
        // in the middle of its own set-up (the console's first list) is not called back
        // half-built.
        QMetaObject::invokeMethod(
            this, [this, whyNot] { finishWithFailure(TransportFailure::InsecureUrl, whyNot); },
            Qt::QueuedConnection);
        return;
    }
    sendAttempt();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        abortAttempt(TransportFailure::Cancelled, tr("Cancelled by the user."));
        return;
    }
    // Not started yet, or waiting for a retry.
    m_retryTimer.stop();
    if (!m_started) {
        m_result.exchange.startedAt = QDateTime::currentDateTimeUtc();
        m_clock.start();
        finishWithFailure(TransportFailure::Cancelled, tr("Cancelled by the user."));
        return;
    }
    // A cancelled exchange keeps no response, so the detail says what was being retried.
    const ApiExchange &last = m_result.exchange;
    if (last.httpStatus == 0) {
        finishWithFailure(TransportFailure::Cancelled,
                          tr("Cancelled by the user while waiting to retry after the connection "
                             "dropped."));
        return;
    }
    finishWithFailure(TransportFailure::Cancelled,
                      tr("Cancelled by the user while waiting to retry after %1.")
                          .arg(StatusCatalogue::describe(last.operation, last.httpStatus).title));
}

void ApiCall::sendAttempt()
{
    ApiExchange &exchange = m_result.exchange;
    if (!m_network) { // the application is shutting down during a retry wait
        finishWithFailure(TransportFailure::Cancelled, tr("The connection was closed."));
        return;
    }
    ++exchange.attempts;
    // Each attempt is timed on its own: the journal shows each one, when it was sent and how
    // long the server took, not the waits between them.
    if (exchange.attempts > 1) {
        exchange.startedAt = QDateTime::currentDateTimeUtc();
        m_clock.start();
    }
    m_abortReason = TransportFailure::None;
    m_abortDetail.clear();
    m_bodySends = 0;

    QNetworkRequest request(m_request.url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-API-KEY", m_settings.apiKey.toUtf8());
    if (m_request.body) {
        request.setRawHeader("Content-Type", "application/json");
    } else if (m_request.operation == Operation::Update) {
        request.setRawHeader("Content-Length", "0");
    }
    // Redirects are followed only within the same scheme, host and port: the X-API-KEY header
    // must never travel to another server (checked in the redirected() handler below).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    // A stale list is worse than a slow one: never answer from a cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    exchange.requestHeaders = requestHeadersOf(request);

    m_reply = m_request.body
                  ? m_network->sendCustomRequest(request, exchange.method, *m_request.body)
                  : m_network->sendCustomRequest(request, exchange.method,
                                                 static_cast<QIODevice *>(nullptr));
    m_reply->setParent(this);
    QNetworkReply *reply = m_reply;

    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        if (sameOrigin(target, m_request.url)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        abortAttempt(TransportFailure::RedirectRefused,
                     tr("The server redirected to %1.")
                         .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                     QUrl::RemoveQuery)));
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        onProgress(0, announced > 0 ? announced : -1);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiCall::onProgress);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (m_settings.timeoutMs > 0)
            m_idleTimer.start();
        if (total > 0 && sent == total)
            ++m_bodySends; // twice: Qt sent it again after the connection closed unanswered
    });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the reply finishes with the error.
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        m_abortDetail = texts.join(u"; "_s);
    });
#endif
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    if (m_settings.timeoutMs > 0)
        m_idleTimer.start(m_settings.timeoutMs);
}

void ApiCall::onProgress(qint64 received, qint64 total)
{
    if (!m_reply)
        return;
    if (m_settings.timeoutMs > 0)
        m_idleTimer.start();
    const qint64 limit = m_settings.maxResponseBytes;
    if (received > limit || total > limit || m_reply->bytesAvailable() > limit) {
        abortAttempt(TransportFailure::ResponseTooLarge,
                     tr("The answer exceeded %1.").arg(QLocale().formattedDataSize(limit)));
    }
}

void ApiCall::abortAttempt(TransportFailure reason, const QString &detail)
{
    if (!m_reply)
        return;
    m_abortReason = reason;
    m_abortDetail = detail;
    m_reply->abort(); // finished() follows synchronously, into onReplyFinished
}

void ApiCall::onReplyFinished()
{
    m_idleTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    reply->disconnect(this);

    ApiExchange &exchange = m_result.exchange;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    exchange.httpStatus = status.isValid() ? status.toInt() : 0;
    exchange.reasonPhrase =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    exchange.responseHeaders = reply->rawHeaderPairs();
    exchange.failure = TransportFailure::None;
    exchange.failureDetail.clear();

    std::optional<TransportFailure> failure;
    if (m_abortReason != TransportFailure::None)
        failure = m_abortReason;
    else
        failure = transportFailureOf(reply->error(), exchange.httpStatus != 0);

    exchange.bodySends = m_bodySends;
    if (failure && m_bodySends > 0 &&
        (*failure == TransportFailure::ConnectionRefused || *failure == TransportFailure::Other)) {
        // The body went out, and the attempt failed without an answer (typically: the server
        // closed unanswered and Qt's own second try found nothing listening). The server may
        // well have acted on what it received: a dropped connection, not "not sent".
        failure = TransportFailure::ConnectionDropped;
    }
    if (failure) {
        exchange.failure = *failure;
        exchange.failureDetail = m_abortDetail.isEmpty() ? reply->errorString() : m_abortDetail;
        exchange.httpStatus = 0;
        exchange.responseBody.clear(); // incomplete: not worth keeping, maybe huge
    } else {
        exchange.responseBody = reply->readAll();
    }

    const bool cancelled = failure && *failure == TransportFailure::Cancelled;
    if (!cancelled && scheduleRetryIfAllowed())
        return;
    exchange.durationMs = m_clock.elapsed();
    if (failure) {
        finish();
        return;
    }
    decodeAndFinish();
}

bool ApiCall::scheduleRetryIfAllowed()
{
    const ApiExchange &exchange = m_result.exchange;
    if (!RetryPolicy::isIdempotent(exchange.operation) ||
        exchange.attempts >= exchange.maxAttempts ||
        !RetryPolicy::isRetryableOutcome(exchange.httpStatus, exchange.failure)) {
        return false;
    }
    const qint64 waitMs = retryDelayMs();
    if (waitMs < 0) {
        // The server asks for a longer pause than the user should sit through: this attempt
        // is the last, and the answer must not promise another (StatusCatalogue).
        m_result.exchange.maxAttempts = exchange.attempts;
        return false;
    }
    qCDebug(lcNetwork).nospace().noquote()
        << exchange.method.constData() << ' ' << exchange.path() << " -> "
        << (exchange.httpStatus ? QByteArray::number(exchange.httpStatus) : "dropped"_ba)
               .constData()
        << ", retry " << exchange.attempts + 1 << '/' << exchange.maxAttempts << " in " << waitMs
        << " ms";
    m_retryTimer.start(std::chrono::milliseconds(waitMs));
    ApiExchange attempt = exchange;
    attempt.durationMs = m_clock.elapsed(); // this attempt's, the wait not begun
    Q_EMIT attemptRetried(attempt);
    Q_EMIT retryScheduled(exchange.attempts + 1, exchange.maxAttempts, waitMs, exchange.httpStatus);
    return true;
}

qint64 ApiCall::retryDelayMs() const
{
    const ApiExchange &exchange = m_result.exchange;
    if (exchange.gotResponse()) {
        if (const auto hint = RetryPolicy::serverHintMs(exchange.responseHeaders,
                                                        QDateTime::currentDateTimeUtc())) {
            return *hint <= m_settings.maxRetryWaitMs ? *hint : -1;
        }
    }
    return RetryPolicy::backoffMs(exchange.attempts, m_settings.backoffBaseMs,
                                  m_settings.maxRetryWaitMs);
}

void ApiCall::decodeAndFinish()
{
    // Lists can be tens of megabytes: decode those on the pool and hand over the finished
    // value. A short one (up to about 3 ms) is decoded here, so that a small
    // organization's table is filled before the window's next paint.
    const ApiExchange &exchange = m_result.exchange;
    if (exchange.operation != Operation::List || exchange.httpStatus < 200 ||
        exchange.httpStatus >= 300 || exchange.responseBody.size() <= listDecodedInPlaceBytes) {
        ResponseDecoder::decode(m_result);
        finish();
        return;
    }
    // The watcher is a child, so a call destroyed meanwhile never hears back.
    auto *watcher = new QFutureWatcher<ApiResult>(this);
    connect(watcher, &QFutureWatcher<ApiResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_finished)
            return;
        m_result = watcher->result();
        finish();
    });
    watcher->setFuture(QtConcurrent::run([result = m_result]() mutable {
        ResponseDecoder::decode(result);
        return result;
    }));
}

void ApiCall::finishWithFailure(TransportFailure failure, const QString &detail)
{
    ApiExchange &exchange = m_result.exchange;
    exchange.failure = failure;
    exchange.failureDetail = detail;
    exchange.httpStatus = 0;
    exchange.reasonPhrase.clear();
    exchange.responseBody.clear();
    exchange.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.payload = std::monostate{};
    m_result.error.reset();
    finish();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_idleTimer.stop();
    m_retryTimer.stop();
    const ApiExchange &exchange = m_result.exchange;
    qCDebug(lcNetwork).nospace().noquote()
        << exchange.method.constData() << ' ' << exchange.path() << " -> "
        << (exchange.gotResponse() ? QByteArray::number(exchange.httpStatus) : "no response"_ba)
               .constData()
        << " in " << exchange.durationMs << " ms (attempt " << exchange.attempts << '/'
        << exchange.maxAttempts << ')';
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace discue
