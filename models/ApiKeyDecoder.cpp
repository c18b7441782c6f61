// The decoding half of ApiKeyCodec: response bodies of both dialects into domain values.
// Every function parses with its own JsonReader (simdjson), so they are reentrant and may run
// on any thread; none throws, and none returns a half-filled value.
#include "ApiKeyCodec.h"
#include "ApiKeyReader.h"
#include "JsonReader.h"
#include "SecondThread.h"

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

using simdjson::dom::element_type;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyCodec)
};

// Parses `json` and hands back its top-level object, or the error.
MaybeError rootObject(JsonReader &reader, QByteArrayView json, simdjson::dom::object &object)
{
    if (MaybeError problem = reader.parse(json))
        return problem;
    return JsonReader::readObject(reader.root(), JsonPath{}, object);
}

struct KeyRun
{
    QList<ApiKey> keys;
    QList<CodecError> skipped;
    std::optional<Dialect> dialect;
};

// Reads items[first, last) of the api_keys array.
KeyRun readKeys(const std::vector<simdjson::dom::element> &items, size_t first, size_t last,
                const JsonPath &keysPath)
{
    KeyRun run;
    ApiKeyReader keyReader;
    run.keys.reserve(qsizetype(last - first));
    ApiKey key;
    for (size_t index = first; index < last; ++index) {
        // One unreadable entry must not hide the others: skip it and say why.
        if (MaybeError problem =
                keyReader.read(items[index], keysPath.element(qsizetype(index)), key))
            run.skipped.append(std::move(*problem));
        else
            run.keys.append(std::move(key));
    }
    run.dialect = keyReader.dialect();
    return run;
}

} // namespace

