// RetryPolicy: whether an answer may be repeated and how long to wait first. GET, PUT and
// DELETE are idempotent and may be repeated on 429, 503 and a dropped connection; POST never
// is, because a repeat would mint a second key (discue-api.md §5).
#pragma once

#include "ApiExchange.h"

#include <QDateTime>

#include <optional>

namespace discue {

namespace RetryPolicy {

bool isIdempotent(Operation operation);
// The outcome of one attempt is worth another one (ignoring the attempt budget).
bool isRetryableOutcome(int httpStatus, TransportFailure failure);
// The server's own hint: Retry-After (delta seconds or an HTTP-date), else X-RateLimit-Reset
// (epoch seconds). nullopt when the response carries neither in a usable form.
std::optional<qint64> serverHintMs(const HttpHeaders &responseHeaders, const QDateTime &now);
// Exponential backoff for the given attempt (1 = after the first failure) with up to 50 %
// random jitter on top, capped at capMs.
qint64 backoffMs(int attempt, int baseMs, int capMs);

} // namespace RetryPolicy
} // namespace discue
