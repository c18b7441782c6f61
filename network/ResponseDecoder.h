// ResponseDecoder: turns the body of a finished exchange into the result's payload or error
// body, and removes a created key's secret from the recorded body. Pure and reentrant, so
// ApiCall can run it on a worker thread for large lists.
#pragma once

#include "ApiResult.h"

namespace discue::ResponseDecoder {

// Reads result.exchange (operation, status, body); fills result.payload, result.error and
// result.exchange.decodeError; for Create redacts the secret in result.exchange.responseBody.
void decode(ApiResult &result);

} // namespace discue::ResponseDecoder
