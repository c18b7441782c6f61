#include "BenchScenarios.h"

#include "ApiKeyTableModel.h"
#include "ApiKeysClient.h"
#include "BulkOperation.h"
#include "KeyFilterProxy.h"
#include "KeyTableView.h"
#include "StallMeter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

QJsonObject failure(const QString &message)
{
    return QJsonObject{{u"error"_s, message}};
}

ClientSettings benchSettings(const BenchOptions &options)
{
    ClientSettings settings;
    settings.baseUrl = options.baseUrl;
    settings.apiKey = options.apiKey;
    settings.timeoutMs = 120000;
    settings.maxResponseBytes = 1024LL * 1024 * 1024;
    return settings;
}

ApiResult waitFor(ApiCall *call)
{
    ApiResult out;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, [&](const ApiResult &result) {
        out = result;
        loop.quit();
    });
    loop.exec();
    return out;
}

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Figures in the JSON: two decimals are more than the machine's noise allows anyway.
double twoDecimals(double value)
{
    return qRound(value * 100) / 100.0;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// What a scenario reports of its repeated measurements, rounded for the JSON.
struct Spread
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Spread spreadOf(const QList<double> &values)
{
    if (values.isEmpty())
        return {};
    const auto [min, max] = std::minmax_element(values.cbegin(), values.cend());
    return {twoDecimals(median(values)), twoDecimals(*min), twoDecimals(*max)};
}

// The console's own pipeline: client -> decoded list -> sorted table model -> filter proxy -> shown
// table view.
struct Pipeline
{
    QNetworkAccessManager network;
    ApiKeysClient client{&network};
    ApiKeyTableModel model;
    KeyFilterProxy proxy;
    KeyTableView view; // shown, so that its work on the model's reset is measured too
    QString error;
    QList<ApiKey> serverOrder;
    qint64 loadMs = 0;
    qint64 maxStallMs = 0;
    // Where the load time goes: request and off-thread decoding, preparing the rows off
    // the GUI thread and the model's reset (with the proxy's sort inside it), the proxy.
    qint64 responseMs = 0;
    qint64 modelMs = 0;
    qint64 proxyMs = 0;

    explicit Pipeline(const BenchOptions &options)
    {
        client.setSettings(benchSettings(options));
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.sortByColumn(ApiKeyTableModel::Name, Qt::AscendingOrder); // as the console opens
        view.resize(1100, 700);
        view.show();
        QCoreApplication::processEvents();
    }

    bool load()
    {
        StallMeter stall;
        QElapsedTimer clock;
        stall.start();
        clock.start();
        const ApiResult result = waitFor(client.listKeys());
        const auto *list = std::get_if<ApiKeyList>(&result.payload);
        if (!result.isSuccess() || !list) {
            stall.stop();
            error = u"list failed: HTTP %1 %2 %3"_s.arg(result.exchange.httpStatus)
                        .arg(QString::fromUtf8(result.exchange.reasonPhrase),
                             result.exchange.decodeError);
            return false;
        }
        responseMs = clock.elapsed();
        serverOrder = list->keys;
        // As the console does (KeyOperations::showKeys): rows derived off the GUI thread,
        // swapped in with one reset.
        QFutureWatcher<ApiKeyTableModel::Rows> prepared;
        QEventLoop preparing;
        QObject::connect(&prepared, &QFutureWatcherBase::finished, &preparing, &QEventLoop::quit);
        prepared.setFuture(
            QtConcurrent::run(&ApiKeyTableModel::prepareRows, list->keys, model.requestedOrder()));
        preparing.exec();
        model.setRows(prepared.future().takeResult());
        modelMs = clock.elapsed() - responseMs;
        // The view asks the proxy for its rows right away; make the proxy do its sort/filter
        // work inside the measured span.
        proxy.rowCount();
        loadMs = clock.elapsed();
        proxyMs = loadMs - responseMs - modelMs;
        QCoreApplication::processEvents();
        maxStallMs = stall.stop();
        return true;
    }
};

} // namespace

QJsonObject BenchScenarios::load(const BenchOptions &options)
{
    Pipeline pipeline(options);
    if (!pipeline.load())
        return failure(pipeline.error);
    return QJsonObject{{u"scenario"_s, u"load"_s},
                       {u"keys"_s, pipeline.proxy.rowCount()},
                       {u"load_ms"_s, pipeline.loadMs},
                       {u"rss_mb"_s, qRound(residentMegabytes() * 10) / 10.0},
                       {u"max_stall_ms"_s, pipeline.maxStallMs},
                       {u"response_ms"_s, pipeline.responseMs},
                       {u"model_ms"_s, pipeline.modelMs},
                       {u"proxy_ms"_s, pipeline.proxyMs}};
}

