// discue-keys-bench: measures the console's pipeline against a running server and prints one
// JSON object on its last line of stdout. scripts/bench runs it with the comparisons.
#include "BenchScenarios.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmarks the discue key console against a server."_s);
    parser.addHelpOption();
    const QCommandLineOption baseUrl(u"base-url"_s, u"Base URL of the API."_s, u"URL"_s);
    const QCommandLineOption apiKey(
        u"api-key"_s, u"API key (default: the DISCUE_API_KEY environment variable)."_s, u"KEY"_s);
    const QCommandLineOption scenario(u"scenario"_s,
                                      u"load, filter, sort, bulk-disable or startup."_s, u"NAME"_s);
    const QCommandLineOption count(u"count"_s, u"Keys to change in bulk-disable."_s, u"N"_s,
                                   u"1000"_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON (the default)."_s);
    const QCommandLineOption console(u"console"_s, u"Path of discue-keys (startup)."_s, u"PATH"_s);
    const QCommandLineOption baseline(u"baseline"_s, u"Path of the minimal window (startup)."_s,
                                      u"PATH"_s);
    parser.addOptions({baseUrl, apiKey, scenario, count, json, console, baseline});
    parser.process(app);

    discue::BenchOptions options;
    options.baseUrl = QUrl(parser.value(baseUrl));
    options.apiKey =
        parser.isSet(apiKey) ? parser.value(apiKey) : qEnvironmentVariable("DISCUE_API_KEY");
    options.scenario = parser.value(scenario);
    options.count = parser.value(count).toInt();
    const QString here = QCoreApplication::applicationDirPath();
    options.consolePath =
        parser.isSet(console) ? parser.value(console) : here + u"/../../app/discue-keys"_s;
    options.baselinePath =
        parser.isSet(baseline) ? parser.value(baseline) : here + u"/discue-bench-baseline"_s;

    QJsonObject result;
    if (!options.baseUrl.isValid() || options.baseUrl.isEmpty())
        result = {{u"error"_s, u"--base-url is required"_s}};
    else if (options.apiKey.isEmpty())
        result = {{u"error"_s, u"--api-key or DISCUE_API_KEY is required"_s}};
    else if (options.scenario == u"load")
        result = discue::BenchScenarios::load(options);
    else if (options.scenario == u"filter")
        result = discue::BenchScenarios::filter(options);
    else if (options.scenario == u"sort")
        result = discue::BenchScenarios::sort(options);
    else if (options.scenario == u"bulk-disable")
        result = discue::BenchScenarios::bulkDisable(options);
    else if (options.scenario == u"startup")
        result = discue::BenchScenarios::startup(options);
    else
        result = {{u"error"_s, u"unknown --scenario '%1'"_s.arg(options.scenario)}};

    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))
                        << '\n';
    return result.contains(u"error"_s) ? 1 : 0;
}
