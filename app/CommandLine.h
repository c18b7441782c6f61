// CommandLine: what discue-keys was asked to do - open normally, --demo, --base-url (key from
// DISCUE_API_KEY), --smoke, --version, --help. Parsing never exits: errors are values, so
// main() decides how to report them.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace discue {

struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    bool demo = false;
    QUrl baseUrl;
    bool smoke = false;
    int smokeTimeoutMs = 30000;
    bool help = false;
    bool version = false;
    QString error; // translated; empty when the command line is usable

    // arguments include the program name.
    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace discue
