// KeyStoreFile: the emulator's data file. JSON, so that a person can read and edit it:
//   {"format": "discue-emulator/1", "organizations": [{"id", "name"}],
//    "api_keys": [ApiKey in the docs dialect...], "owners": {"<id>": {"organization",
//    "secret_sha256", "admin"}}}
// Secrets are stored only as SHA-256 hashes. Writes go to a new file that is flushed to disk
// and then renamed over the old one, so a crash at any moment leaves either the old or the
// new content, never a mix.
#pragma once

#include "KeyStore.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace discue {

class KeyStoreFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyStoreFile)

public:
    struct Contents
    {
        QList<QPair<QString, QString>> organizations; // id, name
        QList<StoredKey> keys;                        // grouped by organization, in order
    };

    // False with a translated message naming the file and what is wrong with it.
    static bool read(const QString &path, Contents *contents, QString *error);
    static bool write(const QString &path, const Contents &contents, QString *error);

    static QByteArray serialize(const Contents &contents);
    static bool parse(const QByteArray &bytes, Contents *contents, QString *problem);
};

} // namespace discue
