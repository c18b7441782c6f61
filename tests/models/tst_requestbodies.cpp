// The request bodies the console sends: a PUT carries only what the user changed, scopes only
// when they changed and then as the whole array, never a protected scope, and never drops a
// grant the console cannot show. Both dialects.
#include "ApiKeyCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QString idA = u"_Tzrg1O3jk4_FZTAEThNq"_s;

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

ApiKey storedKey()
{
    ApiKey key;
    key.id = u"MbCS6UB_m7NdvyDOE8stT"_s;
    key.name = u"deploy bot"_s;
    key.keyPrefix = u"ep1"_s;
    key.scopes = {ApiKeyScope::make(Resource::ApiKeys, Access::Read),
                  ApiKeyScope::make(Resource::Queues, Access::Write),
                  ApiKeyScope::make(Resource::Messages, Access::Read, {idA}),
                  ApiKeyScope{Resource::Unknown, u"channels"_s, Access::Write, {u"*"_s}}};
    key.createdAt = 1700000000000;
    return key;
}

ApiKey renamed(const QString &name)
{
    ApiKey key = storedKey();
    key.name = name;
    return key;
}

ApiKey withStatus(KeyStatus status)
{
    ApiKey key = storedKey();
    key.status = status;
    return key;
}

ApiKey withScopes(QList<ApiKeyScope> scopes)
{
    ApiKey key = storedKey();
    key.scopes = std::move(scopes);
    return key;
}

} // namespace

class TestRequestBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updateBody_data()
    {
        QTest::addColumn<ApiKey>("after");
        QTest::addColumn<QByteArray>("expected"); // empty: nothing to send

        const ApiKeyScope channels{Resource::Unknown, u"channels"_s, Access::Write, {u"*"_s}};
        const ApiKeyScope queues = ApiKeyScope::make(Resource::Queues, Access::Write);
        const ApiKeyScope messages = ApiKeyScope::make(Resource::Messages, Access::Read, {idA});

        QTest::newRow("nothing changed") << storedKey() << QByteArray();
        QTest::newRow("name only: no scopes")
            << renamed(u"release bot"_s) << "{\"name\":\"release bot\"}"_ba;
        QTest::newRow("name with blanks only: no change")
            << renamed(u" deploy bot  "_s) << QByteArray();
        QTest::newRow("status only: no scopes")
            << withStatus(KeyStatus::Disabled) << "{\"status\":\"disabled\"}"_ba;
        QTest::newRow("same scopes reordered: no change")
            << withScopes(
                   {channels, messages, ApiKeyScope::make(Resource::ApiKeys, Access::Read), queues})
            << QByteArray();
        QTest::newRow("scope added: whole array without the protected one")
            << withScopes({ApiKeyScope::make(Resource::ApiKeys, Access::Read), queues, messages,
                           channels, ApiKeyScope::make(Resource::Stats, Access::Read)})
            << "{\"scopes\":[{\"resource\":\"queues\",\"access\":\"write\",\"targets\":[\"*\"]},"
               "{\"resource\":\"messages\",\"access\":\"read\",\"targets\":[\"_Tzrg1O3jk4_"
               "FZTAEThNq\"]},"
               "{\"resource\":\"channels\",\"access\":\"write\",\"targets\":[\"*\"]},"
               "{\"resource\":\"stats\",\"access\":\"read\",\"targets\":[\"*\"]}]}"_ba;
        QTest::newRow("target changed")
            << withScopes({ApiKeyScope::make(Resource::ApiKeys, Access::Read), queues,
                           ApiKeyScope::make(Resource::Messages, Access::Read, {u"*"_s}), channels})
            << "{\"scopes\":[{\"resource\":\"queues\",\"access\":\"write\",\"targets\":[\"*\"]},"
               "{\"resource\":\"messages\",\"access\":\"read\",\"targets\":[\"*\"]},"
               "{\"resource\":\"channels\",\"access\":\"write\",\"targets\":[\"*\"]}]}"_ba;
        // An editor that rebuilt the list from its grid of known resources lost "channels" and
        // the protected scope: channels is kept, the protected scope is still not sent.
        QTest::newRow("unknown resource kept when the editor dropped it")
            << withScopes({queues})
            << "{\"scopes\":[{\"resource\":\"queues\",\"access\":\"write\",\"targets\":[\"*\"]},"
               "{\"resource\":\"channels\",\"access\":\"write\",\"targets\":[\"*\"]}]}"_ba;
        QTest::newRow("protected scope removed by the editor: nothing to send")
            << withScopes({queues, messages, channels}) << QByteArray();
        QTest::newRow("access None rows are not grants")
            << withScopes(
                   {queues, messages, channels, ApiKeyScope::make(Resource::Events, Access::None)})
            << QByteArray();
    }
    void updateBody()
    {
        QFETCH(ApiKey, after);
        QFETCH(QByteArray, expected);
        const auto body = ApiKeyCodec::encodeUpdateBody(storedKey(), after, Dialect::Docs);
        if (expected.isEmpty()) {
            QVERIFY2(!body.has_value(), body ? body->constData() : "");
            return;
        }
        QVERIFY(body.has_value());
        QCOMPARE(parseObject(*body), parseObject(expected));
        QVERIFY(!body->contains("api_keys"));
        QVERIFY(!body->contains("\"id\""));
    }

    void allChangesTogether()
    {
        ApiKey after = withScopes({ApiKeyScope::make(Resource::Events, Access::Read)});
        after.name = u"x-1"_s;
        after.status = KeyStatus::Disabled;
        const QJsonObject body =
            parseObject(*ApiKeyCodec::encodeUpdateBody(storedKey(), after, Dialect::Docs));
        QCOMPARE(body.keys(), (QStringList{u"name"_s, u"scopes"_s, u"status"_s}));
        QCOMPARE(body.value(u"scopes").toArray().size(), 2); // events + the preserved channels
    }

    void providerDialectUpdateBody()
    {
        ApiKey after = withScopes({ApiKeyScope::make(Resource::Queues, Access::Read)});
        after.name = u"renamed"_s;
        const auto body = ApiKeyCodec::encodeUpdateBody(storedKey(), after, Dialect::Provider);
        QVERIFY(body.has_value());
        const QJsonObject expected =
            parseObject("{\"alias\":\"renamed\",\"scopes\":{"
                        "\"queues\":{\"access\":\"read\",\"targets\":[\"*\"]},"
                        "\"channels\":{\"access\":\"write\",\"targets\":[\"*\"]}}}"_ba);
        QCOMPARE(parseObject(*body), expected);
    }

    void createBody_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("docs")
            << Dialect::Docs
            << "{\"name\":\"deploy bot\",\"status\":\"enabled\",\"scopes\":["
               "{\"resource\":\"queues\",\"access\":\"write\",\"targets\":[\"*\"]},"
               "{\"resource\":\"messages\",\"access\":\"read\",\"targets\":[\"_Tzrg1O3jk4_"
               "FZTAEThNq\"]},"
               "{\"resource\":\"channels\",\"access\":\"write\",\"targets\":[\"*\"]}]}"_ba;
        QTest::newRow("provider")
            << Dialect::Provider
            << "{\"alias\":\"deploy bot\",\"status\":\"enabled\",\"scopes\":{"
               "\"queues\":{\"access\":\"write\",\"targets\":[\"*\"]},"
               "\"messages\":{\"access\":\"read\",\"targets\":[\"_Tzrg1O3jk4_FZTAEThNq\"]},"
               "\"channels\":{\"access\":\"write\",\"targets\":[\"*\"]}}}"_ba;
    }
    void createBody()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, expected);
        ApiKey draft = storedKey();
        draft.name = u"  deploy bot "_s;
        const QByteArray body = ApiKeyCodec::encodeCreateBody(draft, dialect);
        QCOMPARE(parseObject(body), parseObject(expected));
        QVERIFY(!body.contains("api_keys"));
        QVERIFY(!body.contains("ep1")); // the prefix is the server's, never sent
    }

    void createBodyWithoutScopesOmitsThem()
    {
        ApiKey draft;
        draft.name = u"minimal"_s;
        draft.scopes = {ApiKeyScope::make(Resource::Subscriptions, Access::Write)};
        QCOMPARE(parseObject(ApiKeyCodec::encodeCreateBody(draft, Dialect::Docs)),
                 parseObject("{\"name\":\"minimal\",\"status\":\"enabled\"}"_ba));
    }

    void encodeScopesDropsProtectedUnlessAsked()
    {
        const QList<ApiKeyScope> scopes = storedKey().scopes;
        QCOMPARE(ApiKeyCodec::encodeScopes(scopes, Dialect::Docs).toArray().size(), 3);
        QCOMPARE(ApiKeyCodec::encodeScopes(scopes, Dialect::Docs, true).toArray().size(), 4);
        QVERIFY(ApiKeyCodec::encodeScopes(scopes, Dialect::Provider, true)
                    .toObject()
                    .contains(u"api_keys"));
        QVERIFY(
            !ApiKeyCodec::encodeScopes(scopes, Dialect::Provider).toObject().contains(u"api_keys"));
    }
};

QTEST_GUILESS_MAIN(TestRequestBodies)
#include "tst_requestbodies.moc"
