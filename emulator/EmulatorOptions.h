// EmulatorOptions: how an emulator instance behaves - where it listens, what it serves, which
// faults it injects. Built by hand for in-process use (demo mode, tests, benchmarks) or parsed
// from the discue-emulator command line, where a bad option is an error value, never an exit.
#pragma once

#include "ApiKeyCodec.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace discue {

// One --fault rule: answer `status` to a share `ratio` (0..1] of the authenticated requests.
struct FaultRule
{
    int status = 0;
    double ratio = 0.0;
    bool operator==(const FaultRule &other) const = default;
};

struct ParsedEmulatorOptions;

struct EmulatorOptions
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorOptions)

public:
    enum class Seed
    {
        Demo,
        Empty,
        Count
    };

    QHostAddress host = QHostAddress::LocalHost;
    // 0 picks a free port; the program's default is defaultProgramPort.
    quint16 port = 0;
    // Secret of the first organization's console-made admin key; generated when empty.
    QString adminKey;
    Seed seed = Seed::Demo;
    int seedCount = 0; // keys for Seed::Count
    // Load at start and persist every change when set.
    QString dataFile;
    Dialect dialect = Dialect::Docs;
    int rateLimitPerMinute = 0; // 0: off
    int lockoutAttempts = 10;   // 0: lockout off
    int lockoutSeconds = 60;
    int latencyMs = 0;
    QList<FaultRule> faults;
    std::optional<quint32> faultSeed; // fixed seed makes the injected faults repeatable
    bool uniqueNames = false;

    static constexpr quint16 defaultProgramPort = 8787;
    // The fault codes the contract reserves for injection, plus the other documented errors.
    static QList<int> injectableStatuses();

    // Parses a command line (arguments include the program name).
    static ParsedEmulatorOptions parse(const QStringList &arguments);

    // Man-page-style help text: NAME, SYNOPSIS, DESCRIPTION, OPTIONS, EXAMPLES, EXIT STATUS.
    static QString helpText(const QString &programName);
};

// The outcome of parsing a command line.
struct ParsedEmulatorOptions
{
    std::optional<EmulatorOptions> options; // empty on error or for --help/--version
    QString error;                          // translated, names the option
    bool helpRequested = false;
    bool versionRequested = false;
};

} // namespace discue
