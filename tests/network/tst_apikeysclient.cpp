// ApiKeysClient against a scripted loopback server: what goes on the wire, and what the
// client makes of everything a server can do wrong - bad bodies, stalls, drops, floods,
// redirects, rate limits and outages.
#include "ApiKeysClient.h"
#include "ClientTestSupport.h"
#include "FakeHttpServer.h"
#include "StatusCatalogue.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace discue;
using namespace discue::test;

namespace {

const QString adminKey = u"ADMINsecret_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP"_s;
const QByteArray keyId = "MbCS6UB_m7NdvyDOE8stT"_ba;

QByteArray keyJson(const QByteArray &id, const QByteArray &name)
{
    // Raw strings here hold an even number of quotes and no "//": moc misreads the others.
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"" +
           R"(,"status":"enabled","key":"ep1","scopes":[{"resource":"queues","access":"write","targets":["*"]}],"created_at":1700000000000})";
}

QByteArray listJson()
{
    return R"({"api_keys":[)" + keyJson(keyId, "alpha") + "," +
           keyJson("Tzrg1O3jk4_FZTAEThNq0", "beta") +
           R"(],"_links":{"self":{"href":"/v1/api_keys"}}})";
}

} // namespace

class TestApiKeysClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiKeysClient> client;

    void useSettings(const std::function<void(ClientSettings &)> &change)
    {
        ClientSettings settings = client->settings();
        change(settings);
        client->setSettings(settings);
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<ApiKeysClient>(network.get());
        client->setSettings(testSettings(server->baseUrl(), adminKey));
    }

    void cleanup()
    {
        client.reset();
        network.reset();
        server.reset();
    }

    void listSendsTheContractHeadersAndDecodesTheKeys()
    {
        server->enqueue(FakeResponse::json(200, listJson()));
        QSignalSpy journal(client.get(), &ApiKeysClient::exchangeFinished);
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QVERIFY(result->isSuccess());
        const auto *list = std::get_if<ApiKeyList>(&result->payload);
        QVERIFY(list);
        QCOMPARE(list->keys.size(), 2);
        QCOMPARE(list->keys.at(0).id, QString::fromLatin1(keyId));
        QCOMPARE(list->keys.at(1).name, u"beta"_s);

        QCOMPARE(server->requests().size(), 1);
        const ReceivedRequest &sent = server->requests().constFirst();
        QCOMPARE(sent.method, "GET"_ba);
        QCOMPARE(sent.target, "/v1/api_keys"_ba);
        QCOMPARE(sent.header("Accept"), "application/json"_ba);
        QCOMPARE(sent.header("X-API-KEY"), adminKey.toUtf8());

        // The recorded exchange names the header but never holds the key.
        QCOMPARE(result->exchange.httpStatus, 200);
        QCOMPARE(result->exchange.attempts, 1);
        bool sawRedactedKey = false;
        for (const auto &[name, value] : result->exchange.requestHeaders) {
            if (name == "X-API-KEY") {
                sawRedactedKey = true;
                QCOMPARE(value, redactedMarker.toByteArray());
            }
        }
        QVERIFY(sawRedactedKey);
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.at(0).at(0).value<ApiExchange>().serial, result->exchange.serial);
    }

    void aStartedCallIsOnTheWireBeforeTheEventLoopRuns()
    {
        // The console starts its first list and, when no second thread could fill the font
        // database, builds the window at once without returning to the event loop: the server
        // must get the request meanwhile, not afterwards.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        useSettings([&listener](ClientSettings &settings) {
            settings.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(listener.serverPort()));
        });
        ApiCall *call = client->listKeys();
        std::optional<ApiResult> result;
        connect(call, &ApiCall::finished, this, [&result](const ApiResult &r) { result = r; });
        call->start();

        // Blocking waits: this thread's event loop does not run until the request is read.
        QVERIFY2(listener.waitForNewConnection(5000), "the request waited for the event loop");
        std::unique_ptr<QTcpSocket> socket(listener.nextPendingConnection());
        QByteArray request;
        while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(5000))
            request += socket->readAll();
        QVERIFY2(request.startsWith("GET /v1/api_keys HTTP/1.1\r\n"), request.constData());

        const QByteArray body = listJson();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(socket->waitForBytesWritten(5000));
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->isSuccess());
        QCOMPARE(std::get<ApiKeyList>(result->payload).keys.size(), 2);
    }

    void createSendsJsonAndKeepsTheSecretOnlyInThePayload()
    {
        const QByteArray secret =
            "EPLPXwVOdhCxc4lylNpMeDM0_GhnCAZg3tFrWtZbb0cYQ7NCyRVfaN-O9rItf5kw"_ba;
        server->enqueue(FakeResponse::json(200, "{\"api_key\":\"" + secret +
                                                    "\",\"_links\":{\"self\":{\"href\":\"http:/"
                                                    "/x/v1/api_keys/"
                                                    "NEWidNEWidNEWidNEWid1\"}}}"));
        ApiKey draft;
        draft.name = u"ci deploy"_s;
        draft.scopes = {ApiKeyScope::make(Resource::Queues, Access::Read)};
        const auto result = waitForResult(client->createKey(draft));
        QVERIFY(result);
        QVERIFY(result->isSuccess());
        const auto *created = std::get_if<CreatedKey>(&result->payload);
        QVERIFY(created);
        QCOMPARE(created->secret.toUtf8(), secret);
        QCOMPARE(created->id, u"NEWidNEWidNEWidNEWid1"_s);
        QVERIFY(!result->exchange.responseBody.contains(secret));
        QVERIFY(result->exchange.responseBody.contains(redactedMarker.toByteArray()));

        const ReceivedRequest &sent = server->requests().constFirst();
        QCOMPARE(sent.method, "POST"_ba);
        QCOMPARE(sent.header("Content-Type"), "application/json"_ba);
        QVERIFY(sent.body.contains("ci deploy"));
    }

    void aCreateQtSentTwiceSaysSo()
    {
        // The server takes the POST and closes without a byte of answer; Qt 6.4's HTTP layer
        // then sends it again by itself. The console cannot stop that, but must know it: two
        // keys may now exist.
        server->enqueue(FakeResponse::hangUp());
        server->enqueue(FakeResponse::json(
            200, "{\"api_key\":\"s3cr3t\",\"_links\":{\"self\":{\"href\":\"http://x/v1/"
                 "api_keys/NEWidNEWidNEWidNEWid1\"}}}"_ba));
        ApiKey draft;
        draft.name = u"twice"_s;
        const auto result = waitForResult(client->createKey(draft));
        QVERIFY(result);
        QVERIFY(result->isSuccess());
        QCOMPARE(server->requests().size(), 2);
        QCOMPARE(result->exchange.attempts, 1); // not the console's own retry
        QCOMPARE(result->exchange.bodySends, 2);
    }

    void aCreateSentThenRefusedMayHaveHappened()
    {
        // Sent, closed unanswered, and Qt's second try finds nothing listening: the server may
        // have acted on the first, so this is a dropped connection, not "not sent".
        server->setHandler([this](const ReceivedRequest &) {
            QTimer::singleShot(0, server.get(), [this] { server->stopListening(); });
            return FakeResponse::hangUp();
        });
        ApiKey draft;
        draft.name = u"maybe"_s;
        const auto result = waitForResult(client->createKey(draft));
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::ConnectionDropped);
        QCOMPARE(result->exchange.bodySends, 1);
        const StatusDescription said = StatusCatalogue::describe(result->exchange);
        QVERIFY2(said.advice.contains(u"whether the key was created"_s), qPrintable(said.advice));
    }

    void bodilessPutSendsContentLengthZero()
    {
        server->enqueue(FakeResponse::json(200, {}));
        ApiKey key;
        key.id = QString::fromLatin1(keyId);
        key.name = u"same"_s;
        const auto result = waitForResult(client->updateKey(key, key));
        QVERIFY(result);
        QVERIFY(result->isSuccess());
        QVERIFY(std::holds_alternative<std::monostate>(result->payload));
        const ReceivedRequest &sent = server->requests().constFirst();
        QCOMPARE(sent.method, "PUT"_ba);
        QCOMPARE(sent.target, "/v1/api_keys/" + keyId);
        QCOMPARE(sent.header("Content-Length"), "0"_ba);
        QVERIFY(!sent.hasHeader("Content-Type"));
    }

    void setKeyStatusSendsOnlyTheStatus()
    {
        server->enqueue(FakeResponse::json(200, R"({"api_key":)" + keyJson(keyId, "alpha") + "}"));
        const auto result =
            waitForResult(client->setKeyStatus(QString::fromLatin1(keyId), KeyStatus::Disabled));
        QVERIFY(result);
        QVERIFY(result->isSuccess());
        QVERIFY(std::holds_alternative<ApiKeyDocument>(result->payload));
        QCOMPARE(server->requests().constFirst().body, R"({"status":"disabled"})"_ba);
    }

    void updateAnswersWithoutAKeyAreStillSuccesses()
    {
        server->enqueue(FakeResponse::json(200, R"({"_links":{"self":"/v1/api_keys/x"}})"_ba));
        server->enqueue(FakeResponse::json(200, R"({"api_key": 42})"_ba));
        server->enqueue(FakeResponse::json(200, "not json"_ba));
        const QString id = QString::fromLatin1(keyId);
        const auto linksOnly = waitForResult(client->setKeyStatus(id, KeyStatus::Enabled));
        QVERIFY(linksOnly);
        QVERIFY(linksOnly->isSuccess());
        QVERIFY(std::holds_alternative<std::monostate>(linksOnly->payload));
        const auto badKey = waitForResult(client->setKeyStatus(id, KeyStatus::Enabled));
        QVERIFY(badKey);
        QVERIFY(!badKey->isSuccess());
        QVERIFY(!badKey->exchange.decodeError.isEmpty());
        const auto notJson = waitForResult(client->setKeyStatus(id, KeyStatus::Enabled));
        QVERIFY(notJson);
        QVERIFY(!notJson->exchange.decodeError.isEmpty());
    }

    void malformedJsonIsADecodeErrorNotASuccess()
    {
        server->enqueue(FakeResponse::json(200, R"({"api_keys": [ {"id": )"_ba));
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QCOMPARE(result->exchange.httpStatus, 200);
        QVERIFY(!result->exchange.decodeError.isEmpty());
        QVERIFY(!result->isSuccess());
        QVERIFY(std::holds_alternative<std::monostate>(result->payload));
        const StatusDescription description = StatusCatalogue::describe(result->exchange);
        QVERIFY(description.meaning.contains(u"could not be read"_s));
    }

    void bodyEndingBeforeItsLengthIsADroppedConnection()
    {
        useSettings([](ClientSettings &s) { s.maxAttempts = 2; });
        server->enqueue(FakeResponse::dropMidBody(listJson(), 20));
        server->enqueue(FakeResponse::dropMidBody(listJson(), 40));
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::ConnectionDropped);
        QCOMPARE(result->exchange.httpStatus, 0);
        QCOMPARE(result->exchange.attempts, 2); // GET is retried after a drop
        QCOMPARE(server->requests().size(), 2);
        QVERIFY(StatusCatalogue::describe(result->exchange).title.contains(u"dropped"_s));
    }

    void truncatedJsonWithoutLengthIsADecodeError()
    {
        FakeResponse truncated = FakeResponse::json(200, listJson().left(60));
        truncated.announceLength = false; // the body ends with the connection: valid HTTP
        server->enqueue(truncated);
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QCOMPARE(result->exchange.httpStatus, 200);
        QVERIFY(!result->exchange.decodeError.isEmpty());
        QVERIFY(!result->isSuccess());
    }

    void aBodyThatNeverEndsTimesOut()
    {
        useSettings([](ClientSettings &s) { s.timeoutMs = 300; });
        server->enqueue(FakeResponse::stall(listJson(), 30));
        QElapsedTimer clock;
        clock.start();
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::Timeout);
        QCOMPARE(result->exchange.attempts, 1); // a timeout is not retried
        QVERIFY(clock.elapsed() < 3000);
    }

    void noAnswerAtAllTimesOut()
    {
        useSettings([](ClientSettings &s) { s.timeoutMs = 250; });
        server->enqueue(FakeResponse::noAnswer());
        const auto result = waitForResult(client->getKey(QString::fromLatin1(keyId)));
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::Timeout);
        const StatusDescription description = StatusCatalogue::describe(result->exchange);
        QCOMPARE(description.statusClass, StatusClass::NoResponse);
        QCOMPARE(description.title, u"No response: timed out"_s);
    }

    void hugeAnnouncedBodyIsRefused()
    {
        useSettings([](ClientSettings &s) { s.maxResponseBytes = 1024 * 1024; });
        server->enqueue(FakeResponse::generated(100LL * 1024 * 1024, true));
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::ResponseTooLarge);
        QVERIFY(result->exchange.responseBody.isEmpty());
        QVERIFY(server->generatedBytesWritten() < 20LL * 1024 * 1024);
    }

    void hugeUnannouncedBodyIsCutAtTheCap()
    {
        useSettings([](ClientSettings &s) { s.maxResponseBytes = 2 * 1024 * 1024; });
        server->enqueue(FakeResponse::generated(100LL * 1024 * 1024, false));
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::ResponseTooLarge);
        QCOMPARE(result->exchange.attempts, 1);
        QVERIFY(server->generatedBytesWritten() < 30LL * 1024 * 1024);
        QCOMPARE(StatusCatalogue::describe(result->exchange).title,
                 u"No response: answer too large"_s);
    }

    void redirectToAnotherHostIsRefused()
    {
        server->enqueue(FakeResponse::redirect(302, "http://198.51.100.7/v1/api_keys"_ba));
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::RedirectRefused);
        QCOMPARE(server->requests().size(), 1);
        QVERIFY(result->exchange.failureDetail.contains(u"198.51.100.7"_s));
    }

    void redirectOnTheSameServerIsFollowedWithTheKey()
    {
        const QByteArray target = server->baseUrl().toString().toUtf8() + "/api_keys?moved=1";
        server->enqueue(FakeResponse::redirect(307, target));
        server->enqueue(FakeResponse::json(200, listJson()));
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QVERIFY(result->isSuccess());
        QCOMPARE(server->requests().size(), 2);
        QCOMPARE(server->requests().at(1).target, "/v1/api_keys?moved=1"_ba);
        QCOMPARE(server->requests().at(1).header("X-API-KEY"), adminKey.toUtf8());
    }

    void plainHttpToAnotherHostIsNeverSent()
    {
        useSettings([](ClientSettings &s) { s.baseUrl = QUrl(u"http://api.discue.io/v1"_s); });
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::InsecureUrl);
        QCOMPARE(result->exchange.attempts, 0);
        QCOMPARE(StatusCatalogue::describe(result->exchange).title,
                 u"Not sent: insecure address"_s);
    }

    void aRefusedAddressIsAnsweredFromTheEventLoop()
    {
        // The main window starts its first list while it is being built: no answer, not even
        // an immediate refusal, may reach it inside start().
        useSettings([](ClientSettings &s) { s.baseUrl = QUrl(u"http://api.discue.io/v1"_s); });
        ApiCall *call = client->listKeys();
        std::optional<ApiResult> result;
        connect(call, &ApiCall::finished, this, [&result](const ApiResult &r) { result = r; });
        call->start();
        QVERIFY(!result.has_value());
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->exchange.failure, TransportFailure::InsecureUrl);
    }

    void untrustedCertificatesAreNeverIgnored()
    {
        // tls/: a self-signed certificate for 127.0.0.1 made for this test only (openssl req
        // -x509 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1); no system trusts it.
        QFile certificateFile(QFINDTESTDATA("tls/selfsigned-127.0.0.1.crt"));
        QFile keyFile(QFINDTESTDATA("tls/selfsigned-127.0.0.1.key"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QSslServer tlsServer;
        tlsServer.setSslConfiguration(tls);
        QVERIFY(tlsServer.listen(QHostAddress::LocalHost, 0));
        int accepted = 0;
        connect(&tlsServer, &QTcpServer::pendingConnectionAvailable, this, [&tlsServer, &accepted] {
            while (QTcpSocket *socket = tlsServer.nextPendingConnection()) {
                ++accepted; // a finished handshake; the client should never get here
                socket->deleteLater();
            }
        });
        const quint16 port = tlsServer.serverPort();
        useSettings([port](ClientSettings &s) {
            s.baseUrl = QUrl(u"https://127.0.0.1:%1/v1"_s.arg(port));
        });
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::TlsFailure);
        QCOMPARE(result->exchange.attempts, 1);
        QVERIFY(result->exchange.failureDetail.contains(u"self signed"_s, Qt::CaseInsensitive) ||
                result->exchange.failureDetail.contains(u"self-signed"_s, Qt::CaseInsensitive));
        QCOMPARE(accepted, 0);
        QCOMPARE(StatusCatalogue::describe(result->exchange).title,
                 u"No response: secure connection failed"_s);
    }

    void connectionRefusedIsReported()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        useSettings(
            [port](ClientSettings &s) { s.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)); });
        const auto result = waitForResult(client->listKeys());
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::ConnectionRefused);
        QCOMPARE(StatusCatalogue::describe(result->exchange).title,
                 u"No response: connection refused"_s);
    }

    void tooManyRequestsIsRetriedAfterTheServersHint()
    {
        server->enqueue(FakeResponse::json(429, R"({"title":"Too Many Requests","status":429})",
                                           {{"Retry-After", "0"}}));
        server->enqueue(FakeResponse::json(
            429, R"({"title":"Too Many Requests","status":429})",
            {{"X-RateLimit-Reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() - 5)}}));
        server->enqueue(FakeResponse::json(200, listJson()));
        ApiCall *call = client->listKeys();
        QSignalSpy retries(call, &ApiCall::retryScheduled);
        QSignalSpy journal(client.get(), &ApiKeysClient::exchangeFinished);
        const auto result = waitForResult(call);
        QVERIFY(result);
        QVERIFY(result->isSuccess());
        QCOMPARE(result->exchange.attempts, 3);
        QCOMPARE(retries.size(), 2);
        // The journal hears of every request as it is answered: 429, 429, then 200, each
        // timed on its own.
        QCOMPARE(journal.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto exchange = journal.at(i).at(0).value<ApiExchange>();
            QCOMPARE(exchange.attempts, i + 1);
            QCOMPARE(exchange.httpStatus, i < 2 ? 429 : 200);
            if (i > 0) {
                const auto before = journal.at(i - 1).at(0).value<ApiExchange>();
                QVERIFY(exchange.startedAt >= before.startedAt.addMSecs(before.durationMs));
            }
        }
        QCOMPARE(retries.at(0).at(0).toInt(), 2);      // next attempt
        QCOMPARE(retries.at(0).at(1).toInt(), 4);      // of
        QCOMPARE(retries.at(0).at(2).toLongLong(), 0); // Retry-After: 0
        QCOMPARE(retries.at(0).at(3).toInt(), 429);
        QCOMPARE(retries.at(1).at(2).toLongLong(), 0); // reset already passed
        QCOMPARE(server->requests().size(), 3);
    }

    void retriesStopAtMaxAttempts()
    {
        useSettings([](ClientSettings &s) { s.maxAttempts = 3; });
        for (int i = 0; i < 3; ++i) {
            server->enqueue(
                FakeResponse::json(503, R"({"title":"Service Unavailable","status":503})"));
        }
        const auto result = waitForResult(client->deleteKey(QString::fromLatin1(keyId)));
        QVERIFY(result);
        QCOMPARE(result->exchange.httpStatus, 503);
        QCOMPARE(result->exchange.attempts, 3);
        QCOMPARE(result->exchange.maxAttempts, 3);
        QVERIFY(result->error);
        QCOMPARE(result->error->title, u"Service Unavailable"_s);
        QCOMPARE(server->requests().size(), 3);
    }

    void unavailableThenOkForPutSucceeds()
    {
        server->enqueue(FakeResponse::json(503, R"({"title":"Service Unavailable","status":503})"));
        server->enqueue(
            FakeResponse::json(200, R"({"api_key":)" + keyJson(keyId, "renamed") + "}"));
        ApiKey before;
        before.id = QString::fromLatin1(keyId);
        before.name = u"alpha"_s;
        ApiKey after = before;
        after.name = u"renamed"_s;
        const auto result = waitForResult(client->updateKey(before, after));
        QVERIFY(result);
        QVERIFY(result->isSuccess());
        QCOMPARE(result->exchange.attempts, 2);
        QCOMPARE(server->requests().size(), 2);
        QCOMPARE(server->requests().at(0).body, server->requests().at(1).body);
        const auto *document = std::get_if<ApiKeyDocument>(&result->payload);
        QVERIFY(document);
        QCOMPARE(document->key.name, u"renamed"_s);
    }

    void unavailableForPostIsNeverRepeated()
    {
        server->enqueue(FakeResponse::json(503, R"({"title":"Service Unavailable","status":503})"));
        server->enqueue(FakeResponse::json(200, R"({"api_key":"x"})"));
        ApiKey draft;
        draft.name = u"once"_s;
        ApiCall *call = client->createKey(draft);
        QSignalSpy retries(call, &ApiCall::retryScheduled);
        const auto result = waitForResult(call);
        QVERIFY(result);
        QCOMPARE(result->exchange.httpStatus, 503);
        QCOMPARE(result->exchange.attempts, 1);
        QCOMPARE(result->exchange.maxAttempts, 1);
        QCOMPARE(retries.size(), 0);
        QCOMPARE(server->requests().size(), 1);
        const StatusDescription description = StatusCatalogue::describe(result->exchange);
        QVERIFY(description.advice.contains(u"whether the key was created"_s));
    }

    void cancelDuringTheRetryWaitStopsAtOnce()
    {
        server->enqueue(FakeResponse::json(429, R"({"title":"Too Many Requests","status":429})",
                                           {{"Retry-After", "30"}}));
        useSettings([](ClientSettings &s) { s.maxRetryWaitMs = 60000; });
        ApiCall *call = client->listKeys();
        QSignalSpy retries(call, &ApiCall::retryScheduled);
        connect(call, &ApiCall::retryScheduled, call, &ApiCall::cancel);
        QElapsedTimer clock;
        clock.start();
        const auto result = waitForResult(call);
        QVERIFY(result);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.at(0).at(2).toLongLong(), 30000);
        QCOMPARE(result->exchange.failure, TransportFailure::Cancelled);
        // What the call was waiting to retry is not lost with the response.
        QCOMPARE(result->exchange.failureDetail,
                 u"Cancelled by the user while waiting to retry after 429 Too Many Requests."_s);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(server->requests().size(), 1);
    }

    void cancelAfterADroppedConnectionSaysSo()
    {
        useSettings([](ClientSettings &s) { s.backoffBaseMs = 30000; });
        server->enqueue(FakeResponse::dropMidBody(listJson(), 20));
        ApiCall *call = client->listKeys();
        connect(call, &ApiCall::retryScheduled, call, &ApiCall::cancel);
        const auto result = waitForResult(call);
        QVERIFY(result);
        QCOMPARE(result->exchange.failureDetail,
                 u"Cancelled by the user while waiting to retry after the connection dropped."_s);
    }

    void aServerAskingForTooLongAPauseIsNotRetried()
    {
        useSettings([](ClientSettings &s) { s.maxRetryWaitMs = 60000; });
        server->enqueue(FakeResponse::json(429, R"({"title":"Too Many Requests","status":429})",
                                           {{"Retry-After", "3600"}}));
        ApiCall *call = client->listKeys();
        QSignalSpy retries(call, &ApiCall::retryScheduled);
        const auto result = waitForResult(call);
        QVERIFY(result);
        QCOMPARE(retries.size(), 0);
        QCOMPARE(result->exchange.httpStatus, 429);
        QCOMPARE(result->exchange.attempts, 1);
        QCOMPARE(result->exchange.maxAttempts, 1); // the last attempt, says the dialog too
        const StatusDescription said = StatusCatalogue::describe(result->exchange);
        QCOMPARE(said.title, u"429 Too Many Requests"_s);
        QVERIFY2(!said.advice.contains(u"automatically"_s), qPrintable(said.advice));
    }

    void networkGoneDuringTheRetryWaitEndsTheCall()
    {
        server->enqueue(FakeResponse::json(503, R"({"title":"Service Unavailable","status":503})"));
        ApiCall *call = client->listKeys();
        connect(call, &ApiCall::retryScheduled, this, [this] { network.reset(); });
        const auto result = waitForResult(call);
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::Cancelled);
        QCOMPARE(server->requests().size(), 1);
    }

    void cancelWhileWaitingForTheAnswer()
    {
        server->enqueue(FakeResponse::noAnswer());
        ApiCall *call = client->listKeys();
        connect(server.get(), &FakeHttpServer::requestReceived, call, &ApiCall::cancel);
        const auto result = waitForResult(call);
        QVERIFY(result);
        QCOMPARE(result->exchange.failure, TransportFailure::Cancelled);
        QCOMPARE(StatusCatalogue::describe(result->exchange).title, u"Cancelled"_s);
    }

    void errorBodiesAreDecoded()
    {
        server->enqueue(FakeResponse::json(
            422,
            R"({"title":"Unprocessable Entity","status":422,"detail":"api_keys is protected"})"));
        ApiKey before;
        before.id = QString::fromLatin1(keyId);
        const auto result = waitForResult(client->updateKey(before.id, R"({"name":"x"})"_ba));
        QVERIFY(result);
        QVERIFY(!result->isSuccess());
        QCOMPARE(result->exchange.httpStatus, 422);
        QVERIFY(result->error);
        QCOMPARE(result->error->status, 422);
        QCOMPARE(result->error->detail, u"api_keys is protected"_s);
    }

    void nonJsonErrorBodiesAreTolerated()
    {
        FakeResponse html = FakeResponse::json(502, "<html>Bad gateway</html>"_ba);
        server->enqueue(html);
        const auto result = waitForResult(client->getKey(QString::fromLatin1(keyId)));
        QVERIFY(result);
        QCOMPARE(result->exchange.httpStatus, 502);
        QVERIFY(!result->error);
        QCOMPARE(StatusCatalogue::describe(result->exchange).statusClass, StatusClass::ServerError);
    }

    void idsArePercentEncodedIntoOnePathSegment()
    {
        server->enqueue(FakeResponse::json(400, R"({"title":"Bad Request","status":400})"));
        const auto result = waitForResult(client->getKey(u"../admin?x=1"_s));
        QVERIFY(result);
        QCOMPARE(result->exchange.httpStatus, 400);
        QCOMPARE(StatusCatalogue::describe(result->exchange).title, u"400 Bad Request"_s);
        QCOMPARE(server->requests().constFirst().target, "/v1/api_keys/..%2Fadmin%3Fx%3D1"_ba);
    }
};

QTEST_GUILESS_MAIN(TestApiKeysClient)
#include "tst_apikeysclient.moc"
