// ApiKeysClient against the in-process emulator: every operation once successfully, and every
// error trigger of discue-api.md §4, checking the result value and the catalogue's words.
#include "ApiKeysClient.h"
#include "ClientTestSupport.h"
#include "EmulatorServer.h"
#include "KeyStore.h"
#include "StatusCatalogue.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;
using namespace discue::test;

namespace {

const QString adminSecret = u"test-admin-secret-for-the-network-tests-0123456789"_s;
const QString unknownId = u"AAAAAAAAAAAAAAAAAAAAA"_s; // well-formed, never minted

ApiKey draft(const QString &name, QList<ApiKeyScope> scopes, KeyStatus status = KeyStatus::Enabled)
{
    ApiKey key;
    key.name = name;
    key.status = status;
    key.scopes = std::move(scopes);
    return key;
}

} // namespace

class TestClientEmulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiKeysClient> client;
    QString alphaId;

    void startServer(EmulatorOptions options = {})
    {
        client.reset();
        server.reset();
        options.adminKey = adminSecret;
        options.seed = EmulatorOptions::Seed::Empty;
        server = std::make_unique<EmulatorServer>(options);
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        alphaId =
            server->store()
                .addKey(server->adminOrganization(),
                        draft(u"alpha"_s, {ApiKeyScope::make(Resource::Queues, Access::Write)}))
                .key.id;
        client = std::make_unique<ApiKeysClient>(network.get());
        client->setSettings(testSettings(server->baseUrl(), server->adminKey()));
    }

    void useKey(const QString &secret)
    {
        ClientSettings settings = client->settings();
        settings.apiKey = secret;
        client->setSettings(settings);
    }

    // Status and catalogue title of a finished call, checked together.
    static void expectStatus(const std::optional<ApiResult> &result, int status)
    {
        QVERIFY(result);
        QCOMPARE(result->exchange.httpStatus, status);
        QVERIFY(result->exchange.gotResponse());
        const StatusDescription description = StatusCatalogue::describe(result->exchange);
        QVERIFY(description.title.startsWith(QString::number(status) + u' '));
        QVERIFY(!description.meaning.isEmpty());
        QVERIFY(!description.advice.isEmpty());
        if (status >= 400) {
            QVERIFY(!result->isSuccess());
            QVERIFY2(result->error, "the emulator's error body is decoded");
            QCOMPARE(result->error->status, status);
        }
    }

