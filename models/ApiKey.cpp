#include "ApiKey.h"

#include "ScopePolicy.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace discue {

QString statusWireName(KeyStatus status)
{
    return status == KeyStatus::Enabled ? u"enabled"_s : u"disabled"_s;
}

std::optional<KeyStatus> statusFromWireName(QStringView name)
{
    if (name == u"enabled")
        return KeyStatus::Enabled;
    if (name == u"disabled")
        return KeyStatus::Disabled;
    return std::nullopt;
}

const ApiKeyScope *ApiKey::scopeFor(Resource resource) const
{
    for (const ApiKeyScope &scope : scopes) {
        if (scope.resource == resource && resource != Resource::Unknown)
            return &scope;
    }
    return nullptr;
}

Access ApiKey::accessFor(Resource resource) const
{
    const ApiKeyScope *scope = scopeFor(resource);
    return scope ? scope->access : Access::None;
}

bool ApiKey::hasProtectedScopes() const
{
    return std::any_of(scopes.cbegin(), scopes.cend(), [](const ApiKeyScope &scope) {
        return ScopePolicy::isProtected(scope.resource);
    });
}

bool ApiKey::hasWildcardWrite() const
{
    return std::any_of(scopes.cbegin(), scopes.cend(), [](const ApiKeyScope &scope) {
        return scope.access == Access::Write && scope.targetsAll();
    });
}

QString ApiKey::scopeSummary() const
{
    // Built in one string: the table makes 100,000 of these when a large list arrives.
    QString summary;
    summary.reserve(scopes.size() * 24);
    for (const ApiKeyScope &scope : scopes) {
        if (!summary.isEmpty())
            summary += u", ";
        summary += scope.resourceName;
        summary += scope.access == Access::Write ? u" W "_s : u" R "_s;
        if (scope.targetsAll())
            summary += u'*';
        else if (scope.targets.size() == 1)
            summary += QCoreApplication::translate("ApiKey", "1 id");
        else
            summary +=
                QCoreApplication::translate("ApiKey", "%n ids", nullptr, int(scope.targets.size()));
    }
    return summary;
}

QDebug operator<<(QDebug debug, const ApiKey &key)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ApiKey(" << key.id << ", " << key.name << ", " << statusWireName(key.status)
                    << ", " << key.scopes << ')';
    return debug;
}

} // namespace discue
