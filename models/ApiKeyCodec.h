// ApiKeyCodec: bytes <-> domain values for the api_keys API, both dialects (discue-api.md
// §2). Decoding is a tolerant reader (alias/name, scopes as array or object, bare "*"
// targets, _links.self as object or string, null timestamps, unknown fields) built on
// simdjson; it is reentrant and safe to call from any thread. Encoding builds request bodies
// and, for the emulator, response objects.
#pragma once

#include "ApiKey.h"
#include "Decoded.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace discue {

// Docs: {"name", "scopes": [{resource, access, targets}]}.
// Provider: {"alias", "scopes": {"<resource>": {access, targets}}} (Terraform provider, 2024).
enum class Dialect
{
    Docs,
    Provider
};

QString dialectWireName(Dialect dialect); // "docs", "provider"
std::optional<Dialect> dialectFromWireName(QStringView name);

// GET /api_keys
struct ApiKeyList
{
    QList<ApiKey> keys;
    QString selfLink;
    Dialect dialect = Dialect::Docs; // as detected from the scopes' shape
    // Entries that could not be read (no id, a wrong type anywhere inside) are skipped and
    // reported here with their path ("api_keys[3].scopes[0].access"), so one bad element never
    // hides the other keys.
    QList<CodecError> skipped;
};

// GET /api_keys/{id}, and the emulator's PUT answer: {"api_key": ApiKey, "_links": ...}
struct ApiKeyDocument
{
    ApiKey key;
    QString selfLink;
    Dialect dialect = Dialect::Docs;
};

// POST /api_keys: the secret, shown once. Docs dialect: {"api_key": "<secret>", "_links":
// {"self": ".../api_keys/<id>"}}; provider dialect: {"api_key": {"id", "key", ...}}.
struct CreatedKey
{
    QString secret;
    // Empty when the response named none: the secret still reaches the user, and a re-read
    // of the list shows the new key.
    QString id;
    QString selfLink;
    std::optional<ApiKey> key; // when the server sent the key object
};

// Error bodies: {"title", "status"} plus optional "detail"; problem+json tolerated.
struct ErrorBody
{
    int status = 0;
    QString title;
    QString detail;
};

namespace ApiKeyCodec {

// Strings longer than 4 KiB (64 KiB for links and error texts) and nesting deeper than 1024
// levels are decode errors; so are non-JSON, truncated, non-UTF-8 and empty bodies.
Decoded<ApiKeyList> decodeList(QByteArrayView json);
Decoded<ApiKeyDocument> decodeKeyDocument(QByteArrayView json);
Decoded<CreatedKey> decodeCreated(QByteArrayView json);
Decoded<ErrorBody> decodeError(QByteArrayView json);
// Any success body that carries _links.self (delete, docs-dialect update).
Decoded<QString> decodeSelfLink(QByteArrayView json);

// The last path segment of a self link: ".../v1/api_keys/MbCS6UB_m7NdvyDOE8stT" -> the id.
QString idFromSelfLink(QStringView href);

// One key as the server shows it (emulator responses). Protected scopes included.
QJsonObject encodeKey(const ApiKey &key, Dialect dialect);
// Scopes as the dialect writes them; protected ones are dropped unless includeProtected.
QJsonValue encodeScopes(const QList<ApiKeyScope> &scopes, Dialect dialect,
                        bool includeProtected = false);

// POST body: name, status and scopes of a draft. Protected scopes are never included.
QByteArray encodeCreateBody(const ApiKey &draft, Dialect dialect);
// PUT body with only what changed from `before` to `after`: name and status when changed;
// scopes only when the settable scopes changed, then the whole array without protected
// scopes. Scopes on unknown resources that `before` carried are kept in that array even when
// `after` lost them. std::nullopt when nothing changed.
std::optional<QByteArray> encodeUpdateBody(const ApiKey &before, const ApiKey &after,
                                           Dialect dialect);

} // namespace ApiKeyCodec
} // namespace discue
