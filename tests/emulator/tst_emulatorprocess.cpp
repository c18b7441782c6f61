// The discue-emulator program as users and scripts run it: its first stdout line, --help, a
// bad command line, the docs' curl example with the real curl, the request log on stderr,
// clean exit on SIGTERM and SIGINT, and its data file across restarts and kill -9.
#include "EmulatorProcess.h"
#include "HttpProbe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using discue::test::EmulatorProcess;
using discue::test::HttpAnswer;
using discue::test::HttpProbe;

namespace discue {

namespace {
const QString adminSecret = u"process-admin-secret-0123456789"_s;

QStringList baseArguments()
{
    return {u"--port"_s, u"0"_s, u"--admin-key"_s, adminSecret};
}

// Runs a command to completion and returns its stdout.
QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(20000);
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}
} // namespace

class tst_EmulatorProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void firstLineIsTheBaseUrlAndTheGeneratedKeyFollows()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--port"_s, u"0"_s}));
        QCOMPARE(emulator.baseUrl().host(), u"127.0.0.1"_s);
        QCOMPARE(emulator.baseUrl().path(), u"/v1"_s);
        QVERIFY(emulator.baseUrl().port() > 0);
        const QString line = emulator.readLine();
        const QRegularExpressionMatch match =
            QRegularExpression(u"^admin key: ([A-Za-z0-9_-]{64})$"_s).match(line);
        QVERIFY(match.hasMatch());
        HttpProbe probe(emulator.baseUrl());
        probe.setSecret(match.captured(1).toLatin1());
        QCOMPARE(probe.get(u"/api_keys"_s).status, 200);
        QVERIFY(emulator.terminate());
        QVERIFY(!emulator.standardError().contains(match.captured(1).toLatin1()));
    }

    void givenAdminKeyIsNotPrinted()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start(baseArguments()));
        QVERIFY(emulator.terminate());
        QVERIFY(!emulator.process().readAllStandardOutput().contains(adminSecret.toLatin1()));
    }

    void helpReadsLikeAManPage()
    {
        int exitCode = -1;
        const QByteArray help = run(EmulatorProcess::program(), {u"--help"_s}, &exitCode);
        QCOMPARE(exitCode, 0);
        for (const char *section :
             {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXAMPLES", "EXIT STATUS"})
            QVERIFY2(help.contains(QByteArray("\n"_ba + section)) || help.startsWith(section),
                     section);
        for (const char *option :
             {"--host", "--port", "--admin-key", "--seed", "--data", "--dialect", "--rate-limit",
              "--lockout", "--latency", "--fault", "--unique-names"})
            QVERIFY2(help.contains(QByteArray("\n    "_ba + option)), option);
    }

    void badCommandLineExitsWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << "frobnicate"_ba;
        QTest::newRow("bad port") << QStringList{u"--port"_s, u"70000"_s} << "--port"_ba;
        QTest::newRow("bad seed") << QStringList{u"--seed"_s, u"lots"_s} << "--seed"_ba;
        QTest::newRow("bad lockout") << QStringList{u"--lockout"_s, u"10"_s} << "--lockout"_ba;
        QTest::newRow("bad fault") << QStringList{u"--fault"_s, u"503:2"_s} << "--fault"_ba;
        QTest::newRow("not an error code")
            << QStringList{u"--fault"_s, u"200:0.5"_s} << "--fault"_ba;
        QTest::newRow("bad dialect") << QStringList{u"--dialect"_s, u"yaml"_s} << "--dialect"_ba;
    }
    void badCommandLineExitsWith2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        QProcess process;
        process.start(EmulatorProcess::program(), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains(mentions));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void docsCurlExampleWithRealCurl()
    {
        const QString curl = u"/usr/bin/curl"_s;
        QVERIFY2(QFile::exists(curl), "the test needs the real curl");
        EmulatorProcess emulator;
        QVERIFY(emulator.start(baseArguments()));
        const QString base = emulator.baseUrl().toString();
        const QByteArray list =
            run(curl, {u"-sS"_s, base + u"/api_keys"_s, u"-H"_s, u"Accept: application/json"_s,
                       u"-H"_s, u"X-API-KEY: "_s + adminSecret});
        QString id;
        for (const QJsonValue &key :
             QJsonDocument::fromJson(list).object()[u"api_keys"_s].toArray())
            id = key[u"name"_s].toString() == u"ci-deploy" ? key[u"id"_s].toString() : id;
        QVERIFY2(!id.isEmpty(), list.constData());

        // discue-api.md: curl -X PUT .../v1/api_keys/{id} -H ... -d '{...}'
        const QByteArray answer = run(
            curl,
            {u"-sS"_s, u"-X"_s, u"PUT"_s, base + u"/api_keys/"_s + id, u"-H"_s,
             u"Content-Type: application/json"_s, u"-H"_s, u"Accept: application/json"_s, u"-H"_s,
             u"X-API-KEY: "_s + adminSecret, u"-d"_s,
             uR"({"name": "ci-deploy", "status": "enabled", "scopes": [{"resource": "queues", "access": "read", "targets": ["*"]}, {"resource": "messages", "access": "write", "targets": ["MbCS6UB_m7NdvyDOE8stT"]}, {"resource": "stats", "access": "read", "targets": ["*"]}]})"_s,
             u"-w"_s, u"\n%{http_code} %{content_type}"_s});
        const QList<QByteArray> parts = answer.split('\n');
        QCOMPARE(parts.last(), "200 application/json"_ba);
        const QJsonObject key =
            QJsonDocument::fromJson(parts.first()).object()[u"api_key"_s].toObject();
        QCOMPARE(key[u"id"_s].toString(), id);
        QCOMPARE(
            QJsonDocument(key[u"scopes"_s].toArray()).toJson(QJsonDocument::Compact),
            R"([{"access":"read","resource":"queues","targets":["*"]},{"access":"write","resource":"messages","targets":["MbCS6UB_m7NdvyDOE8stT"]},{"access":"read","resource":"stats","targets":["*"]}])"_ba);

        QVERIFY(emulator.terminate());
        const QByteArray log = emulator.standardError();
        QVERIFY2(QRegularExpression(
                     u"^PUT /v1/api_keys/%1 200 \\d+ ms$"_s.arg(QRegularExpression::escape(id)),
                     QRegularExpression::MultilineOption)
                     .match(QString::fromUtf8(log))
                     .hasMatch(),
                 log.constData());
        QVERIFY(log.contains("GET /v1/api_keys 200 "));
        QVERIFY(!log.contains(adminSecret.toLatin1()));
    }

    void exitsCleanlyOnSigint()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start(baseArguments()));
        ::kill(pid_t(emulator.process().processId()), SIGINT);
        QVERIFY(emulator.process().waitForFinished(10000));
        QCOMPARE(emulator.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(emulator.process().exitCode(), 0);
    }

    void dataSurvivesARestart()
    {
        const QString data = m_dir.filePath(u"restart.json"_s);
        QString secret;
        QString id;
        {
            EmulatorProcess emulator;
            QVERIFY(emulator.start(baseArguments() + QStringList{u"--data"_s, data}));
            HttpProbe probe(emulator.baseUrl());
            probe.setSecret(adminSecret.toLatin1());
            const HttpAnswer created = probe.post(
                u"/api_keys"_s,
                R"({"name": "survivor", "scopes": [{"resource": "api_keys", "access": "read"}]})"_ba);
            QCOMPARE(created.status, 422);
            const HttpAnswer made = probe.post(u"/api_keys"_s, R"({"name": "survivor"})"_ba);
            QCOMPARE(made.status, 200);
            secret = made.json()[u"api_key"_s].toString();
            id = made.json()[u"_links"_s][u"self"_s][u"href"_s].toString().section(u'/', -1);
            QCOMPARE(probe.put(u"/api_keys/"_s + id, R"({"status": "disabled"})"_ba).status, 200);
            QVERIFY(emulator.terminate());
        }
        QFile file(data);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.contains(secret.toLatin1()));
        QVERIFY(!stored.contains(adminSecret.toLatin1()));
        {
            EmulatorProcess emulator;
            QVERIFY(emulator.start(baseArguments() +
                                   QStringList{u"--data"_s, data, u"--seed"_s, u"empty"_s}));
            HttpProbe probe(emulator.baseUrl());
            probe.setSecret(adminSecret.toLatin1());
            const HttpAnswer read = probe.get(u"/api_keys/"_s + id);
            QCOMPARE(read.status, 200);
            QCOMPARE(read.json()[u"api_key"_s][u"name"_s].toString(), u"survivor"_s);
            QCOMPARE(read.json()[u"api_key"_s][u"status"_s].toString(), u"disabled"_s);
            QCOMPARE(read.json()[u"api_key"_s][u"key"_s].toString(), secret.left(3));
            // The demo content came back too, not the empty seed.
            QVERIFY(probe.get(u"/api_keys"_s).json()[u"api_keys"_s].toArray().size() > 20);
            QVERIFY(emulator.terminate());
        }
    }

    void corruptDataFileIsAClearError()
    {
        const QString data = m_dir.filePath(u"corrupt.json"_s);
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "discue-emulator/1", "api_keys": [{"id": )"_ba);
        file.close();
        QProcess process;
        process.start(EmulatorProcess::program(), baseArguments() + QStringList{u"--data"_s, data});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        const QByteArray error = process.readAllStandardError();
        QVERIFY2(error.contains(data.toUtf8()) && error.contains("corrupt"), error.constData());
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), R"({"format": "discue-emulator/1", "api_keys": [{"id": )"_ba);
    }

    void everyAcknowledgedChangeSurvivesKill9()
    {
        const QString data = m_dir.filePath(u"burst.json"_s);
        QSet<QString> acknowledged;
        // Each round kills the process at a random point of a write burst; a dozen rounds
        // hit the write-rename-fsync sequence at many different moments.
        constexpr int rounds = 12;
        for (int round = 0; round < rounds; ++round) {
            EmulatorProcess emulator;
            QVERIFY(emulator.start(baseArguments() +
                                   QStringList{u"--data"_s, data, u"--seed"_s, u"empty"_s}));
            // The file holds every change acknowledged in the rounds before.
            HttpProbe probe(emulator.baseUrl());
            probe.setSecret(adminSecret.toLatin1());
            QSet<QString> present;
            for (const QJsonValue &key : probe.get(u"/api_keys"_s).json()[u"api_keys"_s].toArray())
                present.insert(key[u"id"_s].toString());
            QVERIFY(present.contains(acknowledged));

            // A burst of creates from four clients at once; kill -9 in the middle of it.
            QNetworkAccessManager manager;
            const int killAfter = 10 + QRandomGenerator::global()->bounded(15);
            int sent = 0;
            int inFlight = 0;
            std::function<void()> sendOne = [&] {
                QNetworkRequest request(QUrl(emulator.baseUrl().toString() + u"/api_keys"_s));
                request.setRawHeader("X-API-KEY", adminSecret.toLatin1());
                request.setRawHeader("Content-Type", "application/json");
                QNetworkReply *reply =
                    manager.post(request, R"({"name": "burst )"_ba + QByteArray::number(round) +
                                              '-' + QByteArray::number(sent++) + R"("})"_ba);
                ++inFlight;
                QObject::connect(reply, &QNetworkReply::finished, &manager, [&, reply] {
                    --inFlight;
                    reply->deleteLater();
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                        return;
                    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
                    acknowledged.insert(
                        body[u"_links"_s][u"self"_s][u"href"_s].toString().section(u'/', -1));
                    if (emulator.process().state() == QProcess::Running)
                        sendOne();
                });
            };
            const qsizetype before = acknowledged.size();
            for (int i = 0; i < 4; ++i)
                sendOne();
            QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= before + killAfter, 20000);
            emulator.kill9();
            QTRY_COMPARE_WITH_TIMEOUT(inFlight, 0, 20000);
        }
        EmulatorProcess emulator;
        QVERIFY(emulator.start(baseArguments() + QStringList{u"--data"_s, data}));
        HttpProbe probe(emulator.baseUrl());
        probe.setSecret(adminSecret.toLatin1());
        QSet<QString> present;
        for (const QJsonValue &key : probe.get(u"/api_keys"_s).json()[u"api_keys"_s].toArray())
            present.insert(key[u"id"_s].toString());
        QVERIFY(acknowledged.size() >= rounds * 10);
        QVERIFY(present.contains(acknowledged));
        QVERIFY(emulator.terminate());
    }
};

} // namespace discue

QTEST_GUILESS_MAIN(discue::tst_EmulatorProcess)
#include "tst_emulatorprocess.moc"
