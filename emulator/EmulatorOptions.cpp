#include "EmulatorOptions.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

std::optional<int> parseNonNegative(const QString &text, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

QList<int> EmulatorOptions::injectableStatuses()
{
    return {400, 401, 402, 403, 404, 405, 406, 409, 415, 422, 423, 429, 500, 501, 503};
}

ParsedEmulatorOptions EmulatorOptions::parse(const QStringList &arguments)
{
    ParsedEmulatorOptions parsed;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption version(u"version"_s);
    const QCommandLineOption host(u"host"_s, {}, u"address"_s);
    const QCommandLineOption port(u"port"_s, {}, u"n"_s);
    const QCommandLineOption adminKey(u"admin-key"_s, {}, u"secret"_s);
    const QCommandLineOption seed(u"seed"_s, {}, u"seed"_s);
    const QCommandLineOption data(u"data"_s, {}, u"file"_s);
    const QCommandLineOption dialect(u"dialect"_s, {}, u"dialect"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, {}, u"n"_s);
    const QCommandLineOption lockout(u"lockout"_s, {}, u"n/s"_s);
    const QCommandLineOption latency(u"latency"_s, {}, u"ms"_s);
    const QCommandLineOption fault(u"fault"_s, {}, u"rules"_s);
    const QCommandLineOption faultSeed(u"fault-seed"_s, {}, u"n"_s);
    const QCommandLineOption uniqueNames(u"unique-names"_s);
    parser.addOptions({help, version, host, port, adminKey, seed, data, dialect, rateLimit, lockout,
                       latency, fault, faultSeed, uniqueNames});
    if (!parser.parse(arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }
    if (parser.isSet(help)) {
        parsed.helpRequested = true;
        return parsed;
    }
    if (parser.isSet(version)) {
        parsed.versionRequested = true;
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return parsed;
    }
    const auto fail = [&parsed](const QString &message) {
        parsed.error = message;
        return parsed;
    };

    EmulatorOptions options;
    options.port = defaultProgramPort;
    if (parser.isSet(host) && !options.host.setAddress(parser.value(host)))
        return fail(tr("--host: %1 is not an IP address.").arg(parser.value(host)));
    if (parser.isSet(port)) {
        const auto value = parseNonNegative(parser.value(port), 65535);
        if (!value)
            return fail(tr("--port: %1 is not a port number (0-65535).").arg(parser.value(port)));
        options.port = quint16(*value);
    }
    if (parser.isSet(adminKey)) {
        const QString secret = parser.value(adminKey);
        bool printable = secret.size() >= 8 && secret.size() <= 256;
        for (QChar c : secret)
            printable = printable && c.unicode() > 32 && c.unicode() < 127;
        if (!printable)
            return fail(tr("--admin-key: the secret must have 8 to 256 printable ASCII "
                           "characters and no spaces."));
        options.adminKey = secret;
    }
    if (parser.isSet(seed)) {
        const QString value = parser.value(seed);
        if (value == u"demo") {
            options.seed = Seed::Demo;
        } else if (value == u"empty") {
            options.seed = Seed::Empty;
        } else if (const auto count = parseNonNegative(value, 10'000'000)) {
            options.seed = Seed::Count;
            options.seedCount = *count;
        } else {
            return fail(tr("--seed: expected demo, empty or a number of keys, not %1.").arg(value));
        }
    }
    options.dataFile = parser.value(data);
    if (parser.isSet(data) && options.dataFile.isEmpty())
        return fail(tr("--data: the file name is empty."));
    if (parser.isSet(dialect)) {
        const auto value = dialectFromWireName(parser.value(dialect));
        if (!value)
            return fail(
                tr("--dialect: expected docs or provider, not %1.").arg(parser.value(dialect)));
        options.dialect = *value;
    }
    if (parser.isSet(rateLimit)) {
        const auto value = parseNonNegative(parser.value(rateLimit), 1'000'000);
        if (!value)
            return fail(tr("--rate-limit: expected requests per minute (0 for off), not %1.")
                            .arg(parser.value(rateLimit)));
        options.rateLimitPerMinute = *value;
    }
    if (parser.isSet(lockout)) {
        const QString value = parser.value(lockout);
        const QStringList parts = value.split(u'/');
        const auto attempts =
            parts.size() == 2 ? parseNonNegative(parts[0], 1'000'000) : std::nullopt;
        const auto seconds = parts.size() == 2 ? parseNonNegative(parts[1], 86'400) : std::nullopt;
        if (value == u"off") {
            options.lockoutAttempts = 0;
        } else if (attempts && seconds && *attempts > 0 && *seconds > 0) {
            options.lockoutAttempts = *attempts;
            options.lockoutSeconds = *seconds;
        } else {
            return fail(tr("--lockout: expected N/S (failures/seconds, e.g. 10/60) or off, not %1.")
                            .arg(value));
        }
    }
    if (parser.isSet(latency)) {
        const auto value = parseNonNegative(parser.value(latency), 600'000);
        if (!value)
            return fail(tr("--latency: expected milliseconds, not %1.").arg(parser.value(latency)));
        options.latencyMs = *value;
    }
    for (const QString &value : parser.values(fault)) {
        for (const QString &rule : value.split(u',', Qt::SkipEmptyParts)) {
            const QStringList parts = rule.split(u':');
            bool codeOk = false;
            bool ratioOk = false;
            const int code = parts.value(0).toInt(&codeOk);
            const double ratio = parts.value(1).toDouble(&ratioOk);
            if (parts.size() != 2 || !codeOk || !ratioOk || ratio <= 0.0 || ratio > 1.0)
                return fail(tr("--fault: expected CODE:RATIO with a ratio above 0 and at most "
                               "1 (e.g. 503:0.1), not %1.")
                                .arg(rule));
            if (!injectableStatuses().contains(code))
                return fail(tr("--fault: %1 is not one of the API's error codes.").arg(code));
            options.faults.append({code, ratio});
        }
    }
    double total = 0.0;
    for (const FaultRule &rule : std::as_const(options.faults))
        total += rule.ratio;
    if (total > 1.0 + 1e-9)
        return fail(tr("--fault: the ratios add up to more than 1."));
    if (parser.isSet(faultSeed)) {
        bool ok = false;
        const quint32 value = parser.value(faultSeed).toUInt(&ok);
        if (!ok)
            return fail(
                tr("--fault-seed: expected a number, not %1.").arg(parser.value(faultSeed)));
        options.faultSeed = value;
    }
    options.uniqueNames = parser.isSet(uniqueNames);
    parsed.options = options;
    return parsed;
}

QString EmulatorOptions::helpText(const QString &programName)
{
    return tr(R"(NAME
    %1 - local emulator of the discue.io api_keys API

SYNOPSIS
    %1 [--host ADDRESS] [--port N] [--admin-key SECRET] [--seed demo|empty|COUNT]
       [--data FILE] [--dialect docs|provider] [--rate-limit N] [--lockout N/S|off]
       [--latency MS] [--fault CODE:RATIO[,CODE:RATIO...]] [--fault-seed N]
       [--unique-names]

DESCRIPTION
    Serves GET/POST /v1/api_keys and GET/PUT/DELETE /v1/api_keys/{id} (also without the
    /v1 prefix) as the discue API documents them, for the console's demo mode, tests,
    scripts and benchmarks. Every answer is JSON; every success is 200.

    The first line on standard output is the base URL, e.g. http://127.0.0.1:8787/v1.
    When no --admin-key is given, a generated admin key is printed once on the second
    line. Standard error gets one line per request: method, path, status, milliseconds.
    Secrets are never logged.

OPTIONS
    --host ADDRESS
        Address to listen on. Default 127.0.0.1 (loopback only).
    --port N
        TCP port. Default %2; 0 picks a free port.
    --admin-key SECRET
        Secret of the first organization's admin key. The key carries protected scopes
        (api_keys write among them) as if made in the discue web console. Generated and
        printed when absent.
    --seed demo|empty|COUNT
        Start content when there is no data file yet. demo (default): two organizations
        with realistic keys. empty: only the admin key. COUNT: that many generated keys
        for benchmarks.
    --data FILE
        Load the keys from FILE and write every change to it before answering (write a
        new file, sync, rename). A corrupt FILE is an error; it is never replaced.
    --dialect docs|provider
        docs (default): "name" and scopes as an array. provider: "alias", scopes as an
        object keyed by resource, create returns the key object.
    --rate-limit N
        Allow N requests per minute per key (default 0: off). While on, every answer
        has X-RateLimit-Limit, -Remaining and -Reset; beyond it 429 with Retry-After.
    --lockout N/S|off
        After N failed authentications from one address within S seconds, refuse every
        request from it with 403 for S seconds. Default 10/60.
    --latency MS
        Delay every answer by MS milliseconds.
    --fault CODE:RATIO[,CODE:RATIO...]
        Answer a share of the authenticated requests with an error instead, e.g.
        503:0.1,429:0.05. Codes: 402, 409, 423, 500, 501, 503 and the other
        documented errors.
    --fault-seed N
        Seed for --fault, to repeat the same sequence of faults.
    --unique-names
        Refuse (422) a name that another key of the organization already has.
    -h, --help
        Show this text.
    --version
        Show the version.

EXAMPLES
    %1 --port 0 --seed demo
    %1 --data keys.json --admin-key "$DISCUE_ADMIN_KEY" --rate-limit 60
    %1 --seed 100000 --latency 50 --fault 503:0.1 --fault-seed 7

EXIT STATUS
    0 after SIGINT or SIGTERM, 1 when it cannot start, 2 for a bad command line.
)")
        .arg(programName)
        .arg(defaultProgramPort);
}

} // namespace discue