private Q_SLOTS:
    void initTestCase() { network = std::make_unique<QNetworkAccessManager>(); }

    void init() { startServer(); }

    void cleanup()
    {
        client.reset();
        server.reset();
    }

    void listGetCreateUpdateDelete()
    {
        // list
        auto listed = waitForResult(client->listKeys());
        expectStatus(listed, 200);
        const auto *list = std::get_if<ApiKeyList>(&listed->payload);
        QVERIFY(list);
        QVERIFY(std::any_of(list->keys.cbegin(), list->keys.cend(),
                            [this](const ApiKey &key) { return key.id == alphaId; }));

        // get
        auto got = waitForResult(client->getKey(alphaId));
        expectStatus(got, 200);
        QCOMPARE(std::get<ApiKeyDocument>(got->payload).key.name, u"alpha"_s);

        // create: the secret once, in the payload only
        auto created = waitForResult(client->createKey(
            draft(u"deploy bot"_s, {ApiKeyScope::make(Resource::Messages, Access::Read)})));
        expectStatus(created, 200);
        const auto &createdKey = std::get<CreatedKey>(created->payload);
        QCOMPARE(createdKey.secret.size(), 64);
        QVERIFY(!createdKey.id.isEmpty());
        QVERIFY(!created->exchange.responseBody.contains(createdKey.secret.toUtf8()));
        QCOMPARE(StatusCatalogue::describe(created->exchange).meaning,
                 u"The key was created. Its secret is shown only this once."_s);

        // update: rename only, then the server's state is re-read
        ApiKey before = std::get<ApiKeyDocument>(got->payload).key;
        ApiKey after = before;
        after.name = u"alpha renamed"_s;
        auto updated = waitForResult(client->updateKey(before, after));
        expectStatus(updated, 200);
        QVERIFY(!updated->exchange.requestBody.contains("scopes"));
        QCOMPARE(server->store().find(alphaId)->key.name, u"alpha renamed"_s);
        QCOMPARE(server->store().find(alphaId)->key.scopes, before.scopes);

        // status only
        auto disabled = waitForResult(client->setKeyStatus(alphaId, KeyStatus::Disabled));
        expectStatus(disabled, 200);
        QCOMPARE(server->store().find(alphaId)->key.status, KeyStatus::Disabled);

        // delete, then it is gone
        auto deleted = waitForResult(client->deleteKey(createdKey.id));
        expectStatus(deleted, 200);
        QVERIFY(!server->store().find(createdKey.id));
        QCOMPARE(StatusCatalogue::describe(deleted->exchange).meaning,
                 u"The key was deleted. This cannot be undone."_s);
    }

    void badRequests()
    {
        auto malformedId = waitForResult(client->getKey(u"not an id!"_s));
        expectStatus(malformedId, 400);
        auto malformedBody = waitForResult(client->updateKey(alphaId, "{\"name\": "_ba));
        expectStatus(malformedBody, 400);
        auto emptyScopes = waitForResult(client->updateKey(alphaId, R"({"scopes": []})"_ba));
        expectStatus(emptyScopes, 400);
        auto badEnum = waitForResult(client->updateKey(alphaId, R"({"status": "paused"})"_ba));
        expectStatus(badEnum, 400);
    }

    void refusedCredentials()
    {
        useKey(u"wrong-key-wrong-key-wrong-key"_s);
        auto unknown = waitForResult(client->listKeys());
        expectStatus(unknown, 401);
        QCOMPARE(StatusCatalogue::describe(unknown->exchange).meaning,
                 u"The console's own API key was refused - check the profile."_s);

        const MintedKey disabled = server->store().addKey(
            server->adminOrganization(),
            draft(u"disabled admin"_s, {ApiKeyScope::make(Resource::ApiKeys, Access::Write)},
                  KeyStatus::Disabled));
        useKey(disabled.secret);
        expectStatus(waitForResult(client->listKeys()), 401);

        useKey(QString());
        expectStatus(waitForResult(client->listKeys()), 401);
    }

    void missingScopeIsForbidden()
    {
        const MintedKey readOnly = server->store().addKey(
            server->adminOrganization(),
            draft(u"reader"_s, {ApiKeyScope::make(Resource::ApiKeys, Access::Read)}));
        useKey(readOnly.secret);
        expectStatus(waitForResult(client->listKeys()), 200);
        auto deleted = waitForResult(client->deleteKey(alphaId));
        expectStatus(deleted, 403);
        QVERIFY(StatusCatalogue::describe(deleted->exchange)
                    .meaning.contains(u"api_keys write scope"_s));
        QVERIFY(server->store().find(alphaId));

        const MintedKey noScope = server->store().addKey(
            server->adminOrganization(),
            draft(u"queues only"_s, {ApiKeyScope::make(Resource::Queues, Access::Write)}));
        useKey(noScope.secret);
        auto listed = waitForResult(client->listKeys());
        expectStatus(listed, 403);
        QVERIFY(
            StatusCatalogue::describe(listed->exchange).meaning.contains(u"api_keys read scope"_s));
    }

    void lockoutAfterRepeatedFailuresForbidsEvenTheRightKey()
    {
        EmulatorOptions options;
        options.lockoutAttempts = 3;
        options.lockoutSeconds = 60;
        startServer(options);
        useKey(u"guess-guess-guess-guess"_s);
        for (int i = 0; i < 3; ++i)
            QVERIFY(waitForResult(client->listKeys()));
        useKey(adminSecret);
        auto locked = waitForResult(client->listKeys());
        expectStatus(locked, 403);
        QVERIFY(StatusCatalogue::describe(locked->exchange).meaning.contains(u"locking out"_s));
    }

    void unknownKeysAreNotFoundWithAnOperationSpecificMeaning()
    {
        auto got = waitForResult(client->getKey(unknownId));
        expectStatus(got, 404);
        QCOMPARE(StatusCatalogue::describe(got->exchange).meaning,
                 u"This key does not exist - it may have been deleted elsewhere."_s);

        auto updated = waitForResult(client->setKeyStatus(unknownId, KeyStatus::Disabled));
        expectStatus(updated, 404);
        const StatusDescription onUpdate = StatusCatalogue::describe(updated->exchange);
        QCOMPARE(
            onUpdate.meaning + u' ' + onUpdate.advice,
            u"This key no longer exists - it may have been deleted elsewhere. Refresh the list."_s);

        auto deleted = waitForResult(client->deleteKey(unknownId));
        expectStatus(deleted, 404);
        QVERIFY(
            StatusCatalogue::describe(deleted->exchange).meaning.contains(u"already deleted"_s));
    }

    void wrongMethodOnTheCollection()
    {
        // DELETE /v1/api_keys: the API has no "delete all".
        auto result = waitForResult(client->deleteKey(QString()));
        expectStatus(result, 405);
    }

    void protectedAndDuplicateScopesAreUnprocessable()
    {
        auto protectedScope = waitForResult(client->updateKey(
            alphaId,
            R"({"scopes":[{"resource":"api_keys","access":"write","targets":["*"]}]})"_ba));
        expectStatus(protectedScope, 422);
        QVERIFY(StatusCatalogue::describe(protectedScope->exchange)
                    .meaning.contains(u"protected scope"_s));

        auto duplicate = waitForResult(client->updateKey(
            alphaId, R"({"scopes":[{"resource":"queues","access":"read","targets":["*"]},)"
                     R"({"resource":"queues","access":"write","targets":["*"]}]})"_ba));
        expectStatus(duplicate, 422);

        // The client's own encoder never sends a protected scope, so creating works.
        ApiKey withProtected =
            draft(u"wants admin"_s, {ApiKeyScope::make(Resource::ApiKeys, Access::Write),
                                     ApiKeyScope::make(Resource::Stats, Access::Read)});
        auto created = waitForResult(client->createKey(withProtected));
        expectStatus(created, 200);
        QVERIFY(!created->exchange.requestBody.contains("api_keys"));
    }

    void rateLimitIsReportedWhenTheServerAsksForALongPause()
    {
        EmulatorOptions options;
        options.rateLimitPerMinute = 2;
        startServer(options);
        expectStatus(waitForResult(client->listKeys()), 200);
        expectStatus(waitForResult(client->listKeys()), 200);
        ApiCall *call = client->listKeys();
        QSignalSpy retries(call, &ApiCall::retryScheduled);
        auto limited = waitForResult(call);
        expectStatus(limited, 429);
        QVERIFY(!limited->exchange.responseHeader("Retry-After").isEmpty());
        QVERIFY(!limited->exchange.responseHeader("X-RateLimit-Reset").isEmpty());
        // The emulator asks for the rest of the minute, beyond the test's 2 s patience.
        QCOMPARE(retries.size(), 0);
        QVERIFY(StatusCatalogue::describe(limited->exchange).retryable);
    }

    void everyInjectedFaultIsDescribedForEveryOperation_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : EmulatorOptions::injectableStatuses())
            QTest::addRow("%d", status) << status;
    }

    void everyInjectedFaultIsDescribedForEveryOperation()
    {
        QFETCH(int, status);
        EmulatorOptions options;
        options.faults = {FaultRule{status, 1.0}};
        options.faultSeed = 1;
        startServer(options);
        ClientSettings settings = client->settings();
        settings.maxAttempts = 2;
        settings.maxRetryWaitMs = 50; // a 429 or 503 is retried at most once, quickly
        client->setSettings(settings);

        const bool retryable = status == 429 || status == 503;
        auto listed = waitForResult(client->listKeys());
        expectStatus(listed, status);
        auto updated = waitForResult(client->setKeyStatus(alphaId, KeyStatus::Disabled));
        expectStatus(updated, status);
        auto created = waitForResult(client->createKey(draft(u"x"_s, {})));
        expectStatus(created, status);
        QCOMPARE(created->exchange.attempts, 1); // POST: never repeated
        QVERIFY(listed->exchange.attempts <= (retryable ? 2 : 1));
        QCOMPARE(StatusCatalogue::describe(created->exchange).retryable,
                 StatusCatalogue::describe(Operation::Create, status).retryable);
        QCOMPARE(server->store().find(alphaId)->key.status, KeyStatus::Enabled);
    }
};

QTEST_GUILESS_MAIN(TestClientEmulator)
#include "tst_clientemulator.moc"
