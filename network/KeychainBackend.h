// KeychainBackend: SecretBackend over QtKeychain (Secret Service / KWallet, macOS Keychain,
// Windows Credential Manager). The insecure plaintext fallback is always off.
#pragma once

#include "SecretBackend.h"

namespace discue {

class KeychainBackend final : public SecretBackend
{
public:
    void read(const QString &service, const QString &name, Callback done) override;
    void write(const QString &service, const QString &name, const QString &secret,
               Callback done) override;
    void remove(const QString &service, const QString &name, Callback done) override;
};

} // namespace discue
