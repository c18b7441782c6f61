// discue-keys: the desktop console for the API keys of a discue.io organization.
#include "AppLogging.h"
#include "CommandLine.h"
#include "ConsoleSession.h"
#include "ConsoleStyle.h"
#include "EmulatorLogging.h"
#include "FontDatabaseWarmUp.h"
#include "KeyConsole.h"
#include "MainWindow.h"
#include "RenderedIconCache.h"
#include "SmokeRun.h"
#include "ThemedIcon.h"
#include "Translations.h"

#include <QApplication>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    // --help, --version and usage errors need no display: answer them before QApplication
    // looks for a platform plugin.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    using discue::CommandLine;
    const CommandLine options = CommandLine::parse(arguments);
    if (!options.error.isEmpty()) {
        print(stderr, u"discue-keys: "_s + options.error);
        print(stderr, CommandLine::tr("Try 'discue-keys --help'."));
        return 64; // EX_USAGE
    }
    if (options.help) {
        QCoreApplication core(argc, argv); // QCommandLineParser names the program through it
        discue::Translations::install(&core);
        print(stdout, CommandLine::helpText());
        return 0;
    }
    if (options.version) {
        print(stdout, u"discue-keys "_s + QStringLiteral(DISCUE_VERSION));
        return 0;
    }
    // --smoke runs where there is no display (package tests), unless the caller chose one.
    if (options.smoke && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    discue::FontDatabaseWarmUp fonts; // reads fontconfig's files meanwhile; see whenReady() below
    QApplication app(argc, argv);
    fonts.fillDatabase();
    const auto stopFonts = qScopeGuard([&fonts] { fonts.stop(); }); // before app goes
    // The platform's style, with the console's icons; taken over, not made a second time.
    QApplication::setStyle(new discue::ConsoleStyle(QApplication::style()));
    discue::Translations::install(&app); // before any text is made; LANGUAGE or LANG choose
    QApplication::setOrganizationName(u"discue"_s);
    QApplication::setOrganizationDomain(u"discue.io"_s);
    QApplication::setApplicationName(u"discue-keys"_s);
    // Translated: the platform appends the display name to window titles not ending in it.
    QApplication::setApplicationDisplayName(discue::MainWindow::tr("discue API keys"));
    QApplication::setApplicationVersion(QStringLiteral(DISCUE_VERSION));
    QApplication::setDesktopFileName(u"io.discue.Keys"_s);
    // Icons drawn at an earlier start are read, not drawn again (RenderedIconCache.h).
    if (const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        !cache.isEmpty())
        discue::RenderedIconCache::install(cache + u"/icons.bin"_s);
    QApplication::setWindowIcon(discue::applicationIcon());

    // --demo runs the emulator in this process; Qt HttpServer's debug output would print
    // the demo key with every request header.
    discue::silenceHttpServerRequestLogging();

    QSettings settings;
    discue::ConsoleSession session(&settings);
    QString error;
    bool started = true;
    if (options.demo)
        started = session.startDemo(&error);
    else if (!options.baseUrl.isEmpty())
        started = session.startWithBaseUrl(options.baseUrl, &error);
    else
        session.startWithSavedProfile();
    if (!started) {
        print(stderr, u"discue-keys: "_s + error);
        return 1;
    }

    if (options.smoke && !session.console()->isConnected()) {
        print(stderr,
              CommandLine::tr("discue-keys --smoke: no connection; use --demo or --base-url."));
        return 1;
    }
    // Every widget needs the font database. Until the second thread has filled it, the event
    // loop runs without a window: the server answers the first list and the console decodes
    // and lays it out meanwhile, so the window is built on the filled table and paints once.
    fonts.whenReady([&session, &app, smoke = options.smoke, timeoutMs = options.smokeTimeoutMs] {
        discue::MainWindow *window = session.window();
        if (smoke) {
            auto *run = new discue::SmokeRun(window, timeoutMs, &app);
            QObject::connect(run, &discue::SmokeRun::done, &app,
                             [](int code, const QString &message) {
                                 print(code == 0 ? stdout : stderr, message);
                                 QApplication::exit(code);
                             });
        }
        window->show();
        qCInfo(lcApp) << "started" << QStringLiteral(DISCUE_VERSION);
    });
    return QApplication::exec();
}
