// ApiKeysService: one request in, one answer out - everything the emulator does between the
// HTTP server and the key store, in the order a real gateway would: route (404), method
// (405), Accept (406), lockout (403), X-API-KEY (401), rate limit (429), injected faults,
// the caller's api_keys scope (403), Content-Type (415), id syntax (400), then the endpoint.
#pragma once

#include "ApiKeysEndpoints.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "AuthGate.h"
#include "EmulatorOptions.h"
#include "FaultInjector.h"

#include <QCoreApplication>

namespace discue {

class KeyStore;

class ApiKeysService
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeysService)

public:
    ApiKeysService(const EmulatorOptions &options, KeyStore &store, Clock clock);

    ApiResponse handle(const ApiRequest &request);
    void setClock(Clock clock);

    // Bodies above this size are refused with 400 before they are parsed.
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

private:
    struct Route
    {
        bool found = false;
        QString prefix; // "/v1" or ""
        QString id;     // empty for the collection
    };
    static Route route(const QString &path);
    static bool acceptsJson(const QByteArray &accept);
    static bool isJsonContentType(const QByteArray &contentType);
    ApiResponse dispatch(const ApiRequest &request, const Route &route, bool pretty,
                         QString *rateBucket);

    KeyStore &m_store;
    AuthGate m_gate;
    FaultInjector m_faults;
    ApiKeysEndpoints m_endpoints;
};

} // namespace discue
