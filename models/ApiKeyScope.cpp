#include "ApiKeyScope.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

struct ResourceName
{
    Resource resource;
    QStringView name;
};

constexpr std::array<ResourceName, 9> resourceNames{{
    {Resource::ApiClients, u"api_clients"},
    {Resource::ApiKeys, u"api_keys"},
    {Resource::Events, u"events"},
    {Resource::Queues, u"queues"},
    {Resource::Listeners, u"listeners"},
    {Resource::Messages, u"messages"},
    {Resource::Schemas, u"schemas"},
    {Resource::Stats, u"stats"},
    {Resource::Subscriptions, u"subscriptions"},
}};

} // namespace

QList<Resource> knownResources()
{
    QList<Resource> resources;
    resources.reserve(int(resourceNames.size()));
    for (const auto &entry : resourceNames)
        resources.append(entry.resource);
    return resources;
}

QString resourceWireName(Resource resource)
{
    for (const auto &entry : resourceNames) {
        if (entry.resource == resource)
            return entry.name.toString();
    }
    return {};
}

Resource resourceFromWireName(QStringView name)
{
    for (const auto &entry : resourceNames) {
        if (entry.name == name)
            return entry.resource;
    }
    return Resource::Unknown;
}

QString accessWireName(Access access)
{
    switch (access) {
    case Access::Read:
        return u"read"_s;
    case Access::Write:
        return u"write"_s;
    case Access::None:
        break;
    }
    return {};
}

std::optional<Access> accessFromWireName(QStringView name)
{
    if (name == u"read")
        return Access::Read;
    if (name == u"write")
        return Access::Write;
    return std::nullopt;
}

ApiKeyScope ApiKeyScope::make(Resource resource, Access access, QStringList targets)
{
    return ApiKeyScope{resource, resourceWireName(resource), access, std::move(targets)};
}

bool ApiKeyScope::targetsAll() const
{
    return targets.isEmpty() || targets.contains(wildcardTarget);
}

QDebug operator<<(QDebug debug, const ApiKeyScope &scope)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ApiKeyScope(" << scope.resourceName << ", " << accessWireName(scope.access)
                    << ", " << scope.targets << ')';
    return debug;
}

} // namespace discue
