// ApiKeysEndpoints: the five operations of discue-api.md §3 for an authenticated caller -
// list, get, create, update, delete - on the caller's organization only (another
// organization's id is 404). Encodes keys with ApiKeyCodec in the configured dialect and
// keeps the serialized list per organization and format until the store changes, so that a
// 100,000-key list is built once, not per request.
#pragma once

#include "ApiKeyCodec.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "KeyStore.h"

#include <QCoreApplication>
#include <QHash>

namespace discue {

class ApiKeysEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeysEndpoints)

public:
    // One call: who asks, where links point, how to format.
    struct Call
    {
        const ApiRequest &request;
        StoredKey caller;
        QString collectionUrl; // origin + prefix + "/api_keys", for _links.self
        bool pretty = false;
    };

    ApiKeysEndpoints(KeyStore &store, Dialect dialect, bool uniqueNames);

    ApiResponse list(const Call &call);
    ApiResponse get(const Call &call, const QString &id);
    ApiResponse create(const Call &call);
    ApiResponse update(const Call &call, const QString &id);
    ApiResponse remove(const Call &call, const QString &id);

private:
    // The key with `id` when it belongs to the caller's organization.
    std::optional<StoredKey> ownKey(const Call &call, const QString &id) const;
    QByteArray toJson(const QJsonObject &object, bool pretty) const;
    static QJsonObject links(const QString &href);
    ApiResponse notFound(const Call &call, const QString &id) const;
    ApiResponse persistFailed(const Call &call) const;

    QByteArray prettyList(const Call &call) const;
    QByteArray compactList(const Call &call);

    struct CachedList
    {
        quint64 generation = 0;
        QByteArray body;
    };
    struct CachedKey
    {
        ApiKey key;
        QByteArray json; // compact, in m_dialect
    };

    KeyStore &m_store;
    Dialect m_dialect;
    bool m_uniqueNames;
    QHash<QString, CachedList> m_listCache; // organization + format + self link
    QHash<QString, CachedKey> m_keyJson;    // key id -> its JSON
};

} // namespace discue
