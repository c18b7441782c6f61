// ConnectionProfile: where the console connects and how. The API key is not part of it: it
// lives in the OS keychain (SecretStore), keyed by the profile id.
#pragma once

#include "ApiKeyCodec.h"

#include <QUrl>

namespace discue {

struct ConnectionProfile
{
    QString id; // stable, generated; the keychain entry's name
    QString name;
    QUrl baseUrl{QStringLiteral("https://api.discue.io/v1")};
    Dialect dialect = Dialect::Docs;
    bool production = false; // red badge, stricter confirmations
    bool demo = false;       // the built-in emulator; never saved
    bool transient = false;  // from the command line (--base-url); never saved

    bool operator==(const ConnectionProfile &other) const = default;
};

// Plain http:// is allowed for loopback hosts only.
bool isAllowedBaseUrl(const QUrl &url, QString *whyNot = nullptr);

// Scripted use: `discue-keys --base-url URL` connects without a saved profile and takes the
// key from this environment variable, so it never shows in the process list or a history.
inline constexpr char apiKeyEnvironmentVariable[] = "DISCUE_API_KEY";
QString apiKeyFromEnvironment();
// The unsaved profile for --base-url (name "Command line", docs dialect).
ConnectionProfile commandLineProfile(const QUrl &baseUrl);

} // namespace discue
