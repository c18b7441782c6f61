// The emulator's defences and stress switches over HTTP: lockout after failed
// authentications, rate-limit headers and 429, injected faults, latency without blocking.
#include "EmulatorServer.h"
#include "HttpProbe.h"
#include "KeyStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using discue::test::HttpAnswer;
using discue::test::HttpProbe;

namespace discue {

namespace {
const QByteArray adminSecret = "guards-admin-secret-0123456789"_ba;
}

class tst_EmulatorGuards : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'760'000'000'000;

    std::unique_ptr<EmulatorServer> startServer(EmulatorOptions options)
    {
        options.adminKey = QString::fromLatin1(adminSecret);
        auto server = std::make_unique<EmulatorServer>(options);
        server->setClock([this] { return m_now; });
        QString error;
        if (!server->start(&error))
            qWarning("%s", qPrintable(error));
        return server;
    }

private Q_SLOTS:
    void lockoutRefusesEveryoneFromTheAddress()
    {
        EmulatorOptions options;
        options.lockoutAttempts = 3;
        options.lockoutSeconds = 30;
        auto server = startServer(options);
        QVERIFY(server->isListening());
        HttpProbe admin(server->baseUrl());
        admin.setSecret(adminSecret);
        HttpProbe intruder(server->baseUrl());
        intruder.setSecret("wrong-secret"_ba);

        QCOMPARE(intruder.get(u"/api_keys"_s).status, 401);
        QCOMPARE(intruder.get(u"/api_keys"_s).status, 401);
        QCOMPARE(admin.get(u"/api_keys"_s).status, 200); // two failures: not yet locked
        QCOMPARE(intruder.get(u"/api_keys"_s).status, 401);
        // Third failure within 30 s: the address is locked out, valid key included.
        const HttpAnswer locked = admin.get(u"/api_keys"_s);
        QCOMPARE(locked.status, 403);
        QCOMPARE(locked.header("Content-Type"), "application/json"_ba);
        QCOMPARE(locked.json().value(u"status"_s).toInt(), 403);
        QCOMPARE(intruder.get(u"/api_keys"_s).status, 403);
        QCOMPARE(admin.post(u"/api_keys"_s, R"({"name": "x"})"_ba).status, 403);

        m_now += 29'000;
        QCOMPARE(admin.get(u"/api_keys"_s).status, 403);
        m_now += 1'000;
        QCOMPARE(admin.get(u"/api_keys"_s).status, 200);
    }

