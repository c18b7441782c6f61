#include "ApiKeyReader.h"

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

using simdjson::dom::element_type;

} // namespace

ApiKeyReader::ApiKeyReader()
    : m_resources(knownResources())
    , m_wildcard(wildcardTarget.toString())
    , m_allTargets{m_wildcard}
{
    for (qsizetype i = 0; i < m_resources.size() && i < qsizetype(m_resourceNames.size()); ++i)
        m_resourceNames[size_t(i)] = resourceWireName(m_resources.at(i));
}

void ApiKeyReader::noteDialect(Dialect dialect)
{
    if (!m_dialect)
        m_dialect = dialect;
}

MaybeError ApiKeyReader::read(simdjson::dom::element element, const JsonPath &path, ApiKey &key)
{
    simdjson::dom::object object;
    if (MaybeError problem = JsonReader::readObject(element, path, object))
        return problem;

    key = ApiKey();
    bool hasId = false;
    bool hasName = false;
    bool hasAlias = false;
    QString alias;
    for (const simdjson::dom::key_value_pair field : object) {
        const std::string_view name = field.key;
        const simdjson::dom::element value = field.value;
        const JsonPath fieldPath = path.member(name);
        MaybeError problem;
        if (name == "id") {
            problem = JsonReader::readString(value, fieldPath, key.id);
            hasId = !problem && !key.id.isEmpty();
            if (!problem && !hasId)
                problem = JsonReader::error(fieldPath, tr("The key's id is empty."));
        } else if (name == "name") {
            problem = JsonReader::readOptionalString(value, fieldPath, key.name);
            hasName = true;
        } else if (name == "alias") {
            problem = JsonReader::readOptionalString(value, fieldPath, alias);
            hasAlias = true;
        } else if (name == "status") {
            if (JsonReader::isNull(value))
                continue;
            std::string_view status;
            problem = JsonReader::readStringView(value, fieldPath, status);
            if (!problem) {
                if (status == "enabled") {
                    key.status = KeyStatus::Enabled;
                } else if (status == "disabled") {
                    key.status = KeyStatus::Disabled;
                } else {
                    problem = JsonReader::error(
                        fieldPath,
                        tr("Unknown status \"%1\"; expected \"enabled\" or \"disabled\".")
                            .arg(JsonReader::fromUtf8(status)));
                }
            }
        } else if (name == "key") {
            problem = JsonReader::readOptionalString(value, fieldPath, key.keyPrefix);
        } else if (name == "scopes") {
            problem = readScopes(value, fieldPath, key.scopes);
        } else if (name == "created_at") {
            problem = JsonReader::readTimestamp(value, fieldPath, key.createdAt);
        } else if (name == "updated_at") {
            problem = JsonReader::readTimestamp(value, fieldPath, key.updatedAt);
        } else if (name == "last_used_at") {
            problem = JsonReader::readTimestamp(value, fieldPath, key.lastUsedAt);
        }
        if (problem)
            return problem;
    }
    if (!hasId)
        return JsonReader::error(path.member("id"), tr("The key has no id."));
    if (hasAlias) {
        if (!hasName) {
            key.name = alias;
            noteDialect(Dialect::Provider);
        }
    }
    return std::nullopt;
}

MaybeError ApiKeyReader::readScopes(simdjson::dom::element element, const JsonPath &path,
                                    QList<ApiKeyScope> &scopes)
{
    scopes.clear();
    switch (element.type()) {
    case element_type::NULL_VALUE:
        return std::nullopt;
    case element_type::ARRAY: {
        noteDialect(Dialect::Docs);
        simdjson::dom::array array;
        if (MaybeError problem = JsonReader::readArray(element, path, array))
            return problem;
        scopes.reserve(qsizetype(array.size()));
        qsizetype index = 0;
        for (const simdjson::dom::element item : array) {
            const JsonPath itemPath = path.element(index++);
            simdjson::dom::object object;
            if (MaybeError problem = JsonReader::readObject(item, itemPath, object))
                return problem;
            ApiKeyScope scope;
            if (MaybeError problem = readScope(object, itemPath, nullptr, scope))
                return problem;
            scopes.append(std::move(scope));
        }
        return std::nullopt;
    }
    case element_type::OBJECT: {
        noteDialect(Dialect::Provider);
        simdjson::dom::object byResource;
        if (MaybeError problem = JsonReader::readObject(element, path, byResource))
            return problem;
        scopes.reserve(qsizetype(byResource.size()));
        for (const simdjson::dom::key_value_pair field : byResource) {
            const std::string_view resource = field.key;
            const JsonPath itemPath = path.member(resource);
            simdjson::dom::object object;
            if (MaybeError problem = JsonReader::readObject(field.value, itemPath, object))
                return problem;
            ApiKeyScope scope;
            if (MaybeError problem = readScope(object, itemPath, &resource, scope))
                return problem;
            scopes.append(std::move(scope));
        }
        return std::nullopt;
    }
    default:
        break;
    }
    return JsonReader::typeError(path, element,
                                 tr("an array of scopes or an object keyed by resource"));
}

