// Hostile and broken response bodies: every one must come back as an error value that says
// what is wrong and where - never a crash, an exception or a silently default key.
#include "ApiKeyCodec.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QByteArray goodKey =
    "{\"id\":\"MbCS6UB_m7NdvyDOE8stT\",\"name\":\"ci\",\"status\":\"enabled\",\"key\":\"ep1\","
    "\"scopes\":[{\"resource\":\"queues\",\"access\":\"write\",\"targets\":[\"*\"]}],\"created_at\":1,\"updated_at\":2,\"last_used_at\":3}"_ba;

QByteArray document(const QByteArray &key)
{
    return "{\"api_key\":"_ba + key +
           ",\"_links\":{\"self\":{\"href\":\"https://x/v1/api_keys/a\"}}}"_ba;
}

} // namespace

class TestCodecRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theGoodKeyDecodes()
    {
        // The baseline the broken variants below are made from.
        QVERIFY(ApiKeyCodec::decodeKeyDocument(document(goodKey)).ok());
    }

    void wrongTypeInEveryField_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("id number") << "\"id\":\"MbCS6UB_m7NdvyDOE8stT\""_ba
                                   << "\"id\":17"_ba << u"api_key.id"_s;
        QTest::newRow("id null") << "\"id\":\"MbCS6UB_m7NdvyDOE8stT\""_ba
                                 << "\"id\":null"_ba << u"api_key.id"_s;
        QTest::newRow("id empty") << "\"id\":\"MbCS6UB_m7NdvyDOE8stT\""_ba
                                  << "\"id\":\"\""_ba << u"api_key.id"_s;
        QTest::newRow("id missing")
            << "\"id\":\"MbCS6UB_m7NdvyDOE8stT\","_ba << QByteArray() << u"api_key.id"_s;
        QTest::newRow("name array") << "\"name\":\"ci\""_ba
                                    << "\"name\":[\"ci\"]"_ba << u"api_key.name"_s;
        QTest::newRow("status bool") << "\"status\":\"enabled\""_ba
                                     << "\"status\":true"_ba << u"api_key.status"_s;
        QTest::newRow("status unknown") << "\"status\":\"enabled\""_ba
                                        << "\"status\":\"revoked\""_ba << u"api_key.status"_s;
        QTest::newRow("key object") << "\"key\":\"ep1\""_ba
                                    << "\"key\":{}"_ba << u"api_key.key"_s;
        QTest::newRow("scopes string") << "\"scopes\":["_ba
                                       << "\"scopes\":\"all\",\"x\":["_ba << u"api_key.scopes"_s;
        QTest::newRow("scope not object")
            << "{\"resource\":\"queues\",\"access\":\"write\",\"targets\":[\"*\"]}"_ba
            << "\"queues\""_ba << u"api_key.scopes[0]"_s;
        QTest::newRow("resource number") << "\"resource\":\"queues\""_ba
                                         << "\"resource\":3"_ba << u"api_key.scopes[0].resource"_s;
        QTest::newRow("resource missing")
            << "\"resource\":\"queues\","_ba << QByteArray() << u"api_key.scopes[0].resource"_s;
        QTest::newRow("access number") << "\"access\":\"write\""_ba
                                       << "\"access\":1"_ba << u"api_key.scopes[0].access"_s;
        QTest::newRow("access unknown")
            << "\"access\":\"write\""_ba
            << "\"access\":\"admin\""_ba << u"api_key.scopes[0].access"_s;
        QTest::newRow("access missing")
            << "\"access\":\"write\","_ba << QByteArray() << u"api_key.scopes[0].access"_s;
        QTest::newRow("targets number") << "\"targets\":[\"*\"]"_ba
                                        << "\"targets\":5"_ba << u"api_key.scopes[0].targets"_s;
        QTest::newRow("target number")
            << "\"targets\":[\"*\"]"_ba
            << "\"targets\":[\"*\",5]"_ba << u"api_key.scopes[0].targets[1]"_s;
        QTest::newRow("created_at string")
            << "\"created_at\":1"_ba
            << "\"created_at\":\"2024-01-01\""_ba << u"api_key.created_at"_s;
        QTest::newRow("updated_at fraction") << "\"updated_at\":2"_ba
                                             << "\"updated_at\":2.5"_ba << u"api_key.updated_at"_s;
        QTest::newRow("last_used_at huge")
            << "\"last_used_at\":3"_ba
            << "\"last_used_at\":18446744073709551615"_ba << u"api_key.last_used_at"_s;
        QTest::newRow("name of 10 MB")
            << "\"name\":\"ci\""_ba
            << "\"name\":\""_ba + QByteArray(10 * 1024 * 1024, 'n') + '"' << u"api_key.name"_s;
        QTest::newRow("last_used_at bool")
            << "\"last_used_at\":3"_ba
            << "\"last_used_at\":false"_ba << u"api_key.last_used_at"_s;
    }
    void wrongTypeInEveryField()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, field);
        QVERIFY(goodKey.contains(from));
        const QByteArray key = QByteArray(goodKey).replace(from, to);
        const auto decoded = ApiKeyCodec::decodeKeyDocument(document(key));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().field, field);
        QVERIFY(decoded.error().message.endsWith(u'.'));
        // The same key inside a list is skipped with the list's path; the rest still decode.
        const auto list =
            ApiKeyCodec::decodeList(QByteArray("{\"api_keys\":["_ba + goodKey + ',' + key + "]}"));
        QVERIFY(list.ok());
        QCOMPARE(list.value().keys.size(), 1);
        QCOMPARE(list.value().skipped.size(), 1);
        QCOMPARE(list.value().skipped.first().field,
                 QString(field).replace(u"api_key."_s, u"api_keys[1]."_s));
    }

    void brokenDocuments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words"); // what the message must mention

        const QByteArray full = "{\"api_keys\":["_ba + goodKey + "]}";
        QTest::newRow("empty body") << QByteArray() << QString() << u"empty"_s;
        QTest::newRow("blanks only") << "  \n\t "_ba << QString() << u"empty"_s;
        for (int cut : {1, 15, 60, 120, int(full.size()) - 1})
            QTest::addRow("truncated at %d", cut) << full.left(cut) << QString() << u"truncated"_s;
        QTest::newRow("invalid UTF-8")
            << "{\"api_keys\":[{\"id\":\"a\",\"name\":\""_ba + "\xC3\x28\xFF" + "\"}]}"_ba
            << QString() << u"UTF-8"_s;
        QTest::newRow("overlong UTF-8")
            << "{\"api_keys\":[{\"id\":\"\xC0\xAF\"}]}"_ba << QString() << u"UTF-8"_s;
        QTest::newRow("10,000-deep nesting")
            << QByteArray(10000, '[') + QByteArray(10000, ']') << QString() << u"deeper"_s;
        QTest::newRow("deep nesting in a key")
            << "{\"api_keys\":[{\"id\":\"a\",\"x\":"_ba +
                   QByteArray(10000, '{').replace("{", "{\"a\":") + "1" + QByteArray(10000, '}') +
                   "}]}"
            << QString() << u"deeper"_s;
        QTest::newRow("10 MB self link") << "{\"api_keys\":[],\"_links\":{\"self\":\""_ba +
                                                QByteArray(10 * 1024 * 1024, 'a') + "\"}}"_ba
                                         << u"_links.self"_s << u"bytes"_s;
        QTest::newRow("10 MB string body")
            << '"' + QByteArray(10 * 1024 * 1024, 'x') + '"' << QString() << u"object"_s;
        QTest::newRow("top-level array") << "[]"_ba << QString() << u"object"_s;
        QTest::newRow("no api_keys") << "{\"keys\":[]}"_ba << u"api_keys"_s << u"api_keys"_s;
        QTest::newRow("api_keys object") << "{\"api_keys\":{}}"_ba << u"api_keys"_s << u"array"_s;
        QTest::newRow("api_keys null") << "{\"api_keys\":null}"_ba << u"api_keys"_s << u"null"_s;
        QTest::newRow("_links not object")
            << "{\"api_keys\":[],\"_links\":3}"_ba << u"_links"_s << u"number"_s;
        QTest::newRow("self without href")
            << "{\"api_keys\":[],\"_links\":{\"self\":{}}}"_ba << u"_links.self"_s << u"href"_s;
        QTest::newRow("trailing garbage") << "{\"api_keys\":[]} x"_ba << QString() << u"JSON"_s;
        QTest::newRow("control char in string")
            << "{\"api_keys\":[{\"id\":\"a\x01\"}]}"_ba << QString() << u"control"_s;
        QTest::newRow("NaN") << "{\"api_keys\":[{\"id\":\"a\",\"created_at\":NaN}]}"_ba << QString()
                             << u"JSON"_s;
    }
    void brokenDocuments()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const auto decoded = ApiKeyCodec::decodeList(body);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().field, field);
        QVERIFY2(decoded.error().message.contains(words, Qt::CaseInsensitive),
                 qPrintable(decoded.error().message));
        QVERIFY(decoded.error().toString().size() < 400); // never echoes a huge input
        if (words == u"truncated")
            QCOMPARE(decoded.error().position, body.size());
        // The other decoders give an error value for the same bytes too, never a crash.
        QVERIFY(!ApiKeyCodec::decodeKeyDocument(body).ok());
        QVERIFY(!ApiKeyCodec::decodeCreated(body).ok());
        QVERIFY(!ApiKeyCodec::decodeSelfLink(body).ok() || body.contains("_links"));
        QVERIFY(!ApiKeyCodec::decodeError(body).ok());
    }

    void hugeMemberNameDoesNotBloatTheMessage()
    {
        const QByteArray name(1024 * 1024, 'r');
        const auto decoded = ApiKeyCodec::decodeKeyDocument(QByteArray(
            "{\"api_key\":{\"id\":\"a\",\"scopes\":{\""_ba + name + "\":{\"access\":7}}}}"_ba));
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().toString().size() < 400);
    }
};

QTEST_GUILESS_MAIN(TestCodecRobustness)
#include "tst_codecrobustness.moc"
