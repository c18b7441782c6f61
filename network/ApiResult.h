// ApiResult: what an operation of ApiKeysClient completes with - the exchange (for the
// journal and the response dialog) plus the decoded payload or the server's error body.
#pragma once

#include "ApiExchange.h"
#include "ApiKeyCodec.h"

#include <variant>

namespace discue {

struct ApiResult
{
    ApiExchange exchange;
    // List -> ApiKeyList; Get and Update (when the server sends the key) -> ApiKeyDocument;
    // Create -> CreatedKey (holds the secret: show once, never store); Delete and bodiless
    // updates -> monostate.
    std::variant<std::monostate, ApiKeyList, ApiKeyDocument, CreatedKey> payload;
    // The decoded error body of a non-2xx answer, when it had one.
    std::optional<ErrorBody> error;

    bool isSuccess() const { return exchange.isSuccess(); }
};

// The exchange's summary and the payload's kind and size; never a secret or a body.
QDebug operator<<(QDebug debug, const ApiResult &result);

} // namespace discue

Q_DECLARE_METATYPE(discue::ApiResult)
