// ApiKeyCodec with the contract's own examples and both dialects: what the docs show must
// decode to the right keys, request bodies must carry only what changed and never a protected
// scope, and the emulator's key objects must read back unchanged.
#include "ApiKeyCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QString idA = u"_Tzrg1O3jk4_FZTAEThNq"_s;
const QString idB = u"MbCS6UB_m7NdvyDOE8stT"_s;

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning() << "not a JSON object:" << error.errorString();
    return document.object();
}

// The key the docs' GET example describes.
ApiKey docsKey()
{
    ApiKey key;
    key.id = idB;
    key.name = u"my-api-key"_s;
    key.status = KeyStatus::Enabled;
    key.keyPrefix = u"ep1"_s;
    key.scopes = {ApiKeyScope::make(Resource::Queues, Access::Write, {u"*"_s}),
                  ApiKeyScope::make(Resource::Listeners, Access::Write, {idA}),
                  ApiKeyScope::make(Resource::Messages, Access::Read, {u"*"_s})};
    key.createdAt = 1700000000000;
    key.updatedAt = 1700000500000;
    return key;
}

} // namespace

class TestApiKeyCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docsPutBodyWithTheThreeScopes()
    {
        ApiKey before = docsKey();
        before.scopes = {ApiKeyScope::make(Resource::Events, Access::Read)};
        const auto body = ApiKeyCodec::encodeUpdateBody(before, docsKey(), Dialect::Docs);
        QVERIFY(body.has_value());
        const QJsonObject expected = parseObject(
            "{\"scopes\": ["
            "{\"resource\": \"queues\", \"access\": \"write\", \"targets\": [\"*\"]},"
            "{\"resource\": \"listeners\", \"access\": \"write\", \"targets\": "
            "[\"_Tzrg1O3jk4_FZTAEThNq\"]},"
            "{\"resource\": \"messages\", \"access\": \"read\", \"targets\": [\"*\"]}]}"_ba);
        QCOMPARE(parseObject(*body), expected);
    }

    void docsCreateResponse()
    {
        const auto created = ApiKeyCodec::decodeCreated(
            "{\"api_key\": \"EPLPXwVOdhCxc4lylNpMeDM0_GhnCAZg3tFrWtZbb0cYQ7NCyRVfaN-O9rItf5kw\","
            "\"_links\": {\"self\": {\"href\": "
            "\"https://api.discue.io/v1/api_keys/MbCS6UB_m7NdvyDOE8stT\"}}}");
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QCOMPARE(created.value().secret.size(), 64);
        QVERIFY(created.value().secret.startsWith(u"EPLPXwVOdh"));
        QCOMPARE(created.value().id, idB);
        QCOMPARE(created.value().selfLink,
                 u"https://api.discue.io/v1/api_keys/MbCS6UB_m7NdvyDOE8stT"_s);
        QVERIFY(!created.value().key.has_value());
    }

    void providerCreateResponseKeepsTheSecretOutOfTheKey()
    {
        const auto created = ApiKeyCodec::decodeCreated(
            "{\"api_key\": {\"id\": \"MbCS6UB_m7NdvyDOE8stT\", \"alias\": \"ci\", \"status\": "
            "\"enabled\","
            "\"key\": \"EPLPXwVOdhCxc4lylNpMeDM0_GhnCAZg3tFrWtZbb0cYQ7NCyRVfaN-O9rItf5kw\","
            "\"scopes\": {\"queues\": {\"access\": \"write\", \"targets\": [\"*\"]}}}}");
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QCOMPARE(created.value().id, idB);
        QVERIFY(created.value().secret.startsWith(u"EPLPXwVOdh"));
        QVERIFY(created.value().key.has_value());
        QCOMPARE(created.value().key->name, u"ci"_s);
        QVERIFY(created.value().key->keyPrefix.isEmpty());
    }

    void createResponseWithoutAnIdStillYieldsTheSecret()
    {
        const auto created = ApiKeyCodec::decodeCreated("{\"api_key\": \"s3cr3t-value\"}");
        QVERIFY(created.ok());
        QCOMPARE(created.value().secret, u"s3cr3t-value"_s);
        QVERIFY(created.value().id.isEmpty());
        QVERIFY(!ApiKeyCodec::decodeCreated("{\"api_key\": \"\"}").ok());
        QVERIFY(!ApiKeyCodec::decodeCreated("{\"api_key\": 42}").ok());
    }

    void docsGetResponse()
    {
        const auto document = ApiKeyCodec::decodeKeyDocument(
            "{"
            "\"api_key\": {"
            "\"id\": \"MbCS6UB_m7NdvyDOE8stT\", \"name\": \"my-api-key\", \"status\": \"enabled\","
            "\"key\": \"ep1\","
            "\"scopes\": ["
            "{\"resource\": \"queues\", \"access\": \"write\", \"targets\": [\"*\"]},"
            "{\"resource\": \"listeners\", \"access\": \"write\", \"targets\": "
            "[\"_Tzrg1O3jk4_FZTAEThNq\"]},"
            "{\"resource\": \"messages\", \"access\": \"read\", \"targets\": [\"*\"]}],"
            "\"created_at\": 1700000000000, \"updated_at\": 1700000500000, \"last_used_at\": null},"
            "\"_links\": {\"self\": {\"href\": "
            "\"https://api.discue.io/v1/api_keys/MbCS6UB_m7NdvyDOE8stT\"}}}");
        QVERIFY2(document.ok(), qPrintable(document.error().toString()));
        QCOMPARE(document.value().key, docsKey());
        QCOMPARE(document.value().dialect, Dialect::Docs);
        QCOMPARE(document.value().selfLink,
                 u"https://api.discue.io/v1/api_keys/MbCS6UB_m7NdvyDOE8stT"_s);
    }

    void providerDialectDecodesToTheSameModel()
    {
        const auto list = ApiKeyCodec::decodeList(
            "{\"api_keys\": [{"
            "\"id\": \"MbCS6UB_m7NdvyDOE8stT\", \"alias\": \"my-api-key\", \"status\": "
            "\"enabled\", \"key\": \"ep1\","
            "\"scopes\": {\"queues\": {\"access\": \"write\", \"targets\": \"*\"},"
            "\"listeners\": {\"access\": \"write\", \"targets\": [\"_Tzrg1O3jk4_FZTAEThNq\"]},"
            "\"messages\": {\"access\": \"read\", \"targets\": []}},"
            "\"created_at\": 1700000000000, \"updated_at\": 1700000500000}],"
            "\"_links\": {\"self\": \"https://api.discue.io/v1/api_keys\"}}");
        QVERIFY2(list.ok(), qPrintable(list.error().toString()));
        QCOMPARE(list.value().keys.size(), 1);
        QCOMPARE(list.value().keys.first(), docsKey());
        QCOMPARE(list.value().dialect, Dialect::Provider);
        QCOMPARE(list.value().selfLink, u"https://api.discue.io/v1/api_keys"_s);
        QVERIFY(list.value().skipped.isEmpty());
    }

    void docsErrorBody()
    {
        const auto error =
            ApiKeyCodec::decodeError("{\"title\":\"Unprocessable Entity\",\"status\":422}");
        QVERIFY(error.ok());
        QCOMPARE(error.value().status, 422);
        QCOMPARE(error.value().title, u"Unprocessable Entity"_s);
        QVERIFY(error.value().detail.isEmpty());
    }

    void problemJsonErrorBody()
    {
        const auto error = ApiKeyCodec::decodeError(
            "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no api "
            "key MbCS6UB_m7NdvyDOE8stT\"}");
        QVERIFY(error.ok());
        QCOMPARE(error.value().status, 404);
        QCOMPARE(error.value().detail, u"no api key MbCS6UB_m7NdvyDOE8stT"_s);
    }

    void errorBodiesThatAreNoErrorDescription_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << "<html><body>502 Bad Gateway</body></html>"_ba;
        QTest::newRow("plain text") << "rate limited"_ba;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unrelated object") << "{\"hello\": \"world\"}"_ba;
        QTest::newRow("status as text") << "{\"title\": \"Bad\", \"status\": \"400\"}"_ba;
        QTest::newRow("status out of range") << "{\"status\": 42}"_ba;
    }
    void errorBodiesThatAreNoErrorDescription()
    {
        QFETCH(QByteArray, body);
        const auto error = ApiKeyCodec::decodeError(body);
        QVERIFY(!error.ok());
        QVERIFY(!error.error().message.isEmpty());
    }

    void tolerantReading_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<bool>("hasCreatedAt");
        QTest::newRow("bare * targets")
            << "{\"id\":\"a\",\"scopes\":[{\"resource\":\"queues\",\"access\":\"read\",\"targets\":\"*\"}]}"_ba
            << QStringList{u"*"_s} << false;
        QTest::newRow("empty targets")
            << "{\"id\":\"a\",\"scopes\":[{\"resource\":\"queues\",\"access\":\"read\",\"targets\":[]}]}"_ba
            << QStringList{u"*"_s} << false;
        QTest::newRow("absent targets")
            << "{\"id\":\"a\",\"scopes\":[{\"resource\":\"queues\",\"access\":\"read\"}]}"_ba
            << QStringList{u"*"_s} << false;
        QTest::newRow("ids kept in order")
            << "{\"id\":\"a\",\"scopes\":[{\"resource\":\"queues\",\"access\":\"read\",\"targets\":[\"MbCS6UB_m7NdvyDOE8stT\",\"_Tzrg1O3jk4_FZTAEThNq\"]}]}"_ba
            << QStringList{idB, idA} << false;
        QTest::newRow("null timestamps")
            << "{\"id\":\"a\",\"created_at\":null,\"updated_at\":null,\"last_used_at\":null,\"scopes\":[{\"resource\":\"queues\",\"access\":\"read\",\"targets\":[\"*\"]}]}"_ba
            << QStringList{u"*"_s} << false;
        QTest::newRow("unknown fields")
            << "{\"id\":\"a\",\"colour\":\"blue\",\"nested\":{\"x\":[1,2]},\"created_at\":5,\"scopes\":[{\"resource\":\"queues\",\"access\":\"read\",\"targets\":[\"*\"],\"extra\":true}]}"_ba
            << QStringList{u"*"_s} << true;
        QTest::newRow("double timestamp")
            << "{\"id\":\"a\",\"created_at\":1.7e12,\"scopes\":[{\"resource\":\"queues\",\"access\":\"read\"}]}"_ba
            << QStringList{u"*"_s} << true;
    }
    void tolerantReading()
    {
        QFETCH(QByteArray, key);
        QFETCH(QStringList, targets);
        QFETCH(bool, hasCreatedAt);
        const auto document =
            ApiKeyCodec::decodeKeyDocument(QByteArray("{\"api_key\":"_ba + key + '}'));
        QVERIFY2(document.ok(), qPrintable(document.error().toString()));
        const ApiKey &decoded = document.value().key;
        QCOMPARE(decoded.id, u"a"_s);
        QCOMPARE(decoded.scopes.size(), 1);
        QCOMPARE(decoded.scopes.first().resource, Resource::Queues);
        QCOMPARE(decoded.scopes.first().targets, targets);
        QCOMPARE(decoded.createdAt.has_value(), hasCreatedAt);
        QVERIFY(!decoded.lastUsedAt.has_value());
    }

    void unknownResourcesSurviveByName()
    {
        const auto document = ApiKeyCodec::decodeKeyDocument(
            "{\"api_key\":{\"id\":\"a\",\"alias\":\"x\",\"scopes\":{\"channels\":{\"access\":"
            "\"write\",\"targets\":[\"*\"]},\"queues\":{\"access\":\"read\",\"targets\":[\"*\"]}}}"
            "}");
        QVERIFY(document.ok());
        const ApiKeyScope &channels = document.value().key.scopes.first();
        QCOMPARE(channels.resource, Resource::Unknown);
        QCOMPARE(channels.resourceName, u"channels"_s);
        QCOMPARE(channels.access, Access::Write);
    }

    void listSkipsAKeyWithoutIdAndSaysWhere()
    {
        const auto list =
            ApiKeyCodec::decodeList("{\"api_keys\": ["
                                    "{\"id\": \"MbCS6UB_m7NdvyDOE8stT\", \"name\": \"one\"},"
                                    "{\"name\": \"no id\"},"
                                    "{\"id\": \"_Tzrg1O3jk4_FZTAEThNq\", \"name\": \"three\", "
                                    "\"scopes\": [{\"resource\": \"queues\", \"access\": 7}]},"
                                    "{\"id\": \"_Tzrg1O3jk4_FZTAEThNq\", \"name\": \"four\"}]}");
        QVERIFY(list.ok());
        QCOMPARE(list.value().keys.size(), 2);
        QCOMPARE(list.value().keys.last().name, u"four"_s);
        QCOMPARE(list.value().skipped.size(), 2);
        QCOMPARE(list.value().skipped.at(0).field, u"api_keys[1].id"_s);
        QCOMPARE(list.value().skipped.at(1).field, u"api_keys[2].scopes[0].access"_s);
        QVERIFY(
            list.value().skipped.at(1).toString().startsWith(u"api_keys[2].scopes[0].access: "));
    }

    void hundredThousandKeys()
    {
        QByteArray json = "{\"api_keys\":["_ba;
        json.reserve(40 * 1024 * 1024);
        constexpr int count = 100000;
        for (int i = 0; i < count; ++i) {
            if (i)
                json += ',';
            const QByteArray id = QByteArray::number(i).rightJustified(21, '0');
            json +=
                "{\"id\":\"" + id + "\",\"name\":\"key " + QByteArray::number(i) +
                "\",\"status\":\"enabled\",\"key\":\"ep1\",\"created_at\":1700000000000,\"updated_"
                "at\":null,"
                "\"scopes\":[{\"resource\":\"queues\",\"access\":\"write\",\"targets\":[\"*\"]},"
                "{\"resource\":\"listeners\",\"access\":\"read\",\"targets\":[\"_Tzrg1O3jk4_"
                "FZTAEThNq\",\"MbCS6UB_m7NdvyDOE8stT\"]},"
                "{\"resource\":\"messages\",\"access\":\"read\",\"targets\":\"*\"}]}";
        }
        json += "],\"_links\":{\"self\":{\"href\":\"http://127.0.0.1/v1/api_keys\"}}}";
        const auto list = ApiKeyCodec::decodeList(json);
        QVERIFY(list.ok());
        QCOMPARE(list.value().keys.size(), count);
        QVERIFY(list.value().skipped.isEmpty());
        QCOMPARE(list.value().keys.first().id, u"000000000000000000000"_s);
        QCOMPARE(list.value().keys.last().id, u"000000000000000099999"_s);
        QCOMPARE(list.value().keys.last().name, u"key 99999"_s);
        QCOMPARE(list.value().keys.last().scopes.at(1).targets, (QStringList{idA, idB}));
    }

    void aLongListReadsInOrderWithBadEntriesNamedInBothHalves()
    {
        // Long lists are read in two halves on two threads: the result must not show it.
        constexpr int count = 5000;
        QByteArray json = "{\"api_keys\":["_ba;
        for (int i = 0; i < count; ++i) {
            if (i)
                json += ',';
            const QByteArray id = QByteArray::number(i).rightJustified(21, '0');
            if (i == 7 || i == 4321) // a key without an id, one in each half
                json += "{\"name\":\"broken " + QByteArray::number(i) + "\"}";
            else if (i < 4000) // docs dialect names, but nothing that reveals the dialect
                json += "{\"id\":\"" + id + "\",\"name\":\"key " + QByteArray::number(i) + "\"}";
            else // the provider dialect's object scopes, only in the second half
                json += "{\"id\":\"" + id + "\",\"alias\":\"key " + QByteArray::number(i) +
                        "\",\"scopes\":{\"queues\":{\"access\":\"read\",\"targets\":[\"*\"]}}}";
        }
        json += "]}";
        const auto list = ApiKeyCodec::decodeList(json);
        QVERIFY(list.ok());
        QCOMPARE(list.value().keys.size(), count - 2);
        QCOMPARE(list.value().skipped.size(), 2);
        QCOMPARE(list.value().skipped.at(0).field, u"api_keys[7].id"_s);
        QCOMPARE(list.value().skipped.at(1).field, u"api_keys[4321].id"_s);
        for (qsizetype i = 1; i < list.value().keys.size(); ++i)
            QVERIFY(list.value().keys.at(i - 1).id < list.value().keys.at(i).id);
        QCOMPARE(list.value().keys.at(7).name, u"key 8"_s);
        QCOMPARE(list.value().keys.last().name, u"key 4999"_s);
        QCOMPARE(list.value().keys.last().scopes.size(), 1);
        QCOMPARE(list.value().dialect, Dialect::Provider);
    }

    void emulatorKeyObjectsReadBack_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::newRow("docs") << Dialect::Docs;
        QTest::newRow("provider") << Dialect::Provider;
    }
    void emulatorKeyObjectsReadBack()
    {
        QFETCH(Dialect, dialect);
        ApiKey key = docsKey();
        key.status = KeyStatus::Disabled;
        key.scopes.append(ApiKeyScope::make(Resource::ApiKeys, Access::Read));
        key.scopes.append(ApiKeyScope{Resource::Unknown, u"topics"_s, Access::Read, {u"*"_s}});
        key.lastUsedAt = 1700000900000;
        key.updatedAt.reset();
        const QJsonObject object = ApiKeyCodec::encodeKey(key, dialect);
        QVERIFY(object.value(u"updated_at").isNull());
        QCOMPARE(object.value(u"created_at").toInteger(), 1700000000000);
        QVERIFY(object.contains(dialect == Dialect::Docs ? u"name"_s : u"alias"_s));
        const QByteArray json = QJsonDocument(QJsonObject{{u"api_key"_s, object}}).toJson();
        const auto document = ApiKeyCodec::decodeKeyDocument(json);
        QVERIFY2(document.ok(), qPrintable(document.error().toString()));
        QCOMPARE(document.value().dialect, dialect);
        ApiKey decoded = document.value().key;
        // Object keys have no order: compare the provider dialect's scopes as a set.
        const auto byName = [](const ApiKeyScope &a, const ApiKeyScope &b) {
            return a.resourceName < b.resourceName;
        };
        std::sort(decoded.scopes.begin(), decoded.scopes.end(), byName);
        std::sort(key.scopes.begin(), key.scopes.end(), byName);
        QCOMPARE(decoded, key);
    }

    void selfLinks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("link");
        QTest::newRow("object")
            << "{\"_links\":{\"self\":{\"href\":\"https://x/v1/api_keys/abc\"}}}"_ba
            << u"https://x/v1/api_keys/abc"_s;
        QTest::newRow("string") << "{\"_links\":{\"self\":\"https://x/v1/api_keys/abc\"}}"_ba
                                << u"https://x/v1/api_keys/abc"_s;
    }
    void selfLinks()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, link);
        const auto decoded = ApiKeyCodec::decodeSelfLink(body);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), link);
        QVERIFY(!ApiKeyCodec::decodeSelfLink("{\"_links\":{}}").ok());
        QVERIFY(!ApiKeyCodec::decodeSelfLink("{\"_links\":{\"self\":5}}").ok());
    }

    void idFromSelfLink_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("id");
        QTest::newRow("docs") << u"https://api.discue.io/v1/api_keys/MbCS6UB_m7NdvyDOE8stT"_s
                              << idB;
        QTest::newRow("no v1") << u"http://127.0.0.1:8080/api_keys/MbCS6UB_m7NdvyDOE8stT"_s << idB;
        QTest::newRow("trailing slash")
            << u"https://api.discue.io/v1/api_keys/MbCS6UB_m7NdvyDOE8stT/"_s << idB;
        QTest::newRow("query")
            << u"https://api.discue.io/v1/api_keys/MbCS6UB_m7NdvyDOE8stT?pretty=true"_s << idB;
        QTest::newRow("relative") << u"/v1/api_keys/MbCS6UB_m7NdvyDOE8stT"_s << idB;
        QTest::newRow("bare id") << idB << idB;
        QTest::newRow("collection link") << u"https://api.discue.io/v1/api_keys"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void idFromSelfLink()
    {
        QFETCH(QString, href);
        QFETCH(QString, id);
        QCOMPARE(ApiKeyCodec::idFromSelfLink(href), id);
    }

    void dialectWireNames()
    {
        for (Dialect dialect : {Dialect::Docs, Dialect::Provider})
            QCOMPARE(dialectFromWireName(dialectWireName(dialect)), dialect);
        QCOMPARE(dialectWireName(Dialect::Docs), u"docs"_s);
        QVERIFY(!dialectFromWireName(u"terraform").has_value());
    }

    void codecErrorText()
    {
        QCOMPARE((CodecError{u"api_keys[3].scopes[0].access"_s, 812, u"Expected a string."_s})
                     .toString(),
                 u"api_keys[3].scopes[0].access: Expected a string. (byte 812)"_s);
        QCOMPARE((CodecError{QString(), -1, u"The body is empty."_s}).toString(),
                 u"The body is empty."_s);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyCodec)
#include "tst_apikeycodec.moc"
