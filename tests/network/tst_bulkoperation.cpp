// BulkOperation: many keys, a bounded number of requests at once, progress, cancel, a
// per-key result list, and "retry failed only".
#include "BulkOperation.h"
#include "ClientTestSupport.h"
#include "FakeHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;
using namespace discue::test;

namespace {

QList<ApiKey> keys(int count)
{
    QList<ApiKey> result;
    for (int i = 0; i < count; ++i) {
        ApiKey key;
        key.id = u"key%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        key.name = u"key %1"_s.arg(i);
        key.scopes = {ApiKeyScope::make(Resource::Queues, Access::Write)};
        result << key;
    }
    return result;
}

QByteArray idOf(const ReceivedRequest &request)
{
    return request.target.mid(request.target.lastIndexOf('/') + 1);
}

} // namespace

class TestBulkOperation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiKeysClient> client;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<ApiKeysClient>(network.get());
        ClientSettings settings = testSettings(server->baseUrl(), u"bulk-admin-secret"_s);
        settings.maxAttempts = 1;
        client->setSettings(settings);
    }

    void cleanup()
    {
        client.reset();
        network.reset();
        server.reset();
    }

    void disableSendsOnlyTheStatusWithBoundedConcurrency()
    {
        server->setHandler([](const ReceivedRequest &) {
            FakeResponse response = FakeResponse::json(200, "{}"_ba);
            response.delayMs = 30; // keep requests in flight long enough to overlap
            return response;
        });
        BulkOperation bulk(client.get(), BulkAction::Disable, keys(9), 3);
        QSignalSpy progress(&bulk, &BulkOperation::progress);
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(server->requests().size(), 9);
        QVERIFY(server->maxConcurrentRequests() <= 3);
        QVERIFY(server->maxConcurrentRequests() >= 2); // it does run in parallel
        for (const ReceivedRequest &request : server->requests()) {
            QCOMPARE(request.method, "PUT"_ba);
            QCOMPARE(request.body, R"({"status":"disabled"})"_ba);
        }
        QCOMPARE(progress.constFirst().at(0).toInt(), 0);
        QCOMPARE(progress.constLast().at(0).toInt(), 9);
        QCOMPARE(progress.constLast().at(1).toInt(), 9);
        QCOMPARE(bulk.failedCount(), 0);
        QCOMPARE(bulk.results().size(), 9);
        QCOMPARE(bulk.results().at(4).name, u"key 4"_s);
        QVERIFY(bulk.results().at(4).result.isSuccess());
    }

    void retryFailedRepeatsOnlyTheFailures()
    {
        QSet<QByteArray> failOnce{"key02"_ba, "key05"_ba};
        server->setHandler([&failOnce](const ReceivedRequest &request) {
            if (failOnce.remove(idOf(request)))
                return FakeResponse::json(409, R"({"title":"Conflict","status":409})"_ba);
            return FakeResponse::json(200, "{}"_ba);
        });
        BulkOperation bulk(client.get(), BulkAction::Delete, keys(6));
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        QSignalSpy itemFinished(&bulk, &BulkOperation::itemFinished);
        bulk.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(itemFinished.size(), 6);
        QCOMPARE(bulk.failedCount(), 2);
        QCOMPARE(bulk.results().at(2).result.exchange.httpStatus, 409);
        QVERIFY(bulk.results().at(2).result.error);

        const int before = int(server->requests().size());
        bulk.retryFailed();
        QVERIFY(finished.wait(10000));
        QCOMPARE(int(server->requests().size()) - before, 2);
        QCOMPARE(bulk.failedCount(), 0);
        for (int i = before; i < server->requests().size(); ++i)
            QCOMPARE(server->requests().at(i).method, "DELETE"_ba);
    }

    void cancelStopsSendingAndMarksTheRest()
    {
        server->setHandler([](const ReceivedRequest &) { return FakeResponse::noAnswer(); });
        BulkOperation bulk(client.get(), BulkAction::Enable, keys(10), 2);
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.start();
        QTRY_COMPARE(server->requests().size(), 2);
        QVERIFY(bulk.isRunning());
        bulk.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!bulk.isRunning());
        QCOMPARE(bulk.failedCount(), 10);
        for (const BulkItemResult &item : bulk.results())
            QCOMPARE(item.result.exchange.failure, TransportFailure::Cancelled);
        QCOMPARE(server->requests().size(), 2); // nothing sent after the cancel

        // "Retry failed only" then covers the cancelled keys as well.
        server->setHandler(
            [](const ReceivedRequest &) { return FakeResponse::json(200, "{}"_ba); });
        bulk.retryFailed();
        QVERIFY(finished.wait(10000));
        QCOMPARE(bulk.failedCount(), 0);
        QCOMPARE(server->requests().last().body, R"({"status":"enabled"})"_ba);
    }

    void nothingToDoFinishesAtOnce()
    {
        BulkOperation bulk(client.get(), BulkAction::Delete, {});
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.start();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(server->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkOperation)
#include "tst_bulkoperation.moc"