void ApiKeyReader::setResource(std::string_view name, ApiKeyScope &scope)
{
    for (size_t i = 0; i < m_resourceNames.size(); ++i) {
        const QString &known = m_resourceNames[i];
        if (qsizetype(name.size()) == known.size() &&
            known == QLatin1StringView(name.data(), qsizetype(name.size()))) {
            scope.resource = m_resources.at(qsizetype(i));
            scope.resourceName = known;
            return;
        }
    }
    // Kept by name so that a read-modify-write does not lose it (channels, topics, ...).
    scope.resource = Resource::Unknown;
    scope.resourceName = JsonReader::fromUtf8(name);
}

MaybeError ApiKeyReader::readScope(simdjson::dom::object object, const JsonPath &path,
                                   const std::string_view *resourceName, ApiKeyScope &scope)
{
    bool hasResource = resourceName != nullptr;
    bool hasAccess = false;
    bool hasTargets = false;
    if (resourceName) {
        if (resourceName->empty())
            return JsonReader::error(path, tr("A scope has an empty resource name."));
        if (qsizetype(resourceName->size()) > JsonReader::maxFieldBytes)
            return JsonReader::error(path, tr("A scope's resource name is too long."));
        setResource(*resourceName, scope);
    }
    for (const simdjson::dom::key_value_pair field : object) {
        const std::string_view name = field.key;
        const JsonPath fieldPath = path.member(name);
        if (name == "resource" && !resourceName) {
            std::string_view resource;
            if (MaybeError problem = JsonReader::readStringView(field.value, fieldPath, resource))
                return problem;
            if (resource.empty())
                return JsonReader::error(fieldPath, tr("The resource name is empty."));
            setResource(resource, scope);
            hasResource = true;
        } else if (name == "access") {
            std::string_view access;
            if (MaybeError problem = JsonReader::readStringView(field.value, fieldPath, access))
                return problem;
            if (access == "read") {
                scope.access = Access::Read;
            } else if (access == "write") {
                scope.access = Access::Write;
            } else {
                return JsonReader::error(
                    fieldPath, tr("Unknown access \"%1\"; expected \"read\" or \"write\".")
                                   .arg(JsonReader::fromUtf8(access).left(64)));
            }
            hasAccess = true;
        } else if (name == "targets") {
            if (MaybeError problem = readTargets(field.value, fieldPath, scope.targets))
                return problem;
            hasTargets = true;
        }
    }
    if (!hasResource)
        return JsonReader::error(path.member("resource"), tr("The scope names no resource."));
    if (!hasAccess)
        return JsonReader::error(path.member("access"), tr("The scope has no access."));
    if (!hasTargets)
        scope.targets = m_allTargets; // absent like empty: all resources of the type
    return std::nullopt;
}

MaybeError ApiKeyReader::readTargets(simdjson::dom::element element, const JsonPath &path,
                                     QStringList &targets)
{
    switch (element.type()) {
    case element_type::NULL_VALUE:
        targets = m_allTargets;
        return std::nullopt;
    case element_type::STRING: {
        // A bare "*" (or id) instead of an array.
        std::string_view target;
        if (MaybeError problem = JsonReader::readStringView(element, path, target))
            return problem;
        targets = target == "*" ? m_allTargets : QStringList{JsonReader::fromUtf8(target)};
        return std::nullopt;
    }
    case element_type::ARRAY: {
        simdjson::dom::array array;
        if (MaybeError problem = JsonReader::readArray(element, path, array))
            return problem;
        if (array.size() == 0) {
            targets = m_allTargets; // the contract: an empty array means all
            return std::nullopt;
        }
        targets.clear();
        targets.reserve(qsizetype(array.size()));
        qsizetype index = 0;
        for (const simdjson::dom::element item : array) {
            const JsonPath itemPath = path.element(index++);
            std::string_view target;
            if (MaybeError problem = JsonReader::readStringView(item, itemPath, target))
                return problem;
            targets.append(target == "*" ? m_wildcard : JsonReader::fromUtf8(target));
        }
        return std::nullopt;
    }
    default:
        break;
    }
    return JsonReader::typeError(path, element, tr("an array of ids or \"*\""));
}

} // namespace discue