QJsonObject BenchScenarios::filter(const BenchOptions &options)
{
    Pipeline pipeline(options);
    if (!pipeline.load())
        return failure(pipeline.error);
    const int rows = pipeline.model.rowCount();
    if (rows == 0)
        return failure(u"the server has no keys to filter"_s);
    // A realistic search for one key: the last six characters of a name from the middle of
    // the list (the distinctive part of generated names), typed one key at a time.
    const QString name = pipeline.model.index(rows / 2, 0).data().toString().toLower();
    const QString typed = name.right(6);
    QList<double> perKeystroke;
    QJsonArray keystrokes; // [ms, rows left] per keystroke
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        QElapsedTimer clock;
        clock.start();
        pipeline.proxy.setSearchText(typed.left(length));
        const int left = pipeline.proxy.rowCount();
        perKeystroke.append(double(clock.nsecsElapsed()) / 1e6);
        keystrokes.append(QJsonArray{twoDecimals(perKeystroke.constLast()), left});
    }
    const Spread spread = spreadOf(perKeystroke);
    return QJsonObject{{u"scenario"_s, u"filter"_s},
                       {u"keys"_s, rows},
                       {u"typed"_s, typed},
                       {u"matches"_s, pipeline.proxy.rowCount()},
                       {u"keystrokes"_s, keystrokes},
                       {u"filter_ms"_s, spread.median},
                       {u"filter_max_ms"_s, spread.max}};
}

