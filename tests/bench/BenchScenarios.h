// The scenarios of discue-keys-bench. Each runs against a live server through the console's
// own client, models and proxy, and returns its figures as one JSON object.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace discue {

struct BenchOptions
{
    QUrl baseUrl;
    QString apiKey;
    QString scenario;
    int count = 1000;
    QString consolePath;  // discue-keys, for the startup scenario
    QString baselinePath; // the minimal window, for the startup scenario
};

namespace BenchScenarios {

// Each returns the figures; on failure an object with "error".
QJsonObject load(const BenchOptions &options);
QJsonObject filter(const BenchOptions &options);
// Header clicks on 100,000 rows: sort_ms (median per click), sort_max_ms, max_stall_ms.
QJsonObject sort(const BenchOptions &options);
QJsonObject bulkDisable(const BenchOptions &options);
QJsonObject startup(const BenchOptions &options);

} // namespace BenchScenarios
} // namespace discue
