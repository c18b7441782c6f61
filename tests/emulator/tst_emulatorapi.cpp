// Black-box tests of the emulator's five endpoints over HTTP against an in-process server:
// both path prefixes, both dialects, secrets shown once, scopes replaced wholesale.
#include "DemoServerFixture.h"

using namespace Qt::Literals::StringLiterals;
using discue::test::HttpAnswer;
using discue::test::HttpProbe;

namespace discue {

namespace {
const QByteArray adminSecret = test::demoAdminSecret;
const QRegularExpression secretPattern(u"^[A-Za-z0-9_-]{64}$"_s);
const QRegularExpression idPattern(u"^[A-Za-z0-9_-]{21}$"_s);

QByteArray jsonOf(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_EmulatorApi : public test::DemoServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startDemoServer(); }

    void baseUrlIsLoopbackV1()
    {
        QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
        QCOMPARE(m_server->baseUrl().path(), u"/v1"_s);
        QVERIFY(m_server->port() > 0);
    }

    void listShowsTheDemoOrganization()
    {
        const HttpAnswer answer = m_probe->get(u"/api_keys"_s);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), "application/json"_ba);
        const QJsonArray keys = answer.json().value(u"api_keys"_s).toArray();
        QVERIFY(keys.size() >= 21);
        QCOMPARE(keys.size(), m_server->store().keys(m_server->adminOrganization()).size());
        QCOMPARE(answer.json()[u"_links"_s][u"self"_s][u"href"_s].toString(),
                 m_server->baseUrl().toString() + u"/api_keys"_s);
        int disabled = 0, neverUsed = 0, idTargeted = 0, protectedScopes = 0;
        for (const QJsonValue &key : keys) {
            QVERIFY(idPattern.match(key[u"id"_s].toString()).hasMatch());
            QCOMPARE(key[u"key"_s].toString().size(), 3);
            disabled += key[u"status"_s].toString() == u"disabled";
            neverUsed += key[u"last_used_at"_s].isNull();
            for (const QJsonValue &scope : key[u"scopes"_s].toArray()) {
                idTargeted += scope[u"targets"_s].toArray().first().toString() != u"*";
                protectedScopes += scope[u"resource"_s].toString() == u"api_keys";
            }
        }
        QVERIFY(disabled >= 2);
        QVERIFY(neverUsed >= 1);
        QVERIFY(idTargeted >= 3);
        QVERIFY(protectedScopes >= 2);
        // The admin's secret appears nowhere in what the server says about keys.
        QVERIFY(!answer.body.contains(adminSecret));
    }

    void bothPathPrefixes_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("/v1") << u"/v1"_s;
        QTest::newRow("none") << QString();
    }
    void bothPathPrefixes()
    {
        QFETCH(QString, prefix);
        const QString id = idOf(u"ci-deploy"_s);
        const QString collection = origin() + prefix + u"/api_keys"_s;
        HttpAnswer answer = m_probe->get(collection);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()[u"_links"_s][u"self"_s][u"href"_s].toString(), collection);
        answer = m_probe->get(collection + u'/' + id);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()[u"api_key"_s][u"id"_s].toString(), id);
        QCOMPARE(answer.json()[u"_links"_s][u"self"_s][u"href"_s].toString(),
                 collection + u'/' + id);
        answer = m_probe->put(collection + u'/' + id, R"({"status": "disabled"})"_ba);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()[u"api_key"_s][u"status"_s].toString(), u"disabled"_s);
        answer = m_probe->post(collection, R"({"name": "via prefix"})"_ba);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json()[u"_links"_s][u"self"_s][u"href"_s].toString().startsWith(collection +
                                                                                       u'/'));
        answer = m_probe->del(collection + u'/' + id);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()[u"_links"_s][u"self"_s][u"href"_s].toString(),
                 collection + u'/' + id);
    }

    void createReturnsTheSecretOnce()
    {
        m_now += 5000;
        const HttpAnswer created = m_probe->post(
            u"/api_keys"_s,
            R"({"name": "ci-deploy 2", "status": "enabled", "scopes": [{"resource": "queues", "access": "write", "targets": ["*"]}]})"_ba);
        QCOMPARE(created.status, 200);
        const QString secret = created.json().value(u"api_key"_s).toString();
        QVERIFY(secretPattern.match(secret).hasMatch()); // no message: it would print the secret
        const QString href = created.json()[u"_links"_s][u"self"_s][u"href"_s].toString();
        const QString id = href.section(u'/', -1);
        QVERIFY(href.startsWith(m_server->baseUrl().toString() + u"/api_keys/"_s));
        QVERIFY(idPattern.match(id).hasMatch());

        const HttpAnswer read = m_probe->get(u"/api_keys/"_s + id);
        QCOMPARE(read.status, 200);
        const QJsonObject key = read.json().value(u"api_key"_s).toObject();
        QCOMPARE(key.value(u"name"_s).toString(), u"ci-deploy 2"_s);
        QCOMPARE(key.value(u"key"_s).toString(), secret.left(3));
        QCOMPARE(key.value(u"created_at"_s).toInteger(), m_now);
        QCOMPARE(jsonOf(key.value(u"scopes"_s)),
                 R"([[{"access":"write","resource":"queues","targets":["*"]}]])"_ba);
        QVERIFY(!read.body.contains(secret.toLatin1()));
        QVERIFY(!m_probe->get(u"/api_keys"_s).body.contains(secret.toLatin1()));

        // The new secret authenticates, but without the api_keys scope it may not list keys.
        HttpProbe newKey(m_server->baseUrl());
        newKey.setSecret(secret.toLatin1());
        verifyError(newKey.get(u"/api_keys"_s), 403);
    }

    void createWithoutScopesGetsTheDefaultSet()
    {
        const HttpAnswer created = m_probe->post(u"/api_keys"_s, R"({"name": "defaults"})"_ba);
        QCOMPARE(created.status, 200);
        const QString id =
            created.json()[u"_links"_s][u"self"_s][u"href"_s].toString().section(u'/', -1);
        const QJsonArray scopes =
            m_probe->get(u"/api_keys/"_s + id).json()[u"api_key"_s][u"scopes"_s].toArray();
        QStringList resources;
        for (const QJsonValue &scope : scopes) {
            QCOMPARE(scope[u"access"_s].toString(), u"write"_s);
            QCOMPARE(jsonOf(scope[u"targets"_s]), R"([["*"]])"_ba);
            resources.append(scope[u"resource"_s].toString());
        }
        resources.sort();
        QCOMPARE(resources, (QStringList{u"events"_s, u"listeners"_s, u"messages"_s, u"queues"_s,
                                         u"schemas"_s, u"stats"_s}));
    }

    void createWithEmptyBody()
    {
        const HttpAnswer created =
            m_probe->send("POST", u"/api_keys"_s, {}, {{"Content-Length", "0"}});
        QCOMPARE(created.status, 200);
        QVERIFY(secretPattern.match(created.json().value(u"api_key"_s).toString()).hasMatch());
    }

    void updateReplacesScopesWholesale()
    {
        // discue-api.md: PUT with three scopes, then a GET shows exactly those scopes.
        const QString id = idOf(u"ci-deploy"_s);
        const qint64 before = m_now;
        m_now += 60'000;
        const QByteArray scopes =
            R"([{"resource":"queues","access":"read","targets":["*"]},{"resource":"messages","access":"write","targets":["MbCS6UB_m7NdvyDOE8stT"]},{"resource":"stats","access":"read","targets":["*"]}])"_ba;
        const HttpAnswer updated = m_probe->put(
            u"/api_keys/"_s + id,
            R"({"name": "ci-deploy", "status": "enabled", "scopes": )"_ba + scopes + "}");
        QCOMPARE(updated.status, 200);
        const HttpAnswer read = m_probe->get(u"/api_keys/"_s + id);
        const QJsonObject key = read.json().value(u"api_key"_s).toObject();
        QCOMPARE(QJsonDocument(key.value(u"scopes"_s).toArray()).toJson(QJsonDocument::Compact),
                 QJsonDocument::fromJson(scopes).toJson(QJsonDocument::Compact));
        QCOMPARE(key.value(u"updated_at"_s).toInteger(), before + 60'000);
        QCOMPARE(updated.json().value(u"api_key"_s).toObject(), key);
    }

    void updateWithoutScopesKeepsThem()
    {
        const QString id = idOf(u"orders-api"_s);
        const QJsonValue scopesBefore =
            m_probe->get(u"/api_keys/"_s + id).json()[u"api_key"_s][u"scopes"_s];
        const HttpAnswer updated =
            m_probe->put(u"/api_keys/"_s + id,
                         R"({"name": "orders-api v2", "status": "disabled", "key": "ignored"})"_ba);
        QCOMPARE(updated.status, 200);
        const QJsonObject key =
            m_probe->get(u"/api_keys/"_s + id).json().value(u"api_key"_s).toObject();
        QCOMPARE(key.value(u"name"_s).toString(), u"orders-api v2"_s);
        QCOMPARE(key.value(u"status"_s).toString(), u"disabled"_s);
        QCOMPARE(key.value(u"scopes"_s), scopesBefore);
        QVERIFY(key.value(u"key"_s).toString() != u"ignored"_s);
    }

    void updateKeepsProtectedScopes()
    {
        const QString id = idOf(u"ops on-call (web console)"_s);
        const HttpAnswer updated = m_probe->put(
            u"/api_keys/"_s + id,
            R"({"scopes": [{"resource": "queues", "access": "read", "targets": ["*"]}]})"_ba);
        QCOMPARE(updated.status, 200);
        QStringList resources;
        for (const QJsonValue &scope : updated.json()[u"api_key"_s][u"scopes"_s].toArray())
            resources.append(scope[u"resource"_s].toString() + u':' +
                             scope[u"access"_s].toString());
        QCOMPARE(resources,
                 (QStringList{u"api_keys:write"_s, u"subscriptions:read"_s, u"queues:read"_s}));
    }

    void updateWithEmptyBodyChangesNothing()
    {
        const QString id = idOf(u"grafana dashboard"_s);
        const QByteArray before = m_probe->get(u"/api_keys/"_s + id).body;
        m_now += 3'600'000;
        const HttpAnswer updated =
            m_probe->send("PUT", u"/api_keys/"_s + id, {}, {{"Content-Length", "0"}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(m_probe->get(u"/api_keys/"_s + id).body, before);
    }

    void deleteIsFinal()
    {
        const QString id = idOf(u"legacy-importer"_s);
        const HttpAnswer deleted = m_probe->del(u"/api_keys/"_s + id);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json()[u"_links"_s][u"self"_s][u"href"_s].toString(),
                 m_server->baseUrl().toString() + u"/api_keys/"_s + id);
        verifyError(m_probe->get(u"/api_keys/"_s + id), 404);
        verifyError(m_probe->del(u"/api_keys/"_s + id), 404);
        QVERIFY(!m_server->store().find(id));
    }

    void prettyIndents()
    {
        const HttpAnswer compact = m_probe->get(u"/api_keys"_s);
        const HttpAnswer pretty = m_probe->get(u"/api_keys?pretty=true"_s);
        QVERIFY(!compact.body.contains('\n'));
        QVERIFY(pretty.body.contains("\n    \""));
        QCOMPARE(QJsonDocument::fromJson(pretty.body), QJsonDocument::fromJson(compact.body));
        QVERIFY(m_probe->get(u"/api_keys/"_s + idOf(u"ci-deploy"_s) + u"?pretty=true"_s)
                    .body.contains("\n    \""));
        verifyError(m_probe->get(u"/api_keys?pretty=banana"_s), 400);
    }

    void uniqueNames()
    {
        EmulatorOptions options;
        options.adminKey = QString::fromLatin1(adminSecret);
        options.uniqueNames = true;
        EmulatorServer server(options);
        QVERIFY(server.start());
        HttpProbe probe(server.baseUrl());
        probe.setSecret(adminSecret);
        verifyError(probe.post(u"/api_keys"_s, R"({"name": "CI-DEPLOY "})"_ba), 422);
        QCOMPARE(probe.post(u"/api_keys"_s, R"({"name": "ci-deploy-3"})"_ba).status, 200);
        QString id;
        for (const ApiKey &key : server.store().keys(server.adminOrganization()))
            id = key.name == u"status-page" ? key.id : id;
        verifyError(probe.put(u"/api_keys/"_s + id, R"({"name": "ci-deploy-3"})"_ba), 422);
        QCOMPARE(probe.put(u"/api_keys/"_s + id, R"({"name": "status-page"})"_ba).status, 200);
        // Without the switch, names may repeat.
        QCOMPARE(m_probe->post(u"/api_keys"_s, R"({"name": "ci-deploy"})"_ba).status, 200);
    }

    void providerDialect()
    {
        EmulatorOptions options;
        options.adminKey = QString::fromLatin1(adminSecret);
        options.dialect = Dialect::Provider;
        EmulatorServer server(options);
        QVERIFY(server.start());
        HttpProbe probe(server.baseUrl());
        probe.setSecret(adminSecret);
        const HttpAnswer list = probe.get(u"/api_keys"_s);
        QCOMPARE(list.status, 200);
        const QJsonObject first = list.json().value(u"api_keys"_s).toArray().first().toObject();
        QVERIFY(first.contains(u"alias"_s));
        QVERIFY(first.value(u"scopes"_s).isObject());

        const HttpAnswer created = probe.post(
            u"/api_keys"_s,
            R"({"alias": "tf-managed", "scopes": {"queues": {"access": "write", "targets": ["*"]}, "topics": {"access": "read", "targets": ["*"]}}})"_ba);
        QCOMPARE(created.status, 200);
        const QJsonObject key = created.json().value(u"api_key"_s).toObject();
        QVERIFY(idPattern.match(key.value(u"id"_s).toString()).hasMatch());
        QVERIFY(secretPattern.match(key.value(u"key"_s).toString()).hasMatch());
        QCOMPARE(key.value(u"alias"_s).toString(), u"tf-managed"_s);
        const QString id = key.value(u"id"_s).toString();
        const HttpAnswer read = probe.get(u"/api_keys/"_s + id);
        QCOMPARE(read.json()[u"api_key"_s][u"key"_s].toString(),
                 key.value(u"key"_s).toString().left(3));
        QCOMPARE(read.json()[u"api_key"_s][u"scopes"_s][u"topics"_s][u"access"_s].toString(),
                 u"read"_s);

        const HttpAnswer updated =
            probe.put(u"/api_keys/"_s + id, R"({"alias": "tf-renamed", "status": "disabled"})"_ba);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json()[u"api_key"_s][u"alias"_s].toString(), u"tf-renamed"_s);
        verifyError(probe.put(u"/api_keys/"_s + id,
                              R"({"scopes": [{"resource": "queues", "access": "read"}]})"_ba),
                    400);
        verifyError(
            probe.put(u"/api_keys/"_s + id, R"({"scopes": {"api_keys": {"access": "read"}}})"_ba),
            422);
    }
};

} // namespace discue

QTEST_GUILESS_MAIN(discue::tst_EmulatorApi)
#include "tst_emulatorapi.moc"
