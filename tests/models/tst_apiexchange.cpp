// ApiExchange: the recorded request/response pair the journal and the response dialog show.
// What matters to the user: the curl line repeats the request without the key, headers are
// found however the server spelled them, and debug output carries no header or body.
#include "ApiExchange.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

ApiExchange updateExchange()
{
    ApiExchange exchange;
    exchange.operation = Operation::Update;
    exchange.method = "PUT"_ba;
    exchange.url = QUrl(u"https://api.discue.io/v1/api_keys/MbCS6UB_m7NdvyDOE8stT?pretty=true"_s);
    exchange.requestHeaders = {{"Accept"_ba, "application/json"_ba},
                               {"x-api-key"_ba, "real-secret-that-must-not-appear"_ba},
                               {"Content-Type"_ba, "application/json"_ba},
                               {"Content-Length"_ba, "17"_ba}};
    exchange.requestBody = "{\"name\":\"it's\"}"_ba;
    exchange.httpStatus = 200;
    exchange.responseHeaders = {{"x-ratelimit-remaining"_ba, "59"_ba}};
    exchange.responseBody = "{\"api_key\":\"response-secret\"}"_ba;
    return exchange;
}

} // namespace

class TestApiExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curlCommandRepeatsTheRequestWithoutTheKey()
    {
        const QString curl = updateExchange().curlCommand();
        QCOMPARE(
            curl,
            u"curl -X PUT 'https://api.discue.io/v1/api_keys/MbCS6UB_m7NdvyDOE8stT?pretty=true'"
            " -H 'Accept: application/json' -H 'x-api-key: <redacted>'"
            " -H 'Content-Type: application/json' --data-raw '{\"name\":\"it'\\''s\"}'"_s);
        QVERIFY(!curl.contains(u"real-secret"));
    }

    void responseHeadersAreCaseInsensitive()
    {
        const ApiExchange exchange = updateExchange();
        QCOMPARE(exchange.responseHeader("X-RateLimit-Remaining"), "59"_ba);
        QVERIFY(exchange.responseHeader("Retry-After").isEmpty());
    }

    void pathKeepsTheQuery()
    {
        QCOMPARE(updateExchange().path(), u"/v1/api_keys/MbCS6UB_m7NdvyDOE8stT?pretty=true"_s);
        ApiExchange list;
        list.url = QUrl(u"http://127.0.0.1:8080/v1/api_keys"_s);
        QCOMPARE(list.path(), u"/v1/api_keys"_s);
    }

    void outcome()
    {
        ApiExchange exchange = updateExchange();
        QVERIFY(exchange.isSuccess());
        exchange.decodeError = u"api_key: Expected an object, found a string."_s;
        QVERIFY(!exchange.isSuccess());
        ApiExchange refused;
        refused.failure = TransportFailure::ConnectionRefused;
        QVERIFY(!refused.gotResponse());
        QVERIFY(!refused.isSuccess());
    }

    void operationsHaveMethodsAndNames()
    {
        QCOMPARE(operationMethod(Operation::List), "GET"_ba);
        QCOMPARE(operationMethod(Operation::Get), "GET"_ba);
        QCOMPARE(operationMethod(Operation::Create), "POST"_ba);
        QCOMPARE(operationMethod(Operation::Update), "PUT"_ba);
        QCOMPARE(operationMethod(Operation::Delete), "DELETE"_ba);
        QStringList names;
        for (Operation op : {Operation::List, Operation::Get, Operation::Create, Operation::Update,
                             Operation::Delete})
            names.append(operationName(op));
        QCOMPARE(names, (QStringList{u"list keys"_s, u"read key"_s, u"create key"_s,
                                     u"update key"_s, u"delete key"_s}));
    }

    void debugOutputHasNoHeadersOrBodies()
    {
        QString text;
        QDebug(&text) << updateExchange();
        QVERIFY(text.contains(u"PUT /v1/api_keys/MbCS6UB_m7NdvyDOE8stT?pretty=true"));
        QVERIFY(text.contains(u"200"));
        QVERIFY(!text.contains(u"secret"));
        QVERIFY(!text.contains(u"application/json"));
        QString failure;
        QDebug(&failure) << TransportFailure::Timeout;
        QCOMPARE(failure.trimmed(), u"TransportFailure::Timeout"_s);
    }
};

QTEST_GUILESS_MAIN(TestApiExchange)
#include "tst_apiexchange.moc"
