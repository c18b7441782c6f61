// SecretBackend: where SecretStore keeps API keys - the OS keychain in the application
// (KeychainBackend), a fake in the tests. Asynchronous, because a keychain may ask the user.
#pragma once

#include <QString>

#include <functional>

namespace discue {

class SecretBackend
{
public:
    enum class Status
    {
        Ok,
        NotFound,    // no entry under that name
        Unavailable, // no keychain on this system (or it cannot be reached)
        Failed,      // the keychain refused (e.g. the user denied access)
    };
    struct Reply
    {
        Status status = Status::Failed;
        QString secret;  // read only
        QString message; // the backend's own words when not Ok; never contains the secret
    };
    using Callback = std::function<void(const Reply &)>;

    virtual ~SecretBackend() = default;
    // Each operation calls done exactly once, later (never from within the call).
    virtual void read(const QString &service, const QString &name, Callback done) = 0;
    virtual void write(const QString &service, const QString &name, const QString &secret,
                       Callback done) = 0;
    virtual void remove(const QString &service, const QString &name, Callback done) = 0;
};

} // namespace discue
