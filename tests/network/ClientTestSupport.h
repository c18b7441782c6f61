// Helpers shared by the network tests: run one ApiCall to its end and keep its result.
#pragma once

#include "ApiKeysClient.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace discue::test {

// Waits for the call's finished() and returns the result; nullopt when it never came.
inline std::optional<ApiResult> waitForResult(ApiCall *call, int timeoutMs = 10000)
{
    auto result = std::make_shared<std::optional<ApiResult>>();
    QObject guard;
    QObject::connect(call, &ApiCall::finished, &guard,
                     [result](const ApiResult &finished) { *result = finished; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, timeoutMs))
        return std::nullopt;
    return *result;
}

// Settings for a test server: short timeout and backoff, so failures take milliseconds.
inline ClientSettings testSettings(const QUrl &baseUrl, const QString &apiKey)
{
    ClientSettings settings;
    settings.baseUrl = baseUrl;
    settings.apiKey = apiKey;
    settings.timeoutMs = 2000;
    settings.backoffBaseMs = 5;
    settings.maxRetryWaitMs = 2000;
    return settings;
}

} // namespace discue::test
