// The encoding half of ApiKeyCodec: request bodies for create and update in either dialect,
// and whole key objects for the emulator's responses. Request bodies are small, so
// QJsonDocument is fine here; decoding (ApiKeyDecoder.cpp) uses simdjson.
#include "ApiKeyCodec.h"
#include "ScopePolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

bool isProtectedScope(const ApiKeyScope &scope)
{
    return ScopePolicy::isProtected(scope.resource);
}

// The name a scope goes on the wire with: the known name, or what the server called an
// unknown resource (channels, domains, topics of the provider dialect).
QString wireResourceName(const ApiKeyScope &scope)
{
    return scope.resource == Resource::Unknown ? scope.resourceName
                                               : resourceWireName(scope.resource);
}

// Scopes that can appear in a request body: not protected, with an access and a name.
QList<ApiKeyScope> writableScopes(const QList<ApiKeyScope> &scopes)
{
    QList<ApiKeyScope> result;
    for (const ApiKeyScope &scope : scopes) {
        if (scope.access == Access::None || isProtectedScope(scope) ||
            wireResourceName(scope).isEmpty())
            continue;
        result.append(scope);
    }
    return result;
}

QJsonValue timestamp(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue(QJsonValue::Null);
}

QString nameKey(Dialect dialect)
{
    return dialect == Dialect::Provider ? u"alias"_s : u"name"_s;
}

// Order-independent equality of two scope lists by resource name: reordering the same grants
// is not a change worth a PUT that replaces the whole array.
bool sameScopes(QList<ApiKeyScope> a, QList<ApiKeyScope> b)
{
    if (a.size() != b.size())
        return false;
    const auto byName = [](const ApiKeyScope &l, const ApiKeyScope &r) {
        return wireResourceName(l) < wireResourceName(r);
    };
    std::sort(a.begin(), a.end(), byName);
    std::sort(b.begin(), b.end(), byName);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (wireResourceName(a[i]) != wireResourceName(b[i]) || a[i].access != b[i].access ||
            a[i].targets != b[i].targets)
            return false;
    }
    return true;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString dialectWireName(Dialect dialect)
{
    return dialect == Dialect::Provider ? u"provider"_s : u"docs"_s;
}

std::optional<Dialect> dialectFromWireName(QStringView name)
{
    if (name == u"docs")
        return Dialect::Docs;
    if (name == u"provider")
        return Dialect::Provider;
    return std::nullopt;
}

namespace ApiKeyCodec {

QString idFromSelfLink(QStringView href)
{
    // Drop query and fragment ("?pretty=true") and a trailing slash before taking the last
    // path segment.
    qsizetype end = href.size();
    for (QChar stop : {u'?', u'#'}) {
        const qsizetype at = href.indexOf(stop);
        if (at >= 0 && at < end)
            end = at;
    }
    QStringView path = href.first(end);
    while (path.endsWith(u'/'))
        path.chop(1);
    const qsizetype slash = path.lastIndexOf(u'/');
    const QStringView segment = path.sliced(slash + 1);
    // The collection's own link names no key.
    if (segment == u"api_keys")
        return {};
    return segment.toString();
}

QJsonValue encodeScopes(const QList<ApiKeyScope> &scopes, Dialect dialect, bool includeProtected)
{
    QJsonArray array;
    QJsonObject object;
    for (const ApiKeyScope &scope : scopes) {
        const QString resource = wireResourceName(scope);
        if (scope.access == Access::None || resource.isEmpty())
            continue;
        if (!includeProtected && isProtectedScope(scope))
            continue;
        const QJsonArray targets = QJsonArray::fromStringList(scope.targets);
        if (dialect == Dialect::Provider) {
            object.insert(resource, QJsonObject{{u"access"_s, accessWireName(scope.access)},
                                                {u"targets"_s, targets}});
        } else {
            array.append(QJsonObject{{u"resource"_s, resource},
                                     {u"access"_s, accessWireName(scope.access)},
                                     {u"targets"_s, targets}});
        }
    }
    if (dialect == Dialect::Provider)
        return object;
    return array;
}

QJsonObject encodeKey(const ApiKey &key, Dialect dialect)
{
    return QJsonObject{
        {u"id"_s, key.id},
        {nameKey(dialect), key.name},
        {u"status"_s, statusWireName(key.status)},
        {u"key"_s, key.keyPrefix},
        {u"scopes"_s, encodeScopes(key.scopes, dialect, true)},
        {u"created_at"_s, timestamp(key.createdAt)},
        {u"updated_at"_s, timestamp(key.updatedAt)},
        {u"last_used_at"_s, timestamp(key.lastUsedAt)},
    };
}

QByteArray encodeCreateBody(const ApiKey &draft, Dialect dialect)
{
    QJsonObject body;
    const QString name = draft.name.trimmed();
    if (!name.isEmpty())
        body.insert(nameKey(dialect), name);
    body.insert(u"status"_s, statusWireName(draft.status));
    // Without "scopes" the server assigns its permissive default (write on everything), so
    // the key is only omitted when the draft grants nothing settable; ScopePolicy warns
    // about that case before the user gets here.
    const QList<ApiKeyScope> scopes = writableScopes(draft.scopes);
    if (!scopes.isEmpty())
        body.insert(u"scopes"_s, encodeScopes(scopes, dialect));
    return compact(body);
}

std::optional<QByteArray> encodeUpdateBody(const ApiKey &before, const ApiKey &after,
                                           Dialect dialect)
{
    QJsonObject body;
    // The policy judges names after trimming, so surrounding blanks alone are no change.
    const QString name = after.name.trimmed();
    if (name != before.name)
        body.insert(nameKey(dialect), name);
    if (after.status != before.status)
        body.insert(u"status"_s, statusWireName(after.status));

    // A scopes write replaces the whole array. Scopes on resources this build does not know
    // (the provider dialect's channels, domains, topics) cannot be shown or edited in the
    // console, so the user cannot have meant to drop them: the ones `before` carried are kept
    // even when `after` lost them (e.g. an editor that rebuilt the list from its grid of known
    // resources). Sending them back is safe: only a server that knows these resources ever
    // reports them. Protected scopes are never sent - the API neither grants nor revokes them.
    QList<ApiKeyScope> wanted = writableScopes(after.scopes);
    for (const ApiKeyScope &kept : writableScopes(before.scopes)) {
        if (kept.resource != Resource::Unknown)
            continue;
        const bool present = std::any_of(wanted.cbegin(), wanted.cend(), [&](const auto &s) {
            return wireResourceName(s) == kept.resourceName;
        });
        if (!present)
            wanted.append(kept);
    }
    if (!sameScopes(wanted, writableScopes(before.scopes)))
        body.insert(u"scopes"_s, encodeScopes(wanted, dialect));

    if (body.isEmpty())
        return std::nullopt;
    return compact(body);
}

} // namespace ApiKeyCodec
} // namespace discue
