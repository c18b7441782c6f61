// discue-emulator: the local discue api_keys server as a program. Prints the base URL (and a
// generated admin key, once) on stdout, one line per request on stderr, and exits cleanly on
// SIGINT or SIGTERM.
#include "EmulatorLogging.h"
#include "EmulatorOptions.h"
#include "EmulatorServer.h"
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"discue-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DISCUE_VERSION));
    // The request log below is the program's own; the library's debug copy would repeat it.
    QLoggingCategory::setFilterRules(u"discue.emulator.debug=false"_s);
    discue::silenceHttpServerRequestLogging();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();

    const auto parsed = discue::EmulatorOptions::parse(QCoreApplication::arguments());
    if (parsed.helpRequested) {
        out << discue::EmulatorOptions::helpText(program);
        return 0;
    }
    if (parsed.versionRequested) {
        out << program << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (!parsed.options) {
        err << program << ": " << parsed.error << '\n'
            << QCoreApplication::translate("main", "Try '%1 --help'.").arg(program) << '\n';
        return 2;
    }

    discue::TerminationSignals signals;
    QObject::connect(&signals, &discue::TerminationSignals::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });

    discue::EmulatorServer server(*parsed.options);
    QObject::connect(&server, &discue::EmulatorServer::requestServed, &app,
                     [&err](const discue::ServedRequest &served) {
                         err << served.method << ' ' << served.path << ' ' << served.status << ' '
                             << served.durationMs << " ms" << Qt::endl;
                     });
    QString error;
    if (!server.start(&error)) {
        err << program << ": " << error << '\n';
        return 1;
    }
    out << server.baseUrl().toString() << Qt::endl;
    if (server.adminKeyGenerated())
        out << QCoreApplication::translate("main", "admin key: %1").arg(server.adminKey())
            << Qt::endl;
    return QCoreApplication::exec();
}
