// StatusCatalogue and RetryPolicy: the words the response dialog shows for each answer, per
// operation, and how long the client waits before repeating an idempotent request.
#include "RetryPolicy.h"
#include "StatusCatalogue.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QList<Operation> allOperations{Operation::List, Operation::Get, Operation::Create,
                                     Operation::Update, Operation::Delete};
const QList<int> documentedStatuses{400, 401, 402, 403, 404, 405, 406, 409,
                                    415, 422, 423, 429, 500, 501, 503};
const QList<TransportFailure> noResponseCases{
    TransportFailure::ConnectionRefused, TransportFailure::HostNotFound,
    TransportFailure::TlsFailure,        TransportFailure::Timeout,
    TransportFailure::Cancelled,         TransportFailure::ResponseTooLarge,
    TransportFailure::ConnectionDropped, TransportFailure::RedirectRefused,
    TransportFailure::InsecureUrl,       TransportFailure::Other};

} // namespace

class TestStatusCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentedStatusHasTitleMeaningAndAdvice()
    {
        for (const Operation operation : allOperations) {
            for (const int status : documentedStatuses) {
                const StatusDescription d = StatusCatalogue::describe(operation, status);
                const QString where = operationName(operation) + u' ' + QString::number(status);
                QVERIFY2(d.title.startsWith(QString::number(status) + u' '), qPrintable(where));
                QVERIFY2(d.title.size() > 4, qPrintable(where)); // has a reason phrase
                QVERIFY2(!d.meaning.isEmpty(), qPrintable(where));
                QVERIFY2(!d.advice.isEmpty(), qPrintable(where));
                QCOMPARE(d.statusClass,
                         status < 500 ? StatusClass::ClientError : StatusClass::ServerError);
            }
        }
    }

    void notFoundMeansSomethingDifferentPerOperation()
    {
        const StatusDescription onUpdate = StatusCatalogue::describe(Operation::Update, 404);
        QCOMPARE(onUpdate.meaning,
                 u"This key no longer exists - it may have been deleted elsewhere."_s);
        QCOMPARE(onUpdate.advice, u"Refresh the list."_s);
        const StatusDescription onList = StatusCatalogue::describe(Operation::List, 404);
        QVERIFY(onList.meaning.contains(u"base URL"_s));
        QVERIFY(onList.meaning != onUpdate.meaning);
        QVERIFY(StatusCatalogue::describe(Operation::Delete, 404).meaning != onUpdate.meaning);
    }

    void theUxSentences()
    {
        QCOMPARE(StatusCatalogue::describe(Operation::List, 401).meaning,
                 u"The console's own API key was refused - check the profile."_s);
        QCOMPARE(StatusCatalogue::describe(Operation::Update, 403).meaning,
                 u"Your key lacks the api_keys write scope, or discue is temporarily locking "
                 "out this account after failed attempts."_s);
        QCOMPARE(StatusCatalogue::describe(Operation::Update, 422).title,
                 u"422 Unprocessable Entity"_s);
    }

    void retryableFollowsIdempotence()
    {
        QVERIFY(StatusCatalogue::describe(Operation::List, 429).retryable);
        QVERIFY(StatusCatalogue::describe(Operation::Update, 503).retryable);
        QVERIFY(!StatusCatalogue::describe(Operation::Update, 422).retryable);
        QVERIFY(!StatusCatalogue::describe(Operation::Update, 500).retryable);
        QVERIFY(StatusCatalogue::describe(Operation::List, 500).retryable);
        QVERIFY(StatusCatalogue::describe(Operation::Create, 429).advice.contains(u"never"_s));
        QVERIFY(
            !StatusCatalogue::describe(Operation::Create, 0, TransportFailure::Timeout).retryable);
        QVERIFY(StatusCatalogue::describe(Operation::Get, 0, TransportFailure::Timeout).retryable);
    }

    void otherStatusesByClass()
    {
        QCOMPARE(StatusCatalogue::describe(Operation::List, 204).statusClass, StatusClass::Success);
        QCOMPARE(StatusCatalogue::describe(Operation::List, 204).title, u"204 No Content"_s);
        QCOMPARE(StatusCatalogue::describe(Operation::Get, 418).statusClass,
                 StatusClass::ClientError);
        QCOMPARE(StatusCatalogue::describe(Operation::Get, 418).title, u"418"_s);
        QVERIFY(
            StatusCatalogue::describe(Operation::Update, 599).meaning.contains(u"update key"_s));
        QCOMPARE(StatusCatalogue::describe(Operation::Get, 302).statusClass, StatusClass::Other);
        // The same classes without a description (the journal's status chips).
        QCOMPARE(StatusCatalogue::classOf(204), StatusClass::Success);
        QCOMPARE(StatusCatalogue::classOf(429), StatusClass::ClientError);
        QCOMPARE(StatusCatalogue::classOf(503), StatusClass::ServerError);
        QCOMPARE(StatusCatalogue::classOf(302), StatusClass::Other);
        QCOMPARE(StatusCatalogue::classOf(0), StatusClass::Other);
    }

    void everyNoResponseCaseSaysSoWithoutACode()
    {
        QSet<QString> titles;
        for (const TransportFailure failure : noResponseCases) {
            for (const Operation operation : allOperations) {
                const StatusDescription d = StatusCatalogue::describe(operation, 0, failure);
                QCOMPARE(d.statusClass, StatusClass::NoResponse);
                QVERIFY(!d.title.isEmpty());
                QVERIFY(!d.title.front().isDigit()); // never a made-up code
                QVERIFY(!d.meaning.isEmpty());
                QVERIFY(!d.advice.isEmpty());
                titles.insert(d.title);
            }
        }
        QCOMPARE(titles.size(), noResponseCases.size()); // each case named differently
        QVERIFY(
            !StatusCatalogue::describe(Operation::List, 0, TransportFailure::TlsFailure).retryable);
    }

    void aRateLimitAfterTheLastAttemptPromisesNoMoreRetries()
    {
        ApiExchange exchange;
        exchange.operation = Operation::Update;
        exchange.httpStatus = 429;
        exchange.maxAttempts = 4;
        exchange.attempts = 2; // a journaled attempt: the console retries
        QVERIFY(StatusCatalogue::describe(exchange).advice.contains(u"automatically"_s));
        exchange.attempts = 4; // the last one: nothing follows
        const QString advice = StatusCatalogue::describe(exchange).advice;
        QVERIFY2(!advice.contains(u"automatically"_s), qPrintable(advice));
        QVERIFY2(advice.contains(u"4 attempts"_s), qPrintable(advice));
        // A call that may make one attempt only, or whose retry the client declined (it sets
        // maxAttempts to the attempts made), promises nothing either.
        exchange.attempts = exchange.maxAttempts = 1;
        QVERIFY(!StatusCatalogue::describe(exchange).advice.contains(u"automatically"_s));
    }

    void undecodableSuccessIsNotReportedAsSuccess()
    {
        ApiExchange exchange;
        exchange.operation = Operation::List;
        exchange.httpStatus = 200;
        exchange.decodeError = u"api_keys: expected an array"_s;
        const StatusDescription d = StatusCatalogue::describe(exchange);
        QVERIFY(d.meaning.contains(u"api_keys: expected an array"_s));
        QVERIFY(d.meaning != StatusCatalogue::describe(Operation::List, 200).meaning);
    }

    void retryAfterSecondsAndDates()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        QCOMPARE(RetryPolicy::serverHintMs({{"Retry-After", "7"}}, now), 7000);
        QCOMPARE(RetryPolicy::serverHintMs({{"retry-after", " 0 "}}, now), 0);
        const QByteArray date =
            QLocale::c().toString(now.addSecs(12), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        QCOMPARE(RetryPolicy::serverHintMs({{"Retry-After", date}}, now), 12000);
        QCOMPARE(RetryPolicy::serverHintMs({{"X-RateLimit-Reset", "1700000030"}}, now), 30000);
        QCOMPARE(RetryPolicy::serverHintMs({{"X-RateLimit-Reset", "1699999990"}}, now), 0);
        // Retry-After wins over the reset time; garbage falls through to it.
        QCOMPARE(RetryPolicy::serverHintMs(
                     {{"Retry-After", "2"}, {"X-RateLimit-Reset", "1700000030"}}, now),
                 2000);
        QCOMPARE(RetryPolicy::serverHintMs(
                     {{"Retry-After", "soon"}, {"X-RateLimit-Reset", "1700000030"}}, now),
                 30000);
        QCOMPARE(RetryPolicy::serverHintMs({{"Retry-After", "soon"}}, now), std::nullopt);
        QCOMPARE(RetryPolicy::serverHintMs({}, now), std::nullopt);
    }

    void backoffGrowsWithJitterAndIsCapped()
    {
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const qint64 base = 100LL << (attempt - 1);
            for (int i = 0; i < 20; ++i) {
                const qint64 wait = RetryPolicy::backoffMs(attempt, 100, 60000);
                QVERIFY(wait >= base);
                QVERIFY(wait <= base + base / 2);
            }
        }
        QCOMPARE(RetryPolicy::backoffMs(40, 500, 60000), 60000);
    }

    void onlyIdempotentOperationsAreRepeated()
    {
        QVERIFY(!RetryPolicy::isIdempotent(Operation::Create));
        QVERIFY(RetryPolicy::isIdempotent(Operation::Update));
        QVERIFY(RetryPolicy::isIdempotent(Operation::Delete));
        QVERIFY(RetryPolicy::isRetryableOutcome(429, TransportFailure::None));
        QVERIFY(RetryPolicy::isRetryableOutcome(503, TransportFailure::None));
        QVERIFY(RetryPolicy::isRetryableOutcome(0, TransportFailure::ConnectionDropped));
        QVERIFY(!RetryPolicy::isRetryableOutcome(500, TransportFailure::None));
        QVERIFY(!RetryPolicy::isRetryableOutcome(0, TransportFailure::Timeout));
    }
};

QTEST_GUILESS_MAIN(TestStatusCatalogue)
#include "tst_statuscatalogue.moc"
