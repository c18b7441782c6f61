// KeyStore: the emulator's organizations and their API keys. Keeps only a SHA-256 hash of each
// secret (the plaintext leaves the store once, in the answer to create), authenticates
// secrets, seeds demo or benchmark data, and persists itself through KeyStoreFile when a data
// file is set: every mutation is on disk before the caller acknowledges it.
#pragma once

#include "ApiKey.h"
#include "EmulatorClock.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace discue {

struct StoredKey
{
    ApiKey key;
    QString organization;  // organization id
    QByteArray secretHash; // SHA-256 of the secret, raw bytes
    bool admin = false;    // the console-made admin key of the first organization
};

// A key and its plaintext secret, handed out once when a key is made.
struct MintedKey
{
    ApiKey key;
    QString secret;
};

class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    explicit KeyStore(Clock clock = systemClock());

    // Organizations in creation order; the first is the admin key's.
    QStringList organizations() const;
    QString organizationName(const QString &organization) const;
    // Adds an organization (no-op when it exists) and returns its id.
    QString addOrganization(const QString &id, const QString &name);

    // Every key of an organization in creation order (protected scopes included).
    QList<ApiKey> keys(const QString &organization) const;
    std::optional<StoredKey> find(const QString &id) const;
    qsizetype size() const { return m_keys.size(); }

    // The key a secret belongs to, or nullopt. Does not check status or touch last_used_at.
    std::optional<StoredKey> authenticate(QStringView secret) const;
    // Sets last_used_at to now; coarse (at most once a minute per key), like hosted APIs,
    // so that reading does not make every cached list stale.
    void touch(const QString &id);

    // Makes a key in `organization` from a draft: name, status, scopes (protected ones too)
    // and timestamps are taken as given, id, secret and prefix are new. created_at and
    // updated_at default to now. Tests use this for keys the API could not make.
    // With a data file, every mutation is written before it returns; when the write fails
    // the store is left as it was and lastSaveError() says why (update/remove return false).
    MintedKey addKey(const QString &organization, const ApiKey &draft);
    // Stores a changed key (same id); sets updated_at to now.
    bool update(const ApiKey &key);
    bool remove(const QString &id);
    // The admin key: exists once, in the first organization, with protected scopes.
    // Sets its secret (generating one when empty) and returns it.
    MintedKey ensureAdminKey(const QString &secret);
    std::optional<StoredKey> adminKey() const;

    // True when another key of the organization has this name (case-insensitive, trimmed).
    bool nameTaken(const QString &organization, const QString &name,
                   const QString &exceptId = {}) const;

    // Increases on every change; caches compare it to know when they are stale.
    quint64 generation() const { return m_generation; }

    // Seeding. demo: two realistic organizations; count: `count` generated keys in the first.
    void seedDemo();
    void seedCount(int count);
    void clear();

    // Persistence. load() replaces the content from the file; a corrupt or unreadable file
    // is an error (message names the file and the problem) and leaves the store untouched.
    // After setDataFile(), every mutation writes the file before returning.
    bool load(const QString &path, QString *error);
    void setDataFile(const QString &path);
    QString dataFile() const { return m_dataFile; }
    bool save(QString *error) const;
    // The last persistence failure, empty when the last write worked.
    QString lastSaveError() const { return m_lastSaveError; }

    Clock clock() const { return m_clock; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    static QString newSecret();
    static QString newId();
    static QByteArray hashSecret(QStringView secret);
    static QString prefixOf(const QString &secret);

private:
    void insert(StoredKey stored);
    void changed();

    Clock m_clock;
    QHash<QString, StoredKey> m_keys;
    QHash<QByteArray, QString> m_idByHash;
    QList<QPair<QString, QString>> m_organizations; // id, name
    QHash<QString, QStringList> m_order;            // organization -> key ids
    QString m_dataFile;
    mutable QString m_lastSaveError;
    quint64 m_generation = 0;
};

} // namespace discue
