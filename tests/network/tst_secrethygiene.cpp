// Secret hygiene across a whole session: with every logging category at debug level, the
// admin's X-API-KEY and a created key's secret must appear nowhere - not in the log, the
// request journal, its exports, the curl commands, the catalogue texts or any QDebug output.
#include "ApiKeysClient.h"
#include "BulkOperation.h"
#include "ClientTestSupport.h"
#include "DebugLogCapture.h"
#include "EmulatorServer.h"
#include "FakeHttpServer.h"
#include "RequestJournalModel.h"
#include "StatusCatalogue.h"

#include <QBuffer>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;
using namespace discue::test;

namespace {

const QString adminSecret = u"ZZadminZZ-hygiene-secret-do-not-leak-0123456789abcdefghijk"_s;

QString debugText(const auto &value)
{
    QString text;
    QDebug(&text) << value;
    return text;
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private:
    std::optional<DebugLogCapture> log;

private Q_SLOTS:
    void initTestCase() { log.emplace(); }

    void cleanupTestCase() { log.reset(); }

    void aFullSessionLeaksNoSecret()
    {
        EmulatorOptions options;
        options.adminKey = adminSecret;
        options.seed = EmulatorOptions::Seed::Demo;
        EmulatorServer emulator(options);
        QString error;
        QVERIFY2(emulator.start(&error), qPrintable(error));

        QNetworkAccessManager network;
        ApiKeysClient client(&network);
        client.setSettings(testSettings(emulator.baseUrl(), adminSecret));
        RequestJournalModel journal;
        connect(&client, &ApiKeysClient::exchangeFinished, &journal, &RequestJournalModel::append);

        QList<ApiResult> results;
        const auto run = [&results](ApiCall *call) {
            auto result = waitForResult(call);
            if (result)
                results << *result;
            return result;
        };

        // The session: list, read, create (a secret comes back), edit, disable, delete,
        // bulk, errors.
        auto listed = run(client.listKeys());
        QVERIFY(listed && listed->isSuccess());
        const QList<ApiKey> keys = std::get<ApiKeyList>(listed->payload).keys;
        QVERIFY(keys.size() > 2);
        QVERIFY(run(client.getKey(keys.first().id)));

        ApiKey draft;
        draft.name = u"hygiene"_s;
        draft.scopes = {ApiKeyScope::make(Resource::Queues, Access::Write)};
        auto created = run(client.createKey(draft));
        QVERIFY(created && created->isSuccess());
        const QString createdSecret = std::get<CreatedKey>(created->payload).secret;
        const QString createdId = std::get<CreatedKey>(created->payload).id;
        QCOMPARE(createdSecret.size(), 64);

        ApiKey after = draft;
        after.id = createdId;
        after.name = u"hygiene renamed"_s;
        ApiKey before = draft;
        before.id = createdId;
        QVERIFY(run(client.updateKey(before, after)));
        QVERIFY(run(client.setKeyStatus(createdId, KeyStatus::Disabled)));
        QVERIFY(run(client.getKey(u"AAAAAAAAAAAAAAAAAAAAA"_s))); // 404

        BulkOperation bulk(&client, BulkAction::Disable, keys.mid(1, 3));
        QSignalSpy bulkFinished(&bulk, &BulkOperation::finished);
        bulk.start();
        QVERIFY(bulkFinished.wait(10000));
        for (const BulkItemResult &item : bulk.results())
            results << item.result;

        QVERIFY(run(client.deleteKey(createdId)));

        // The created key authenticates now that it exists... and a refused key is logged
        // the same way as the admin key: redacted.
        ClientSettings settings = client.settings();
        settings.apiKey = createdSecret;
        client.setSettings(settings);
        QVERIFY(run(client.listKeys())); // 401: the key was deleted

        // Retries and a failure against a scripted server, with the admin key again.
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.enqueue(FakeResponse::json(503, R"({"title":"Service Unavailable","status":503})"_ba,
                                        {{"Retry-After", "0"}}));
        fake.enqueue(FakeResponse::dropMidBody("{\"api_keys\": []}"_ba, 3));
        fake.enqueue(FakeResponse::json(200, R"({"api_keys":[]})"_ba));
        settings = testSettings(fake.baseUrl(), adminSecret);
        client.setSettings(settings);
        QVERIFY(run(client.listKeys()));
        QCOMPARE(results.last().exchange.attempts, 3);

        // Everything a secret could leak through.
        QString everything;
        everything += debugText(client.settings());
        for (const ApiResult &result : std::as_const(results)) {
            const ApiExchange &exchange = result.exchange;
            everything += debugText(result) + debugText(exchange) + exchange.curlCommand() +
                          QString::fromUtf8(exchange.requestBody) +
                          QString::fromUtf8(exchange.responseBody) + exchange.failureDetail +
                          exchange.decodeError;
            for (const auto &[name, value] : exchange.requestHeaders)
                everything += QString::fromUtf8(name + ": " + value);
            for (const auto &[name, value] : exchange.responseHeaders)
                everything += QString::fromUtf8(name + ": " + value);
            const StatusDescription description = StatusCatalogue::describe(exchange);
            everything += description.title + description.meaning + description.advice;
        }
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(journal.exportCsv(&csv));
        QBuffer json;
        QVERIFY(json.open(QIODevice::WriteOnly));
        QVERIFY(journal.exportJson(&json));
        everything += QString::fromUtf8(csv.data()) + QString::fromUtf8(json.data());
        for (int row = 0; row < journal.rowCount(); ++row) {
            for (int column = 0; column < journal.columnCount(); ++column) {
                everything += journal.index(row, column).data().toString() +
                              journal.index(row, column).data(Qt::ToolTipRole).toString();
            }
        }
        const QString logged = log->text();
        everything += logged;
        QVERIFY2(logged.contains(u"discue.network"_s), "the session was logged at all");

        QVERIFY(journal.rowCount() >= 12);
        QVERIFY(everything.contains(QString::fromLatin1(redactedMarker.toByteArray())));
        // Where a leak happened, masked, so a failure points at the culprit without printing it.
        for (const QString &secret : {adminSecret, createdSecret}) {
            const qsizetype at = everything.indexOf(secret);
            if (at >= 0) {
                qWarning().noquote()
                    << "leak after:" << everything.mid(std::max<qsizetype>(0, at - 200), 200);
            }
        }
        QVERIFY2(!everything.contains(adminSecret), "the admin key leaked");
        QVERIFY2(!everything.contains(createdSecret), "a created key's secret leaked");
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
