// ApiKey: an organization's API key as the console knows it. Never holds the secret: the
// server only ever returns a short prefix of it (keyPrefix).
#pragma once

#include "ApiKeyScope.h"

#include <QMetaType>

namespace discue {

enum class KeyStatus
{
    Enabled,
    Disabled
};

QString statusWireName(KeyStatus status);
std::optional<KeyStatus> statusFromWireName(QStringView name);

struct ApiKey
{
    QString id;
    QString name;
    KeyStatus status = KeyStatus::Enabled;
    QString keyPrefix;
    QList<ApiKeyScope> scopes;
    // Epoch milliseconds; absent when the server sent nothing or null.
    std::optional<qint64> createdAt;
    std::optional<qint64> updatedAt;
    std::optional<qint64> lastUsedAt;

    // The scope for a resource, or nullptr when the key has none for it.
    const ApiKeyScope *scopeFor(Resource resource) const;
    Access accessFor(Resource resource) const;
    bool hasProtectedScopes() const;
    // Write access on all targets of any resource.
    bool hasWildcardWrite() const;
    // "queues W *, messages R 2 ids" - the table's scope summary.
    QString scopeSummary() const;

    bool operator==(const ApiKey &other) const = default;
};

QDebug operator<<(QDebug debug, const ApiKey &key);

} // namespace discue

Q_DECLARE_METATYPE(discue::ApiKey)
