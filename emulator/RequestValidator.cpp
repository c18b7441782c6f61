#include "RequestValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

using Result = RequestValidator::Result;

Result reject(int status, const QString &detail)
{
    Result result;
    result.status = status;
    result.detail = detail;
    return result;
}

bool isProtected(Resource resource)
{
    return resource == Resource::ApiClients || resource == Resource::ApiKeys ||
           resource == Resource::Subscriptions;
}

// Resources only the provider dialect knows; they are kept as Resource::Unknown with their
// wire name.
bool isProviderOnlyResource(QStringView name)
{
    return name == u"channels" || name == u"domains" || name == u"topics";
}

// Reads access and targets of one scope; `where` names it in messages ("scopes[2]").
std::optional<Result> readGrant(const QJsonObject &object, const QString &where, ApiKeyScope *scope)
{
    const QJsonValue access = object.value(u"access"_s);
    if (!access.isString())
        return reject(400,
                      RequestValidator::tr("%1.access must be \"read\" or \"write\".").arg(where));
    const auto parsedAccess = accessFromWireName(access.toString());
    if (!parsedAccess || *parsedAccess == Access::None)
        return reject(400, RequestValidator::tr("%1.access must be \"read\" or \"write\", not "
                                                "\"%2\".")
                               .arg(where, access.toString()));
    scope->access = *parsedAccess;

    const QJsonValue targets = object.value(u"targets"_s);
    if (targets.isUndefined()) {
        scope->targets = {u"*"_s};
        return std::nullopt;
    }
    if (targets.isString()) {
        if (targets.toString() != wildcardTarget)
            return reject(400, RequestValidator::tr("%1.targets must be an array of resource "
                                                    "ids or \"*\".")
                                   .arg(where));
        scope->targets = {u"*"_s};
        return std::nullopt;
    }
    if (!targets.isArray())
        return reject(400, RequestValidator::tr("%1.targets must be an array.").arg(where));
    const QJsonArray array = targets.toArray();
    QStringList list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString() || !RequestValidator::isValidTarget(element.toString()))
            return reject(400, RequestValidator::tr("%1.targets[%2] is neither \"*\" nor a "
                                                    "resource id (21 characters of "
                                                    "A-Z a-z 0-9 _ -).")
                                   .arg(where)
                                   .arg(i));
        if (!list.contains(element.toString()))
            list.append(element.toString());
    }
    // Decision (discue-api.md §2): an empty array means all.
    scope->targets = list.isEmpty() ? QStringList{u"*"_s} : list;
    return std::nullopt;
}

std::optional<Result> readResource(const QString &name, const QString &where, Dialect dialect,
                                   ApiKeyScope *scope)
{
    const Resource resource = resourceFromWireName(name);
    if (resource == Resource::Unknown &&
        !(dialect == Dialect::Provider && isProviderOnlyResource(name)))
        return reject(400, RequestValidator::tr("%1: \"%2\" is not a resource.").arg(where, name));
    scope->resource = resource;
    scope->resourceName = name;
    return std::nullopt;
}

std::optional<Result> readScopes(const QJsonValue &value, Dialect dialect,
                                 QList<ApiKeyScope> *scopes)
{
    if (dialect == Dialect::Docs) {
        if (!value.isArray())
            return reject(400, RequestValidator::tr("scopes must be an array of "
                                                    "{resource, access, targets} objects."));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = u"scopes[%1]"_s.arg(i);
            if (!array.at(i).isObject())
                return reject(400, RequestValidator::tr("%1 must be an object.").arg(where));
            const QJsonObject object = array.at(i).toObject();
            if (!object.value(u"resource"_s).isString())
                return reject(400,
                              RequestValidator::tr("%1.resource must be a string.").arg(where));
            ApiKeyScope scope;
            if (auto failed =
                    readResource(object.value(u"resource"_s).toString(), where, dialect, &scope))
                return failed;
            if (auto failed = readGrant(object, where, &scope))
                return failed;
            scopes->append(scope);
        }
    } else {
        if (!value.isObject())
            return reject(400, RequestValidator::tr("scopes must be an object keyed by "
                                                    "resource."));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString where = u"scopes.%1"_s.arg(it.key());
            if (!it.value().isObject())
                return reject(400, RequestValidator::tr("%1 must be an object.").arg(where));
            ApiKeyScope scope;
            if (auto failed = readResource(it.key(), where, dialect, &scope))
                return failed;
            if (auto failed = readGrant(it.value().toObject(), where, &scope))
                return failed;
            scopes->append(scope);
        }
    }
    if (scopes->isEmpty())
        return reject(400, RequestValidator::tr("scopes must not be empty; leave the field out "
                                                "to keep the key's scopes."));
    return std::nullopt;
}

} // namespace

Result RequestValidator::parseBody(const QByteArray &body, Dialect dialect)
{
    KeyChanges changes;
    if (body.trimmed().isEmpty()) {
        Result result;
        result.changes = changes;
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reject(400, tr("The body is not valid JSON: %1 at byte %2.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    if (!document.isObject())
        return reject(400, tr("The body must be a JSON object."));
    const QJsonObject object = document.object();

    const QString nameField = dialect == Dialect::Provider ? u"alias"_s : u"name"_s;
    if (object.contains(nameField)) {
        const QJsonValue name = object.value(nameField);
        if (!name.isString())
            return reject(400, tr("%1 must be a string.").arg(nameField));
        const QString trimmed = name.toString().trimmed();
        if (trimmed.isEmpty() || trimmed.size() > maxNameLength)
            return reject(400,
                          tr("%1 must have 1 to %2 characters.").arg(nameField).arg(maxNameLength));
        changes.name = trimmed;
    }
    if (object.contains(u"status"_s)) {
        const QJsonValue status = object.value(u"status"_s);
        const auto parsed =
            status.isString() ? statusFromWireName(status.toString()) : std::nullopt;
        if (!parsed)
            return reject(400, tr("status must be \"enabled\" or \"disabled\"."));
        changes.status = *parsed;
    }
    if (object.contains(u"scopes"_s)) {
        QList<ApiKeyScope> scopes;
        if (auto failed = readScopes(object.value(u"scopes"_s), dialect, &scopes))
            return *failed;
        // Semantic checks only once the body is well-formed: 400 wins over 422.
        QSet<QString> seen;
        for (const ApiKeyScope &scope : std::as_const(scopes)) {
            if (isProtected(scope.resource))
                return reject(422, tr("The %1 scope cannot be set through the API; only the "
                                      "discue web console grants it.")
                                       .arg(scope.resourceName));
            if (seen.contains(scope.resourceName))
                return reject(
                    422, tr("The resource %1 appears twice in scopes.").arg(scope.resourceName));
            seen.insert(scope.resourceName);
        }
        changes.scopes = scopes;
    }
    Result result;
    result.changes = changes;
    return result;
}

bool RequestValidator::isValidId(QStringView id)
{
    if (id.size() != 21)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
                        (u >= '0' && u <= '9') || u == '_' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

bool RequestValidator::isValidTarget(QStringView target)
{
    return target == wildcardTarget || isValidId(target);
}

QList<ApiKeyScope> RequestValidator::defaultScopes()
{
    QList<ApiKeyScope> scopes;
    for (Resource resource : {Resource::Events, Resource::Queues, Resource::Listeners,
                              Resource::Messages, Resource::Schemas, Resource::Stats})
        scopes.append(ApiKeyScope::make(resource, Access::Write));
    return scopes;
}

} // namespace discue
