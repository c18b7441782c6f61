// SecretStore: the admin API key of each connection profile, kept in the OS keychain under
// service "discue-keys" and the profile id. Where no keychain is available the key is kept
// in memory for this session only - never written in plaintext - and storage() says so, so
// the UI can tell the user.
#pragma once

#include "SecretBackend.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace discue {

class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Storage
    {
        Unknown,     // nothing read or written yet
        Keychain,    // the OS keychain answered
        SessionOnly, // no keychain: keys live in memory until the console quits
    };
    Q_ENUM(Storage)

    struct Lookup
    {
        QString key; // empty when none is stored
        bool found = false;
        Storage from = Storage::Unknown;
        QString message; // translated, when the keychain could not be used
    };

    static constexpr QStringView serviceName = u"discue-keys";

    explicit SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override;
    // With the OS keychain through QtKeychain.
    static std::unique_ptr<SecretStore> withKeychain(QObject *parent = nullptr);

    // done runs later, once, unless context was destroyed meanwhile.
    void readKey(const QString &profileId, QObject *context,
                 std::function<void(const Lookup &)> done);
    void storeKey(const QString &profileId, const QString &key, QObject *context,
                  std::function<void(Storage stored, const QString &message)> done);
    void removeKey(const QString &profileId, QObject *context = nullptr,
                   std::function<void()> done = {});

    Storage storage() const { return m_storage; }
    // Why the store is SessionOnly, translated; empty otherwise.
    QString storageMessage() const { return m_storageMessage; }

Q_SIGNALS:
    void storageChanged(discue::SecretStore::Storage storage, const QString &message);

private:
    void setStorage(Storage storage, const QString &message);

    std::unique_ptr<SecretBackend> m_backend;
    QHash<QString, QString> m_sessionKeys; // only when the keychain is unavailable
    Storage m_storage = Storage::Unknown;
    QString m_storageMessage;
    // Callbacks check this before touching the store: a backend may answer after it is gone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace discue
