// ApiExchange: one request to the API and what came back - the unit of the request journal
// and of the response dialog. Holds no secret: the X-API-KEY header is redacted and a created
// key's secret is replaced in the recorded response body before the value is built.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QUrl>

namespace discue {

enum class Operation
{
    List,
    Get,
    Create,
    Update,
    Delete
};

// Why there is no HTTP status. None when a response arrived.
enum class TransportFailure
{
    None,
    ConnectionRefused,
    HostNotFound,
    TlsFailure,
    Timeout,
    Cancelled,
    ResponseTooLarge,
    ConnectionDropped, // reset or closed before the response was complete
    RedirectRefused,   // redirect to another host or scheme
    InsecureUrl,       // plain http:// to a non-loopback host: refused before sending
    Other,
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

inline constexpr QByteArrayView redactedMarker = "<redacted>";

struct ApiExchange
{
    quint64 serial = 0;  // increasing per client, one per call; a retried call's attempts share it
    QDateTime startedAt; // when this attempt was sent (the first: when the call started)
    Operation operation = Operation::List;
    QByteArray method;
    QUrl url;
    HttpHeaders requestHeaders; // X-API-KEY value is redactedMarker
    QByteArray requestBody;

    int httpStatus = 0; // 0 when no response arrived
    QByteArray reasonPhrase;
    TransportFailure failure = TransportFailure::None;
    QString failureDetail; // the transport's own words, translated where we can

    HttpHeaders responseHeaders;
    QByteArray responseBody; // a created key's secret replaced by redactedMarker
    QString decodeError;     // set when a 2xx body could not be read

    qint64 durationMs = 0; // first byte sent to last byte received, all attempts
    int attempts = 1;
    int maxAttempts = 1;
    // How often the last attempt's body went out in full. Qt 6.4's HTTP layer sends a request
    // again, unasked, when the connection closes before any answer - a POST too - so 2 after
    // a create means the server may have made two keys.
    int bodySends = 0;

    bool gotResponse() const { return failure == TransportFailure::None && httpStatus != 0; }
    bool isSuccess() const
    {
        return gotResponse() && httpStatus >= 200 && httpStatus < 300 && decodeError.isEmpty();
    }
    QByteArray responseHeader(QByteArrayView name) const; // case-insensitive, empty if absent
    QString path() const;                                 // url path plus query
    // A curl command line that repeats the request with the key redacted.
    QString curlCommand() const;
};

QString operationName(Operation operation); // translated: "list keys", "update key", ...
QByteArray operationMethod(Operation operation);

// Request line, status or failure, timing and size only: never headers or bodies.
QDebug operator<<(QDebug debug, const ApiExchange &exchange);
QDebug operator<<(QDebug debug, TransportFailure failure);

} // namespace discue

Q_DECLARE_METATYPE(discue::ApiExchange)
