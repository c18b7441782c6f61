#include "ApiKeysEndpoints.h"

#include "RequestValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace discue {

ApiKeysEndpoints::ApiKeysEndpoints(KeyStore &store, Dialect dialect, bool uniqueNames)
    : m_store(store)
    , m_dialect(dialect)
    , m_uniqueNames(uniqueNames)
{}

ApiResponse ApiKeysEndpoints::list(const Call &call)
{
    // One entry per organization and format in practice; the self link comes from the Host
    // header, so a client sending many different hosts must not grow the cache without bound.
    const QString cacheKey = call.caller.organization + QChar(u'\n') +
                             (call.pretty ? u"pretty"_s : u"compact"_s) + QChar(u'\n') +
                             call.collectionUrl;
    if (m_listCache.size() >= 16 && !m_listCache.contains(cacheKey))
        m_listCache.clear();
    CachedList &cached = m_listCache[cacheKey];
    if (cached.body.isEmpty() || cached.generation != m_store.generation()) {
        cached.body = call.pretty ? prettyList(call) : compactList(call);
        cached.generation = m_store.generation();
    }
    return ApiResponse::json(200, cached.body);
}

QByteArray ApiKeysEndpoints::prettyList(const Call &call) const
{
    QJsonArray array;
    for (const ApiKey &key : m_store.keys(call.caller.organization))
        array.append(ApiKeyCodec::encodeKey(key, m_dialect));
    return toJson(QJsonObject{{u"api_keys"_s, array}, {u"_links"_s, links(call.collectionUrl)}},
                  true);
}

QByteArray ApiKeysEndpoints::compactList(const Call &call)
{
    // Each key's JSON is kept until that key changes, so listing 100,000 keys after one
    // change encodes one key, not all of them. The document around them is QJsonDocument's
    // own output, {"_links": ...}, opened up to add "api_keys" (keys sort after "_links").
    const QList<ApiKey> keys = m_store.keys(call.caller.organization);
    if (m_keyJson.size() > 2 * m_store.size() + 1000)
        m_keyJson.clear(); // drop the entries of deleted keys now and then
    QByteArray body = toJson(QJsonObject{{u"_links"_s, links(call.collectionUrl)}}, false);
    body.chop(1);
    qsizetype size = body.size() + 16;
    for (const ApiKey &key : keys) {
        CachedKey &cached = m_keyJson[key.id];
        if (cached.json.isEmpty() || cached.key != key) {
            cached.key = key;
            cached.json = toJson(ApiKeyCodec::encodeKey(key, m_dialect), false);
        }
        size += cached.json.size() + 1;
    }
    // A second pass: entries move while the hash grows, so no pointers are kept above.
    body.reserve(size);
    body += ",\"api_keys\":[";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            body += ',';
        body += m_keyJson.constFind(keys.at(i).id)->json;
    }
    body += "]}";
    return body;
}

ApiResponse ApiKeysEndpoints::get(const Call &call, const QString &id)
{
    const auto stored = ownKey(call, id);
    if (!stored)
        return notFound(call, id);
    return ApiResponse::json(
        200, toJson(QJsonObject{{u"api_key"_s, ApiKeyCodec::encodeKey(stored->key, m_dialect)},
                                {u"_links"_s, links(call.collectionUrl + u'/' + id)}},
                    call.pretty));
}

