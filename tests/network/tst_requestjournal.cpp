// RequestJournalModel: the activity journal's rows, its bound, the whole exchange per row for
// the response dialog, and the CSV and JSON exports - under QAbstractItemModelTester.
#include "RequestJournalModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

ApiExchange exchange(quint64 serial, int status, TransportFailure failure = TransportFailure::None)
{
    ApiExchange e;
    e.serial = serial;
    e.startedAt =
        QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + qint64(serial) * 1000, Qt::UTC);
    e.operation = Operation::Update;
    e.method = "PUT"_ba;
    e.url = QUrl(u"https://api.discue.io/v1/api_keys/MbCS6UB_m7NdvyDOE8stT?pretty=true"_s);
    e.requestHeaders = {{"X-API-KEY"_ba, redactedMarker.toByteArray()}};
    e.requestBody = "{\"name\":\"a, \\\"quoted\\\" name\"}"_ba;
    e.httpStatus = status;
    e.reasonPhrase = status == 200 ? "OK"_ba : status == 404 ? "Not Found"_ba : QByteArray();
    e.failure = failure;
    e.failureDetail = failure == TransportFailure::None ? QString() : u"Connection refused"_s;
    e.durationMs = 40 + qint64(serial);
    e.attempts = 2;
    e.maxAttempts = 4;
    return e;
}

} // namespace

class TestRequestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsShowTheExchange()
    {
        RequestJournalModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(exchange(1, 200));
        model.append(exchange(2, 0, TransportFailure::ConnectionRefused));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RequestJournalModel::ColumnCount));

        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, RequestJournalModel::Method), u"PUT"_s);
        QCOMPARE(text(0, RequestJournalModel::Path),
                 u"/v1/api_keys/MbCS6UB_m7NdvyDOE8stT?pretty=true"_s);
        QCOMPARE(text(0, RequestJournalModel::Status), u"200 OK"_s);
        QCOMPARE(text(0, RequestJournalModel::Duration), u"41 ms"_s);
        QCOMPARE(text(0, RequestJournalModel::Attempts), u"2 of 4"_s);
        QCOMPARE(text(1, RequestJournalModel::Status), u"No response (connection refused)"_s);
        QCOMPARE(model.index(1, RequestJournalModel::Status).data(Qt::ToolTipRole).toString(),
                 u"Connection refused"_s);

        const auto whole = model.index(1, RequestJournalModel::Path)
                               .data(RequestJournalModel::ExchangeRole)
                               .value<ApiExchange>();
        QCOMPARE(whole.serial, 2u);
        QCOMPARE(whole.failure, TransportFailure::ConnectionRefused);
        QCOMPARE(model.index(0, 0).data(RequestJournalModel::HttpStatusRole).toInt(), 200);
        // Raw values for sorting: a no-response row sorts before every status.
        QVERIFY(model.index(1, RequestJournalModel::Status)
                    .data(RequestJournalModel::SortRole)
                    .toInt() < model.index(0, RequestJournalModel::Status)
                                   .data(RequestJournalModel::SortRole)
                                   .toInt());
        QCOMPARE(model.headerData(RequestJournalModel::Attempts, Qt::Horizontal).toString(),
                 u"Attempts"_s);
    }

    void isBoundedDroppingTheOldest()
    {
        RequestJournalModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxEntries(5);
        for (quint64 serial = 1; serial <= 12; ++serial)
            model.append(exchange(serial, 200));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.exchangeAt(0).serial, 8u);
        QCOMPARE(model.exchangeAt(4).serial, 12u);
        model.setMaxEntries(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.exchangeAt(0).serial, 11u);
        QCOMPARE(RequestJournalModel::defaultMaxEntries, 2000);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void exportsCsv()
    {
        RequestJournalModel model;
        model.append(exchange(1, 404));
        model.append(exchange(2, 0, TransportFailure::Timeout));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(model.exportCsv(&buffer));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, trailing empty
        QVERIFY(lines.at(0).startsWith("time,method,url,status"));
        QCOMPARE(lines.at(1).trimmed(),
                 "2023-11-14T22:13:21.000Z,PUT,https://api.discue.io/v1/api_keys/"
                 "MbCS6UB_m7NdvyDOE8stT?pretty=true,404,Not Found,,41,2,4"_ba);
        QVERIFY(lines.at(2).contains(",,,timeout,42,2,4"));

        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QVERIFY(!model.exportCsv(&readOnly));
    }

    void exportsJson()
    {
        RequestJournalModel model;
        model.append(exchange(1, 200));
        model.append(exchange(2, 0, TransportFailure::Timeout));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(model.exportJson(&buffer));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray entries = document.array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)[u"status"_s].toInt(), 200);
        QCOMPARE(entries.at(0)[u"method"_s].toString(), u"PUT"_s);
        QCOMPARE(entries.at(0)[u"attempts"_s].toInt(), 2);
        QVERIFY(entries.at(1)[u"status"_s].isNull());
        QCOMPARE(entries.at(1)[u"failure"_s].toString(), u"timeout"_s);
        QVERIFY(!buffer.data().contains("X-API-KEY")); // headers stay out of exports
    }
};

QTEST_GUILESS_MAIN(TestRequestJournal)
#include "tst_requestjournal.moc"
