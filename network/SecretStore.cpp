#include "SecretStore.h"

#include "KeychainBackend.h"
#include "NetworkLogging.h"

#include <QCoreApplication>

namespace discue {

namespace {

QString unavailableMessage(const QString &backendMessage)
{
    const QString base = QCoreApplication::translate(
        "discue::SecretStore",
        "No keychain is available: the API key is kept for this session only and must be "
        "entered again next time.");
    return backendMessage.isEmpty() ? base : base + u' ' + backendMessage;
}

} // namespace

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{}

SecretStore::~SecretStore()
{
    *m_alive = false;
}

std::unique_ptr<SecretStore> SecretStore::withKeychain(QObject *parent)
{
    return std::make_unique<SecretStore>(std::make_unique<KeychainBackend>(), parent);
}

void SecretStore::setStorage(Storage storage, const QString &message)
{
    if (storage == m_storage && message == m_storageMessage)
        return;
    m_storage = storage;
    m_storageMessage = message;
    if (storage == Storage::SessionOnly)
        qCInfo(lcNetwork) << "no keychain available; API keys are kept for this session only";
    Q_EMIT storageChanged(storage, message);
}

void SecretStore::readKey(const QString &profileId, QObject *context,
                          std::function<void(const Lookup &)> done)
{
    QPointer<QObject> guard(context);
    m_backend->read(serviceName.toString(), profileId,
                    [this, alive = m_alive, guard, context, profileId,
                     done = std::move(done)](const SecretBackend::Reply &reply) {
                        if (!*alive || (context && !guard))
                            return;
                        Lookup lookup;
                        switch (reply.status) {
                        case SecretBackend::Status::Ok:
                            setStorage(Storage::Keychain, {});
                            lookup = Lookup{reply.secret, true, Storage::Keychain, {}};
                            break;
                        case SecretBackend::Status::NotFound:
                            if (m_storage != Storage::SessionOnly)
                                setStorage(Storage::Keychain, {});
                            lookup.from = m_storage;
                            break;
                        case SecretBackend::Status::Unavailable:
                            setStorage(Storage::SessionOnly, unavailableMessage(reply.message));
                            lookup.from = Storage::SessionOnly;
                            lookup.message = m_storageMessage;
                            break;
                        case SecretBackend::Status::Failed:
                            lookup.from = m_storage;
                            lookup.message =
                                QCoreApplication::translate("discue::SecretStore",
                                                            "The keychain refused access:") +
                                u' ' + reply.message;
                            break;
                        }
                        // A key entered this session wins where the keychain has none to offer.
                        if (!lookup.found && m_sessionKeys.contains(profileId)) {
                            lookup.key = m_sessionKeys.value(profileId);
                            lookup.found = true;
                            lookup.from = Storage::SessionOnly;
                        }
                        done(lookup);
                    });
}

void SecretStore::storeKey(const QString &profileId, const QString &key, QObject *context,
                           std::function<void(Storage, const QString &)> done)
{
    QPointer<QObject> guard(context);
    m_backend->write(
        serviceName.toString(), profileId, key,
        [this, alive = m_alive, guard, context, profileId, key,
         done = std::move(done)](const SecretBackend::Reply &reply) {
            if (!*alive)
                return;
            Storage stored = Storage::Keychain;
            QString message;
            if (reply.status == SecretBackend::Status::Ok) {
                m_sessionKeys.remove(profileId);
                setStorage(Storage::Keychain, {});
            } else {
                // Never a plaintext fallback: memory only, and the user is told.
                m_sessionKeys.insert(profileId, key);
                if (reply.status == SecretBackend::Status::Unavailable) {
                    setStorage(Storage::SessionOnly, unavailableMessage(reply.message));
                    message = m_storageMessage;
                } else {
                    message = QCoreApplication::translate(
                                  "discue::SecretStore",
                                  "The keychain refused to store the key; it is kept for this "
                                  "session only.") +
                              u' ' + reply.message;
                }
                stored = Storage::SessionOnly;
            }
            if (done && (!context || guard))
                done(stored, message);
        });
}

void SecretStore::removeKey(const QString &profileId, QObject *context, std::function<void()> done)
{
    m_sessionKeys.remove(profileId);
    QPointer<QObject> guard(context);
    m_backend->remove(
        serviceName.toString(), profileId,
        [alive = m_alive, guard, context, done = std::move(done)](const SecretBackend::Reply &) {
            if (*alive && done && (!context || guard))
                done();
        });
}

} // namespace discue
