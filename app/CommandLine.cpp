#include "CommandLine.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        CommandLine::tr("Desktop console for the API keys of a discue.io organization."));
    parser.addOption({u"demo"_s, CommandLine::tr("Start a built-in emulator with sample keys on "
                                                 "this computer and connect to it.")});
    parser.addOption({u"base-url"_s,
                      CommandLine::tr("Connect to this API address without a saved profile; the "
                                      "API key is read from the environment variable "
                                      "DISCUE_API_KEY."),
                      CommandLine::tr("url")});
    parser.addOption({u"smoke"_s, CommandLine::tr("Start without a visible window, load the "
                                                  "keys, print their number and exit (for "
                                                  "package tests).")});
    parser.addOption({u"smoke-timeout"_s,
                      CommandLine::tr("Give up --smoke after this many seconds (default 30)."),
                      CommandLine::tr("seconds")});
    parser.addOption({{u"h"_s, u"help"_s}, CommandLine::tr("Show this help and exit.")});
    parser.addOption({{u"v"_s, u"version"_s}, CommandLine::tr("Show the version and exit.")});
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.help = parser.isSet(u"help"_s);
    result.version = parser.isSet(u"version"_s);
    result.demo = parser.isSet(u"demo"_s);
    result.smoke = parser.isSet(u"smoke"_s);
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }
    if (parser.isSet(u"smoke-timeout"_s)) {
        bool ok = false;
        const int seconds = parser.value(u"smoke-timeout"_s).toInt(&ok);
        if (!ok || seconds <= 0) {
            result.error = tr("--smoke-timeout needs a positive number of seconds.");
            return result;
        }
        result.smokeTimeoutMs = seconds * 1000;
    }
    if (parser.isSet(u"base-url"_s)) {
        result.baseUrl = QUrl::fromUserInput(parser.value(u"base-url"_s));
        if (!result.baseUrl.isValid()) {
            result.error =
                tr("--base-url is not a valid address: %1").arg(parser.value(u"base-url"_s));
            return result;
        }
    }
    if (result.demo && !result.baseUrl.isEmpty())
        result.error = tr("--demo and --base-url cannot be combined.");
    return result;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

} // namespace discue
