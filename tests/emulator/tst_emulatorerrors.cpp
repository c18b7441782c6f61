// Black-box tests of every error trigger of discue-api.md §4 over HTTP (400, 401, 403, 404,
// 405, 406, 415, 422), authentication, the api_keys scope and organization isolation.
#include "DemoServerFixture.h"

using namespace Qt::Literals::StringLiterals;
using discue::test::HttpAnswer;
using discue::test::HttpProbe;

namespace discue {

namespace {
const QByteArray adminSecret = test::demoAdminSecret;

ApiKey draftKey(const QString &name, QList<ApiKeyScope> scopes,
                KeyStatus status = KeyStatus::Enabled)
{
    ApiKey key;
    key.name = name;
    key.scopes = std::move(scopes);
    key.status = status;
    return key;
}
} // namespace

class tst_EmulatorErrors : public test::DemoServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startDemoServer(); }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // {id}: an existing key
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<int>("status");
        const QString item = u"/api_keys/{id}"_s;
        const QString list = u"/api_keys"_s;
        const QByteArray json = "application/json"_ba;
        QTest::newRow("malformed JSON")
            << "POST"_ba << list << R"({"name": "x",)"_ba << json << json << 400;
        QTest::newRow("trailing garbage")
            << "PUT"_ba << item << R"({"name": "x"} x)"_ba << json << json << 400;
        QTest::newRow("body is an array")
            << "POST"_ba << list << R"(["name"])"_ba << json << json << 400;
        QTest::newRow("name not a string")
            << "POST"_ba << list << R"({"name": 5})"_ba << json << json << 400;
        QTest::newRow("name empty")
            << "PUT"_ba << item << R"({"name": "   "})"_ba << json << json << 400;
        QTest::newRow("name too long")
            << "PUT"_ba << item << (R"({"name": ")"_ba + QByteArray(65, 'n') + R"("})"_ba) << json
            << json << 400;
        QTest::newRow("status enum")
            << "PUT"_ba << item << R"({"status": "paused"})"_ba << json << json << 400;
        QTest::newRow("status null")
            << "PUT"_ba << item << R"({"status": null})"_ba << json << json << 400;
        QTest::newRow("access enum")
            << "POST"_ba << list
            << R"({"scopes": [{"resource": "queues", "access": "admin", "targets": ["*"]}]})"_ba
            << json << json << 400;
        QTest::newRow("resource enum")
            << "POST"_ba << list
            << R"({"scopes": [{"resource": "unicorns", "access": "read", "targets": ["*"]}]})"_ba
            << json << json << 400;
        QTest::newRow("resource missing")
            << "POST"_ba << list << R"({"scopes": [{"access": "read", "targets": ["*"]}]})"_ba
            << json << json << 400;
        QTest::newRow("bad target")
            << "PUT"_ba << item
            << R"({"scopes": [{"resource": "queues", "access": "read", "targets": ["not-an-id"]}]})"_ba
            << json << json << 400;
        QTest::newRow("target not a string")
            << "PUT"_ba << item
            << R"({"scopes": [{"resource": "queues", "access": "read", "targets": [42]}]})"_ba
            << json << json << 400;
        QTest::newRow("scopes empty")
            << "PUT"_ba << item << R"({"scopes": []})"_ba << json << json << 400;
        QTest::newRow("scopes as object in docs dialect")
            << "PUT"_ba << item << R"({"scopes": {"queues": {"access": "read"}}})"_ba << json
            << json << 400;
        QTest::newRow("malformed id")
            << "GET"_ba << u"/api_keys/abc"_s << QByteArray() << QByteArray() << json << 400;
        QTest::newRow("malformed id on delete")
            << "DELETE"_ba << u"/api_keys/has%20space%20in%20it%20xxxxxx"_s << QByteArray()
            << QByteArray() << json << 400;
        QTest::newRow("unknown id") << "GET"_ba << u"/api_keys/MbCS6UB_m7NdvyDOE8stT"_s
                                    << QByteArray() << QByteArray() << json << 404;
        QTest::newRow("unknown id on put") << "PUT"_ba << u"/api_keys/MbCS6UB_m7NdvyDOE8stT"_s
                                           << R"({"name": "x"})"_ba << json << json << 404;
        QTest::newRow("unknown path")
            << "GET"_ba << u"/keys"_s << QByteArray() << QByteArray() << json << 404;
        QTest::newRow("nested path") << "GET"_ba << u"/api_keys/{id}/scopes"_s << QByteArray()
                                     << QByteArray() << json << 404;
        QTest::newRow("protected scope")
            << "POST"_ba << list
            << R"({"scopes": [{"resource": "api_keys", "access": "read", "targets": ["*"]}]})"_ba
            << json << json << 422;
        QTest::newRow("protected scope on put")
            << "PUT"_ba << item
            << R"({"scopes": [{"resource": "subscriptions", "access": "write", "targets": ["*"]}]})"_ba
            << json << json << 422;
        QTest::newRow("duplicate resource")
            << "PUT"_ba << item
            << R"({"scopes": [{"resource": "queues", "access": "read", "targets": ["*"]}, {"resource": "queues", "access": "write", "targets": ["*"]}]})"_ba
            << json << json << 422;
        QTest::newRow("PATCH") << "PATCH"_ba << item << R"({"name": "x"})"_ba << json << json
                               << 405;
        QTest::newRow("DELETE collection")
            << "DELETE"_ba << list << QByteArray() << QByteArray() << json << 405;
        QTest::newRow("PUT collection")
            << "PUT"_ba << list << R"({"name": "x"})"_ba << json << json << 405;
        QTest::newRow("POST item")
            << "POST"_ba << item << R"({"name": "x"})"_ba << json << json << 405;
        QTest::newRow("Accept text/html")
            << "GET"_ba << list << QByteArray() << QByteArray() << "text/html"_ba << 406;
        QTest::newRow("Accept json q=0") << "GET"_ba << list << QByteArray() << QByteArray()
                                         << "application/json;q=0, text/plain"_ba << 406;
        QTest::newRow("Content-Type text/plain") << "POST"_ba << list << R"({"name": "x"})"_ba
                                                 << "text/plain"_ba << json << 415;
        QTest::newRow("Content-Type form") << "PUT"_ba << item << "name=x"_ba
                                           << "application/x-www-form-urlencoded"_ba << json << 415;
    }
    void errors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, accept);
        QFETCH(int, status);
        const QString id = idOf(u"billing-service staging"_s);
        path.replace(u"{id}"_s, id);
        const QByteArray before = m_probe->get(u"/api_keys/"_s + id).body;
        const qsizetype count = m_server->store().size();
        QList<QPair<QByteArray, QByteArray>> headers{{"Accept", accept}};
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const HttpAnswer answer = m_probe->send(method, path, body, headers);
        verifyError(answer, status);
        // A rejected request changes nothing.
        QCOMPARE(m_server->store().size(), count);
        QCOMPARE(m_probe->get(u"/api_keys/"_s + id).body, before);
    }

    void methodNotAllowedSaysWhatIsAllowed()
    {
        const HttpAnswer answer = m_probe->send("PATCH", u"/api_keys"_s, R"({})"_ba);
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.header("Allow"), "GET, POST"_ba);
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("secret"); // "none": no header
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << "none"_ba << 401;
        QTest::newRow("empty") << QByteArray() << 401;
        QTest::newRow("unknown") << "not-a-key-of-anyone"_ba << 401;
        QTest::newRow("admin") << adminSecret << 200;
    }
    void authentication()
    {
        QFETCH(QByteArray, secret);
        QFETCH(int, status);
        QList<QPair<QByteArray, QByteArray>> headers{{"Accept", "application/json"}};
        if (secret != "none")
            headers.append({"X-API-KEY", secret});
        const HttpAnswer answer = m_probe->send("GET", u"/api_keys"_s, {}, headers, false);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("Content-Type"), "application/json"_ba);
        if (status != 200)
            verifyError(answer, status);
    }

    void disabledKeyIsUnauthorized()
    {
        const MintedKey key = m_server->store().addKey(
            m_server->adminOrganization(),
            draftKey(u"disabled admin"_s, {ApiKeyScope::make(Resource::ApiKeys, Access::Write)},
                     KeyStatus::Disabled));
        HttpProbe probe(m_server->baseUrl());
        probe.setSecret(key.secret.toLatin1());
        verifyError(probe.get(u"/api_keys"_s), 401);
    }

    void apiKeysScopeDecidesReadAndWrite()
    {
        const QString org = m_server->adminOrganization();
        const MintedKey none = m_server->store().addKey(
            org, draftKey(u"no api_keys"_s, {ApiKeyScope::make(Resource::Queues, Access::Write)}));
        const MintedKey reader = m_server->store().addKey(
            org, draftKey(u"reader"_s, {ApiKeyScope::make(Resource::ApiKeys, Access::Read)}));
        const QString id = idOf(u"ci-deploy"_s);
        HttpProbe probe(m_server->baseUrl());
        probe.setSecret(none.secret.toLatin1());
        verifyError(probe.get(u"/api_keys"_s), 403);
        verifyError(probe.get(u"/api_keys/"_s + id), 403);
        probe.setSecret(reader.secret.toLatin1());
        QCOMPARE(probe.get(u"/api_keys"_s).status, 200);
        QCOMPARE(probe.get(u"/api_keys/"_s + id).status, 200);
        verifyError(probe.post(u"/api_keys"_s, R"({"name": "x"})"_ba), 403);
        verifyError(probe.put(u"/api_keys/"_s + id, R"({"name": "x"})"_ba), 403);
        verifyError(probe.del(u"/api_keys/"_s + id), 403);
        QVERIFY(m_server->store().find(id));
    }

    void organizationsAreIsolated()
    {
        const QStringList organizations = m_server->store().organizations();
        QCOMPARE(organizations.size(), 2);
        const QString other = organizations.at(1);
        const MintedKey otherAdmin = m_server->store().addKey(
            other,
            draftKey(u"other admin"_s, {ApiKeyScope::make(Resource::ApiKeys, Access::Write)}));
        HttpProbe probe(m_server->baseUrl());
        probe.setSecret(otherAdmin.secret.toLatin1());
        const HttpAnswer list = probe.get(u"/api_keys"_s);
        QCOMPARE(list.status, 200);
        QSet<QString> ids;
        for (const QJsonValue &key : list.json().value(u"api_keys"_s).toArray())
            ids.insert(key[u"id"_s].toString());
        QCOMPARE(ids.size(), m_server->store().keys(other).size());
        const QString foreign = idOf(u"ci-deploy"_s);
        QVERIFY(!ids.contains(foreign));
        verifyError(probe.get(u"/api_keys/"_s + foreign), 404);
        verifyError(probe.put(u"/api_keys/"_s + foreign, R"({"status": "disabled"})"_ba), 404);
        verifyError(probe.del(u"/api_keys/"_s + foreign), 404);
        QCOMPARE(m_server->store().find(foreign)->key.status, KeyStatus::Enabled);
        // A key made by the other organization lands there.
        const HttpAnswer created = probe.post(u"/api_keys"_s, R"({"name": "globex key"})"_ba);
        const QString id =
            created.json()[u"_links"_s][u"self"_s][u"href"_s].toString().section(u'/', -1);
        QCOMPARE(m_server->store().find(id)->organization, other);
        verifyError(m_probe->get(u"/api_keys/"_s + id), 404);
    }

    void lastUsedAtIsSetOnAuthentication()
    {
        const MintedKey key = m_server->store().addKey(
            m_server->adminOrganization(),
            draftKey(u"fresh"_s, {ApiKeyScope::make(Resource::ApiKeys, Access::Read)}));
        QVERIFY(!m_server->store().find(key.key.id)->key.lastUsedAt);
        m_now += 1000;
        HttpProbe probe(m_server->baseUrl());
        probe.setSecret(key.secret.toLatin1());
        QCOMPARE(probe.get(u"/api_keys"_s).status, 200);
        QCOMPARE(m_server->store().find(key.key.id)->key.lastUsedAt, std::optional<qint64>(m_now));
    }
};

} // namespace discue

QTEST_GUILESS_MAIN(discue::tst_EmulatorErrors)
#include "tst_emulatorerrors.moc"
