// ClientSettings: where ApiKeysClient sends its requests and how patiently. Holds the admin's
// X-API-KEY; its QDebug operator prints everything but that.
#pragma once

#include "ApiKeyCodec.h"

#include <QDebug>
#include <QUrl>

namespace discue {

struct ClientSettings
{
    QUrl baseUrl;                    // e.g. https://api.discue.io/v1
    Dialect dialect = Dialect::Docs; // the dialect written in request bodies
    QString apiKey;                  // X-API-KEY; never logged, never in an ApiExchange
    int timeoutMs = 30000;           // per attempt, without a byte from the server
    qint64 maxResponseBytes = 256LL * 1024 * 1024;
    int maxAttempts = 4;     // GET, PUT, DELETE only; POST is sent once
    int backoffBaseMs = 500; // first wait without a server hint; doubles per attempt
    // The longest wait before a retry. A server that asks for more (Retry-After) is not
    // retried: its answer is reported and the user decides.
    int maxRetryWaitMs = 60000;
};

QDebug operator<<(QDebug debug, const ClientSettings &settings);

} // namespace discue
