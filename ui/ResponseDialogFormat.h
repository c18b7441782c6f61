// Text for the response dialog's details: indented JSON, header blocks with credentials
// redacted whatever the network layer did, and human sizes. Formatting only - the bodies are
// never interpreted, so a malformed body is shown as it came.
#pragma once

#include "ApiExchange.h"

#include <QString>

namespace discue::ResponseDialogFormat {

// Re-indents JSON text by its brackets, leaving strings untouched; other text as it is.
QString prettyJson(QByteArrayView body);
// "Name: value" lines; X-API-KEY, Authorization and Cookie values always shown redacted.
QString headerBlock(const HttpHeaders &headers);
// The request line, headers, a blank line and the body, as on the wire.
QString requestText(const ApiExchange &exchange);
// "0 B", "812 B", "1.2 kB", "3.4 MB"
QString humanSize(qint64 bytes);
bool isCredentialHeader(QByteArrayView name);

} // namespace discue::ResponseDialogFormat