ApiResponse ApiKeysEndpoints::create(const Call &call)
{
    const auto parsed = RequestValidator::parseBody(call.request.body, m_dialect);
    if (!parsed.changes)
        return ApiResponse::error(parsed.status, parsed.detail, call.pretty);
    const KeyChanges &changes = *parsed.changes;
    ApiKey draft;
    draft.name = changes.name.value_or(tr("Unnamed key"));
    draft.status = changes.status.value_or(KeyStatus::Enabled);
    draft.scopes = changes.scopes.value_or(RequestValidator::defaultScopes());
    if (m_uniqueNames && m_store.nameTaken(call.caller.organization, draft.name))
        return ApiResponse::error(422, tr("A key named \"%1\" already exists.").arg(draft.name),
                                  call.pretty);
    const MintedKey minted = m_store.addKey(call.caller.organization, draft);
    if (!m_store.lastSaveError().isEmpty())
        return persistFailed(call);
    const QString self = call.collectionUrl + u'/' + minted.key.id;
    QJsonValue apiKey = minted.secret;
    if (m_dialect == Dialect::Provider) {
        // The provider dialect answers with the key object; its "key" is the secret, once.
        ApiKey shown = minted.key;
        shown.keyPrefix = minted.secret;
        apiKey = ApiKeyCodec::encodeKey(shown, m_dialect);
    }
    return ApiResponse::json(
        200, toJson(QJsonObject{{u"api_key"_s, apiKey}, {u"_links"_s, links(self)}}, call.pretty));
}

ApiResponse ApiKeysEndpoints::update(const Call &call, const QString &id)
{
    const auto parsed = RequestValidator::parseBody(call.request.body, m_dialect);
    if (!parsed.changes)
        return ApiResponse::error(parsed.status, parsed.detail, call.pretty);
    const auto stored = ownKey(call, id);
    if (!stored)
        return notFound(call, id);
    const KeyChanges &changes = *parsed.changes;
    ApiKey key = stored->key;
    if (changes.name) {
        if (m_uniqueNames && m_store.nameTaken(call.caller.organization, *changes.name, id))
            return ApiResponse::error(
                422, tr("A key named \"%1\" already exists.").arg(*changes.name), call.pretty);
        key.name = *changes.name;
    }
    if (changes.status)
        key.status = *changes.status;
    if (changes.scopes) {
        // The API can neither grant nor revoke protected scopes: the ones the key has stay.
        QList<ApiKeyScope> scopes;
        for (const ApiKeyScope &scope : std::as_const(stored->key.scopes)) {
            if (scope.resource == Resource::ApiClients || scope.resource == Resource::ApiKeys ||
                scope.resource == Resource::Subscriptions)
                scopes.append(scope);
        }
        scopes.append(*changes.scopes);
        key.scopes = scopes;
    }
    if (key != stored->key && !m_store.update(key))
        return persistFailed(call);
    const auto updated = m_store.find(id);
    return ApiResponse::json(
        200, toJson(QJsonObject{{u"api_key"_s, ApiKeyCodec::encodeKey(updated->key, m_dialect)},
                                {u"_links"_s, links(call.collectionUrl + u'/' + id)}},
                    call.pretty));
}

ApiResponse ApiKeysEndpoints::remove(const Call &call, const QString &id)
{
    if (!ownKey(call, id))
        return notFound(call, id);
    if (!m_store.remove(id))
        return persistFailed(call);
    return ApiResponse::json(
        200,
        toJson(QJsonObject{{u"_links"_s, links(call.collectionUrl + u'/' + id)}}, call.pretty));
}

std::optional<StoredKey> ApiKeysEndpoints::ownKey(const Call &call, const QString &id) const
{
    auto stored = m_store.find(id);
    if (!stored || stored->organization != call.caller.organization)
        return std::nullopt;
    return stored;
}

QByteArray ApiKeysEndpoints::toJson(const QJsonObject &object, bool pretty) const
{
    return QJsonDocument(object).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
}

QJsonObject ApiKeysEndpoints::links(const QString &href)
{
    return QJsonObject{{u"self"_s, QJsonObject{{u"href"_s, href}}}};
}

ApiResponse ApiKeysEndpoints::notFound(const Call &call, const QString &id) const
{
    return ApiResponse::error(
        404, tr("There is no api key with the id %1 in your organization.").arg(id), call.pretty);
}

ApiResponse ApiKeysEndpoints::persistFailed(const Call &call) const
{
    return ApiResponse::error(
        500, tr("The change could not be saved: %1").arg(m_store.lastSaveError()), call.pretty);
}

} // namespace discue