QJsonObject BenchScenarios::sort(const BenchOptions &options)
{
    Pipeline pipeline(options);
    if (!pipeline.load())
        return failure(pipeline.error);
    // Let the view finish what the load left to do (its first paint of the rows), so that it is
    // not counted as the first click's pause.
    QEventLoop settling;
    QTimer::singleShot(200, &settling, &QEventLoop::quit);
    settling.exec();
    // A header click on every other column, then the name again and the name descending: the
    // time until the rows are in the new order, and the longest pause of the GUI thread.
    QList<KeyRowOrder> clicks;
    for (int column = ApiKeyTableModel::Name + 1; column < ApiKeyTableModel::ColumnCount; ++column)
        clicks.append({column, Qt::AscendingOrder});
    clicks.append({ApiKeyTableModel::Name, Qt::AscendingOrder});
    clicks.append({ApiKeyTableModel::Name, Qt::DescendingOrder});
    QList<double> perClick;
    QJsonArray perColumn; // [column, order, ms]
    qint64 maxStallMs = 0;
    for (const KeyRowOrder &click : std::as_const(clicks)) {
        StallMeter stall;
        QElapsedTimer clock;
        stall.start();
        clock.start();
        // Wait in an event loop, as the console does: spinning here would take a core from
        // the pool's ordering.
        QEventLoop waiting;
        QObject::connect(&pipeline.model, &ApiKeyTableModel::sortingChanged, &waiting,
                         [&waiting](bool sorting) {
                             if (!sorting)
                                 waiting.quit();
                         });
        QTimer::singleShot(30000, &waiting, &QEventLoop::quit);
        pipeline.view.sortByColumn(click.column, click.order);
        if (pipeline.model.isSorting())
            waiting.exec();
        pipeline.proxy.rowCount();
        perClick.append(double(clock.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents(); // the repaint the click asked for
        maxStallMs = std::max(maxStallMs, stall.stop());
        if (!(pipeline.model.rowOrder() == click))
            return failure(u"sorting by column %1 did not finish in 30 s"_s.arg(click.column));
        perColumn.append(QJsonArray{click.column,
                                    click.order == Qt::AscendingOrder ? u"asc"_s : u"desc"_s,
                                    twoDecimals(perClick.constLast())});
    }
    const Spread spread = spreadOf(perClick);
    return QJsonObject{{u"scenario"_s, u"sort"_s},     {u"keys"_s, pipeline.model.rowCount()},
                       {u"clicks"_s, perColumn},       {u"sort_ms"_s, spread.median},
                       {u"sort_max_ms"_s, spread.max}, {u"max_stall_ms"_s, maxStallMs}};
}

QJsonObject BenchScenarios::bulkDisable(const BenchOptions &options)
{
    Pipeline pipeline(options);
    if (!pipeline.load())
        return failure(pipeline.error);
    const int rows = pipeline.model.rowCount();
    if (rows < options.count)
        return failure(
            u"the server has %1 keys, fewer than --count %2"_s.arg(rows).arg(options.count));
    // The first keys in the server's order (the table orders by name), so a comparison run
    // can address the same ids; never the key the benchmark authenticates with.
    QList<ApiKey> keys;
    keys.reserve(options.count);
    for (const ApiKey &key : std::as_const(pipeline.serverOrder)) {
        if (keys.size() == options.count)
            break;
        if (!options.apiKey.startsWith(key.keyPrefix) || key.keyPrefix.isEmpty())
            keys.append(key);
    }

    BulkOperation bulk(&pipeline.client, BulkAction::Disable, keys, 6);
    QEventLoop loop;
    QObject::connect(&bulk, &BulkOperation::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    bulk.start();
    loop.exec();
    return QJsonObject{{u"scenario"_s, u"bulk-disable"_s},
                       {u"count"_s, options.count},
                       {u"bulk_ms"_s, clock.elapsed()},
                       {u"failed"_s, bulk.failedCount()}};
}

namespace {

// Starts a program and returns the milliseconds until it printed a line containing `marker`,
// or -1. The program is expected to exit by itself after printing it.
double msUntilLine(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment, const QByteArray &marker)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    qint64 seenAtNs = -1;
    QByteArray output;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        output += process.readAllStandardOutput();
        if (seenAtNs < 0 && output.contains(marker)) {
            seenAtNs = clock.nsecsElapsed();
            loop.quit();
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    clock.start();
    process.start(program, arguments);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    process.waitForFinished(10000);
    if (process.state() != QProcess::NotRunning)
        process.kill();
    // Nanoseconds, not the timer's milliseconds: whole milliseconds of a 30 ms start put
    // steps of 3% into each ratio.
    return seenAtNs < 0 ? -1 : double(seenAtNs) / 1e6;
}

} // namespace

namespace {

// Starts the console against the server and waits for its first paint with the rows in
// (--smoke prints "N keys" then): milliseconds, or -1 when it never came.
double msUntilConsoleFilled(const BenchOptions &options, const QProcessEnvironment &environment)
{
    return msUntilLine(options.consolePath,
                       {u"--base-url"_s, options.baseUrl.toString(), u"--smoke"_s}, environment,
                       " keys");
}

QString consoleFailure(const BenchOptions &options)
{
    return u"%1 --smoke did not report a filled table"_s.arg(options.consolePath);
}

struct StartupPairs
{
    QList<double> console;
    QList<double> baseline;
    QList<double> ratios;
    QString error;
};

// runs back-to-back pairs of the console and the minimal window. The machine is shared: a
// neighbour's load slows both programs of a pair alike, so the ratio is taken per pair (in
// turns which one starts first) and its median reported, with the spread. beforeConsole runs
// before each console start, outside the timing.
StartupPairs timeStartupPairs(const BenchOptions &options, const QProcessEnvironment &environment,
                              int runs, const std::function<void()> &beforeConsole)
{
    StartupPairs pairs;
    auto timeConsole = [&] {
        beforeConsole();
        return msUntilConsoleFilled(options, environment);
    };
    auto timeBaseline = [&] {
        return msUntilLine(options.baselinePath, {}, environment, "painted");
    };
    for (int run = 0; run < runs; ++run) {
        double ours = 0;
        double theirs = 0;
        if (run % 2 == 0) {
            ours = timeConsole();
            theirs = timeBaseline();
        } else {
            theirs = timeBaseline();
            ours = timeConsole();
        }
        if (ours < 0) {
            pairs.error = consoleFailure(options);
            return pairs;
        }
        if (theirs <= 0) {
            pairs.error = u"the baseline window did not report a paint"_s;
            return pairs;
        }
        pairs.console.append(ours);
        pairs.baseline.append(theirs);
        pairs.ratios.append(ours / theirs);
    }
    return pairs;
}

// The pairs' figures under names starting with prefix ("" or "first_").
void addPairs(QJsonObject &result, const QString &prefix, const StartupPairs &pairs)
{
    const Spread spread = spreadOf(pairs.ratios);
    result.insert(prefix + u"runs"_s, int(pairs.ratios.size()));
    result.insert(prefix + u"startup_ms"_s, twoDecimals(median(pairs.console)));
    result.insert(prefix + u"baseline_ms"_s, twoDecimals(median(pairs.baseline)));
    result.insert(prefix + u"ratio"_s, spread.median);
    result.insert(prefix + u"ratio_min"_s, spread.min);
    result.insert(prefix + u"ratio_max"_s, spread.max);
}

} // namespace

QJsonObject BenchScenarios::startup(const BenchOptions &options)
{
    // The console keeps the icons it rendered in the user's cache folder
    // (RenderedIconCache): here a folder of the bench's own, so that the user's is not
    // touched and every run starts from the same state.
    QTemporaryDir cacheHome;
    if (!cacheHome.isValid())
        return failure(u"no temporary folder for the console's cache"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"DISCUE_API_KEY"_s, options.apiKey);
    environment.insert(u"XDG_CACHE_HOME"_s, cacheHome.path());

    // A start after the first, as the console starts on a desktop every day: the first start
    // (not timed) fills the cache.
    if (msUntilConsoleFilled(options, environment) < 0)
        return failure(consoleFailure(options));
    const StartupPairs usual = timeStartupPairs(options, environment, 30, [] {});
    if (!usual.error.isEmpty())
        return failure(usual.error);
    // The first start after installing (or after the palette, the screen's scale, the
    // console or Qt changed): no icons kept before each. Only the console's file goes; the
    // folder's other caches (fontconfig's, for one) stay as they are for the minimal window.
    const QString icons = cacheHome.filePath(u"discue/discue-keys/icons.bin"_s);
    if (!QFile::exists(icons))
        return failure(u"the console kept no icons in %1"_s.arg(icons));
    const StartupPairs first =
        timeStartupPairs(options, environment, 20, [&icons] { QFile::remove(icons); });
    if (!first.error.isEmpty())
        return failure(first.error);
    QJsonObject result{{u"scenario"_s, u"startup"_s}};
    addPairs(result, QString(), usual);
    addPairs(result, u"first_"_s, first);
    return result;
}

} // namespace discue
