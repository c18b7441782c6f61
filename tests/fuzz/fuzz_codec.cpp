// libFuzzer target for ApiKeyCodec: every decoder gets the same bytes and must return a value
// or an error, never crash, hang or leak. Whatever decodes must survive the round trip through
// the emulator's encoder unchanged, and no request body built from it may carry a protected
// scope. Run: fuzz_codec -max_total_time=120 tests/fuzz/corpus/codec
#include "ApiKeyCodec.h"
#include "ScopePolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_codec invariant broken: %s\n", what);
    std::abort();
}

// Decoding what the encoder wrote (docs dialect: arrays keep order and duplicates) must give
// back the same key.
void checkRoundTrip(const ApiKey &key)
{
    const QJsonObject wrapped{{u"api_key"_s, ApiKeyCodec::encodeKey(key, Dialect::Docs)}};
    const QByteArray json = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    const auto again = ApiKeyCodec::decodeKeyDocument(json);
    if (!again.ok())
        fail("an encoded key does not decode");
    if (!(again.value().key == key))
        fail("an encoded key decodes to a different key");
}

void checkNoProtectedScopeIsSent(const QByteArray &body)
{
    const QJsonArray scopes = QJsonDocument::fromJson(body).object().value(u"scopes").toArray();
    for (const QJsonValue &scope : scopes) {
        const Resource resource =
            resourceFromWireName(scope.toObject().value(u"resource").toString());
        if (ScopePolicy::isProtected(resource))
            fail("a request body carries a protected scope");
    }
}

void checkKey(const ApiKey &key)
{
    if (key.id.isEmpty())
        fail("a decoded key has no id");
    checkRoundTrip(key);
    checkNoProtectedScopeIsSent(ApiKeyCodec::encodeCreateBody(key, Dialect::Docs));
    if (const auto body = ApiKeyCodec::encodeUpdateBody(ApiKey(), key, Dialect::Docs))
        checkNoProtectedScopeIsSent(*body);
    (void)ScopePolicy::check(key, &key);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto list = ApiKeyCodec::decodeList(bytes); list.ok()) {
        for (const ApiKey &key : list.value().keys)
            checkKey(key);
    } else if (list.error().message.isEmpty()) {
        fail("an error without a message");
    }
    if (const auto document = ApiKeyCodec::decodeKeyDocument(bytes); document.ok())
        checkKey(document.value().key);
    if (const auto created = ApiKeyCodec::decodeCreated(bytes); created.ok()) {
        if (created.value().secret.isEmpty())
            fail("a created key without a secret");
        if (created.value().key && !created.value().key->keyPrefix.isEmpty())
            fail("a created key object keeps the secret as its prefix");
    }
    (void)ApiKeyCodec::decodeError(bytes);
    if (const auto link = ApiKeyCodec::decodeSelfLink(bytes); link.ok())
        (void)ApiKeyCodec::idFromSelfLink(link.value());
    return 0;
}