namespace ApiKeyCodec {

Decoded<ApiKeyList> decodeList(QByteArrayView json)
{
    JsonReader reader;
    simdjson::dom::object document;
    if (MaybeError problem = rootObject(reader, json, document))
        return *problem;

    const JsonPath root;
    const JsonPath keysPath = root.member("api_keys");
    simdjson::dom::element keysElement;
    if (document.at_key("api_keys").get(keysElement) != simdjson::SUCCESS)
        return JsonReader::error(keysPath, Tr::tr("The response has no \"api_keys\" list."));
    simdjson::dom::array keys;
    if (MaybeError problem = JsonReader::readArray(keysElement, keysPath, keys))
        return *problem;

    ApiKeyList list;
    if (MaybeError problem = JsonReader::readSelfLink(document, root, list.selfLink))
        return *problem;

    // Reading 100,000 keys into Qt strings takes most of the decode: two threads share
    // large lists, each with its own reader, in halves that are joined in order.
    std::vector<simdjson::dom::element> items(keys.begin(), keys.end());
    const size_t half =
        items.size() >= size_t(keysWorthASecondThread) ? items.size() / 2 : items.size();
    std::future<KeyRun> secondHalf = onSecondThread(half < items.size(), [&items, &keysPath, half] {
        return readKeys(items, half, items.size(), keysPath);
    });
    KeyRun run = readKeys(items, 0, half, keysPath);
    if (half < items.size()) {
        KeyRun rest = secondHalf.get();
        run.keys.append(std::move(rest.keys));
        run.skipped.append(std::move(rest.skipped));
        if (!run.dialect)
            run.dialect = rest.dialect;
    }
    list.keys = std::move(run.keys);
    list.skipped = std::move(run.skipped);
    list.dialect = run.dialect.value_or(Dialect::Docs);
    return list;
}

Decoded<ApiKeyDocument> decodeKeyDocument(QByteArrayView json)
{
    JsonReader reader;
    simdjson::dom::object document;
    if (MaybeError problem = rootObject(reader, json, document))
        return *problem;

    const JsonPath root;
    const JsonPath keyPath = root.member("api_key");
    simdjson::dom::element keyElement;
    if (document.at_key("api_key").get(keyElement) != simdjson::SUCCESS)
        return JsonReader::error(keyPath, Tr::tr("The response has no \"api_key\"."));

    ApiKeyDocument result;
    ApiKeyReader keyReader;
    if (MaybeError problem = keyReader.read(keyElement, keyPath, result.key))
        return *problem;
    if (MaybeError problem = JsonReader::readSelfLink(document, root, result.selfLink))
        return *problem;
    result.dialect = keyReader.dialect().value_or(Dialect::Docs);
    return result;
}

Decoded<CreatedKey> decodeCreated(QByteArrayView json)
{
    JsonReader reader;
    simdjson::dom::object document;
    if (MaybeError problem = rootObject(reader, json, document))
        return *problem;

    const JsonPath root;
    const JsonPath keyPath = root.member("api_key");
    CreatedKey created;
    if (MaybeError problem = JsonReader::readSelfLink(document, root, created.selfLink))
        return *problem;
    if (!created.selfLink.isEmpty())
        created.id = idFromSelfLink(created.selfLink);

    simdjson::dom::element keyElement;
    if (document.at_key("api_key").get(keyElement) != simdjson::SUCCESS)
        return JsonReader::error(keyPath, Tr::tr("The response has no \"api_key\"."));

    if (keyElement.type() == element_type::STRING) {
        // Docs dialect: the bare secret; the id only in the self link.
        if (MaybeError problem = JsonReader::readString(keyElement, keyPath, created.secret))
            return *problem;
    } else {
        // Provider dialect: {"id", "key": "<secret>", ...}.
        simdjson::dom::object keyObject;
        if (keyElement.get_object().get(keyObject) != simdjson::SUCCESS)
            return JsonReader::typeError(keyPath, keyElement, Tr::tr("a string or an object"));
        simdjson::dom::element secret;
        const JsonPath secretPath = keyPath.member("key");
        if (keyObject.at_key("key").get(secret) != simdjson::SUCCESS)
            return JsonReader::error(secretPath, Tr::tr("The new key's secret is missing."));
        if (MaybeError problem = JsonReader::readString(secret, secretPath, created.secret))
            return *problem;
        ApiKey key;
        ApiKeyReader keyReader;
        // The secret is shown once and never again: a key object that cannot be read in full
        // must not cost the user the secret, so only a fully read object is kept.
        if (!keyReader.read(keyElement, keyPath, key)) {
            key.keyPrefix.clear(); // here "key" held the secret, not a prefix
            created.id = key.id;
            created.key = std::move(key);
        } else {
            simdjson::dom::element id;
            QString idText;
            if (keyObject.at_key("id").get(id) == simdjson::SUCCESS &&
                !JsonReader::readString(id, keyPath.member("id"), idText) && !idText.isEmpty())
                created.id = idText;
        }
    }
    if (created.secret.isEmpty())
        return JsonReader::error(keyPath, Tr::tr("The new key's secret is empty."));
    // An empty id is still a success: the secret must reach the user, and a re-read of the
    // list shows the new key.
    return created;
}

Decoded<ErrorBody> decodeError(QByteArrayView json)
{
    JsonReader reader;
    simdjson::dom::object document;
    if (MaybeError problem = rootObject(reader, json, document))
        return *problem;

    const JsonPath root;
    ErrorBody body;
    bool recognised = false;
    QString message;
    for (const simdjson::dom::key_value_pair field : document) {
        const std::string_view name = field.key;
        const JsonPath fieldPath = root.member(name);
        MaybeError problem;
        if (name == "title") {
            problem = JsonReader::readOptionalString(field.value, fieldPath, body.title,
                                                     JsonReader::maxTextBytes);
            recognised = true;
        } else if (name == "detail") {
            problem = JsonReader::readOptionalString(field.value, fieldPath, body.detail,
                                                     JsonReader::maxTextBytes);
            recognised = true;
        } else if (name == "message") {
            // Not in the contract, but what proxies and frameworks often send instead.
            problem = JsonReader::readOptionalString(field.value, fieldPath, message,
                                                     JsonReader::maxTextBytes);
            recognised = true;
        } else if (name == "status") {
            int64_t status = 0;
            if (JsonReader::isNull(field.value))
                continue;
            if (field.value.get_int64().get(status) != simdjson::SUCCESS)
                problem =
                    JsonReader::typeError(fieldPath, field.value, Tr::tr("an HTTP status code"));
            else if (status < 100 || status > 599)
                problem = JsonReader::error(fieldPath,
                                            Tr::tr("%1 is not an HTTP status code.").arg(status));
            else
                body.status = int(status);
            recognised = true;
        }
        if (problem)
            return *problem;
    }
    if (!recognised) {
        return JsonReader::error(root, Tr::tr("The body has none of \"title\", \"status\" and "
                                              "\"detail\"; it is not an error description."));
    }
    if (body.detail.isEmpty())
        body.detail = message;
    return body;
}

Decoded<QString> decodeSelfLink(QByteArrayView json)
{
    JsonReader reader;
    simdjson::dom::object document;
    if (MaybeError problem = rootObject(reader, json, document))
        return *problem;
    QString link;
    if (MaybeError problem = JsonReader::readSelfLink(document, JsonPath{}, link))
        return *problem;
    if (link.isEmpty()) {
        const JsonPath root;
        return JsonReader::error(root.member("_links"), Tr::tr("The response has no self link."));
    }
    return link;
}

} // namespace ApiKeyCodec
} // namespace discue