    void failuresOutsideTheWindowDoNotAddUp()
    {
        EmulatorOptions options;
        options.lockoutAttempts = 3;
        options.lockoutSeconds = 10;
        auto server = startServer(options);
        HttpProbe admin(server->baseUrl());
        admin.setSecret(adminSecret);
        HttpProbe anonymous(server->baseUrl());
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(anonymous.get(u"/api_keys"_s).status, 401);
            if (i % 2 == 1)
                m_now += 10'000;
        }
        QCOMPARE(admin.get(u"/api_keys"_s).status, 200);
    }

    void lockoutOff()
    {
        EmulatorOptions options;
        options.lockoutAttempts = 0;
        auto server = startServer(options);
        HttpProbe admin(server->baseUrl());
        admin.setSecret(adminSecret);
        HttpProbe intruder(server->baseUrl());
        intruder.setSecret("wrong"_ba);
        for (int i = 0; i < 25; ++i)
            QCOMPARE(intruder.get(u"/api_keys"_s).status, 401);
        QCOMPARE(admin.get(u"/api_keys"_s).status, 200);
    }

    void rateLimitHeadersAnd429()
    {
        EmulatorOptions options;
        options.rateLimitPerMinute = 3;
        auto server = startServer(options);
        HttpProbe admin(server->baseUrl());
        admin.setSecret(adminSecret);
        const qint64 resetAt = (m_now + 60'000) / 1000;
        for (int remaining = 2; remaining >= 0; --remaining) {
            const HttpAnswer answer = admin.get(u"/api_keys"_s);
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.header("X-RateLimit-Limit"), "3"_ba);
            QCOMPARE(answer.header("X-RateLimit-Remaining"), QByteArray::number(remaining));
            QCOMPARE(answer.header("X-RateLimit-Reset"), QByteArray::number(resetAt));
            m_now += 1000;
        }
        const HttpAnswer limited = admin.get(u"/api_keys"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json().value(u"status"_s).toInt(), 429);
        QCOMPARE(limited.header("Content-Type"), "application/json"_ba);
        QCOMPARE(limited.header("Retry-After"), "57"_ba);
        QCOMPARE(limited.header("X-RateLimit-Remaining"), "0"_ba);
        // Per key: another key of the organization still has its own budget.
        const MintedKey other =
            server->store().addKey(server->adminOrganization(),
                                   ApiKey{{},
                                          u"other"_s,
                                          KeyStatus::Enabled,
                                          {},
                                          {ApiKeyScope::make(Resource::ApiKeys, Access::Read)},
                                          {},
                                          {},
                                          {}});
        HttpProbe second(server->baseUrl());
        second.setSecret(other.secret.toLatin1());
        QCOMPARE(second.get(u"/api_keys"_s).status, 200);
        // Every answer carries the headers while the limit is on, errors included.
        HttpProbe anonymous(server->baseUrl());
        const HttpAnswer unauthorized = anonymous.get(u"/api_keys"_s);
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(unauthorized.header("X-RateLimit-Limit"), "3"_ba);
        QVERIFY(admin.get(u"/nowhere"_s).hasHeader("X-RateLimit-Remaining"));
        // A new window opens a minute after the first request.
        m_now += 57'000;
        const HttpAnswer again = admin.get(u"/api_keys"_s);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("X-RateLimit-Remaining"), "2"_ba);
    }

    void noRateLimitHeadersWhenOff()
    {
        auto server = startServer({});
        HttpProbe admin(server->baseUrl());
        admin.setSecret(adminSecret);
        const HttpAnswer answer = admin.get(u"/api_keys"_s);
        QCOMPARE(answer.status, 200);
        QVERIFY(!answer.hasHeader("X-RateLimit-Limit"));
    }

    void injectedFaults_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {402, 409, 423, 500, 501, 503})
            QTest::newRow(qPrintable(QString::number(status))) << status;
    }
    void injectedFaults()
    {
        QFETCH(int, status);
        EmulatorOptions options;
        options.faults = {{status, 1.0}};
        auto server = startServer(options);
        HttpProbe admin(server->baseUrl());
        admin.setSecret(adminSecret);
        const qsizetype before = server->store().size();
        const HttpAnswer answer = admin.post(u"/api_keys"_s, R"({"name": "never made"})"_ba);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("Content-Type"), "application/json"_ba);
        QCOMPARE(answer.json().value(u"status"_s).toInt(), status);
        QVERIFY(!answer.json().value(u"title"_s).toString().isEmpty());
        QCOMPARE(server->store().size(), before);
        // Faults hit authenticated requests only: a bad key is still 401.
        HttpProbe anonymous(server->baseUrl());
        QCOMPARE(anonymous.get(u"/api_keys"_s).status, 401);
    }

    void faultRatioWithSeedIsRepeatable()
    {
        EmulatorOptions options;
        options.faults = {{503, 0.3}, {500, 0.2}};
        options.faultSeed = 7;
        QList<int> first;
        QList<int> second;
        for (QList<int> *statuses : {&first, &second}) {
            auto server = startServer(options);
            HttpProbe admin(server->baseUrl());
            admin.setSecret(adminSecret);
            for (int i = 0; i < 60; ++i)
                statuses->append(admin.get(u"/api_keys"_s).status);
        }
        QCOMPARE(first, second);
        const auto share = [&first](int status) { return first.count(status); };
        QVERIFY(share(503) > 5 && share(503) < 35);
        QVERIFY(share(500) > 2 && share(500) < 25);
        QVERIFY(share(200) > 10);
        QCOMPARE(share(200) + share(500) + share(503), first.size());
    }

    void latencyDelaysWithoutBlocking()
    {
        EmulatorOptions options;
        options.latencyMs = 400;
        auto server = startServer(options);
        // Three requests in flight at once: with a blocking delay they would take 1200 ms.
        QNetworkAccessManager manager;
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 3; ++i) {
            QNetworkRequest request(QUrl(server->baseUrl().toString() + u"/api_keys"_s));
            request.setRawHeader("X-API-KEY", adminSecret);
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            replies.append(manager.get(request));
        }
        // The event loop keeps running while answers wait: a timer fires in the meantime.
        bool tickedEarly = false;
        QTimer::singleShot(50, &manager, [&] { tickedEarly = !replies.first()->isFinished(); });
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        }
        const qint64 elapsed = timer.elapsed();
        QVERIFY(tickedEarly);
        QVERIFY2(elapsed >= 400, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 1100, qPrintable(QString::number(elapsed)));
        for (QNetworkReply *reply : replies)
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        qDeleteAll(replies);
    }
};

} // namespace discue

QTEST_GUILESS_MAIN(discue::tst_EmulatorGuards)
#include "tst_emulatorguards.moc"
