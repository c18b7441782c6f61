// ApiKeyScope: one grant of an API key - which resource, read or write, on which targets.
#pragma once

#include <QDebug>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace discue {

// The resources of the contract, in the API's order. Unknown holds resources this build
// does not know (the provider dialect's channels, domains, topics) so that they survive a
// read-modify-write; ApiKeyScope::resourceName keeps their wire name.
enum class Resource
{
    ApiClients,
    ApiKeys,
    Events,
    Queues,
    Listeners,
    Messages,
    Schemas,
    Stats,
    Subscriptions,
    Unknown,
};

// None exists for the editor's grid (a resource without a scope); it never goes on the wire.
enum class Access
{
    None,
    Read,
    Write
};

// The nine known resources in the API's order.
QList<Resource> knownResources();
QString resourceWireName(Resource resource);
Resource resourceFromWireName(QStringView name);

QString accessWireName(Access access);
std::optional<Access> accessFromWireName(QStringView name);

inline constexpr QStringView wildcardTarget = u"*";

struct ApiKeyScope
{
    Resource resource = Resource::Unknown;
    // The name as the server spelled it; for known resources equal to resourceWireName().
    QString resourceName;
    Access access = Access::Read;
    // Each element a ResourceId or "*". Decoding normalizes a bare "*" and an empty array
    // to {"*"}.
    QStringList targets;

    static ApiKeyScope make(Resource resource, Access access,
                            QStringList targets = {QStringLiteral("*")});

    // "*" anywhere in the list means all resources of this type.
    bool targetsAll() const;
    bool operator==(const ApiKeyScope &other) const = default;
};

QDebug operator<<(QDebug debug, const ApiKeyScope &scope);

} // namespace discue
