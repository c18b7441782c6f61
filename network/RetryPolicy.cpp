#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace discue::RetryPolicy {

namespace {

QByteArray header(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

// RFC 9110 allows three date formats; servers send the first (IMF-fixdate) in practice.
std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value);
    const QLocale c = QLocale::c();
    for (const QString &format :
         {u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s,
          u"ddd MMM d HH:mm:ss yyyy"_s}) {
        const QDateTime parsed = c.toDateTime(text, format);
        if (parsed.isValid())
            return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    }
    return std::nullopt;
}

} // namespace

bool isIdempotent(Operation operation)
{
    return operation != Operation::Create;
}

bool isRetryableOutcome(int httpStatus, TransportFailure failure)
{
    if (failure == TransportFailure::ConnectionDropped)
        return true;
    return failure == TransportFailure::None && (httpStatus == 429 || httpStatus == 503);
}

std::optional<qint64> serverHintMs(const HttpHeaders &responseHeaders, const QDateTime &now)
{
    const QByteArray retryAfter = header(responseHeaders, "Retry-After");
    if (!retryAfter.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = retryAfter.toLongLong(&isNumber);
        if (isNumber && seconds >= 0)
            return seconds * 1000;
        if (const auto when = parseHttpDate(retryAfter))
            return std::max<qint64>(0, now.msecsTo(*when));
    }
    const QByteArray reset = header(responseHeaders, "X-RateLimit-Reset");
    if (!reset.isEmpty()) {
        bool isNumber = false;
        const qint64 epochSeconds = reset.toLongLong(&isNumber);
        if (isNumber && epochSeconds > 0)
            return std::max<qint64>(0, epochSeconds * 1000 - now.toMSecsSinceEpoch());
    }
    return std::nullopt;
}

qint64 backoffMs(int attempt, int baseMs, int capMs)
{
    const int doublings = std::clamp(attempt - 1, 0, 20);
    const qint64 base = std::min<qint64>(qint64(baseMs) << doublings, capMs);
    // Jitter spreads the retries of a bulk operation so they do not hit the limit together.
    const qint64 jitter = base > 1 ? QRandomGenerator::global()->bounded(base / 2 + 1) : 0;
    return std::min<qint64>(base + jitter, capMs);
}

} // namespace discue::RetryPolicy
