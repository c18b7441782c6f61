// The emulator's parts below HTTP: command-line options (errors as values), the key store
// (hashed secrets, ids, demo seed), its data file (round trip, corrupt files) and the
// 100,000-key benchmark seed.
#include "EmulatorOptions.h"
#include "EmulatorServer.h"
#include "HttpProbe.h"
#include "KeyStore.h"
#include "KeyStoreFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using discue::test::HttpProbe;

namespace discue {

namespace {
constexpr qint64 dayMs = 24LL * 3600 * 1000;
const QRegularExpression idPattern(u"^[A-Za-z0-9_-]{21}$"_s);
const QRegularExpression secretPattern(u"^[A-Za-z0-9_-]{64}$"_s);

ParsedEmulatorOptions parse(QStringList arguments)
{
    arguments.prepend(u"discue-emulator"_s);
    return EmulatorOptions::parse(arguments);
}
} // namespace

class tst_EmulatorStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void optionDefaults()
    {
        const auto parsed = parse({});
        QVERIFY(parsed.options);
        QCOMPARE(parsed.options->host, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(parsed.options->port, EmulatorOptions::defaultProgramPort);
        QCOMPARE(parsed.options->seed, EmulatorOptions::Seed::Demo);
        QCOMPARE(parsed.options->dialect, Dialect::Docs);
        QCOMPARE(parsed.options->lockoutAttempts, 10);
        QCOMPARE(parsed.options->lockoutSeconds, 60);
        QCOMPARE(parsed.options->rateLimitPerMinute, 0);
        QVERIFY(parsed.options->faults.isEmpty());
        QVERIFY(!parsed.options->uniqueNames);
    }

    void everyOptionParses()
    {
        const auto parsed = parse({u"--host"_s,        u"::1"_s,
                                   u"--port"_s,        u"0"_s,
                                   u"--admin-key"_s,   u"abcdefgh12345678"_s,
                                   u"--seed"_s,        u"100000"_s,
                                   u"--data"_s,        u"/tmp/x.json"_s,
                                   u"--dialect"_s,     u"provider"_s,
                                   u"--rate-limit"_s,  u"60"_s,
                                   u"--lockout"_s,     u"5/30"_s,
                                   u"--latency"_s,     u"250"_s,
                                   u"--fault"_s,       u"503:0.1,409:0.05"_s,
                                   u"--fault"_s,       u"402:0.01"_s,
                                   u"--fault-seed"_s,  u"42"_s,
                                   u"--unique-names"_s});
        QVERIFY2(parsed.options, qPrintable(parsed.error));
        const EmulatorOptions &options = *parsed.options;
        QCOMPARE(options.host, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(options.port, quint16(0));
        QCOMPARE(options.adminKey, u"abcdefgh12345678"_s);
        QCOMPARE(options.seed, EmulatorOptions::Seed::Count);
        QCOMPARE(options.seedCount, 100000);
        QCOMPARE(options.dataFile, u"/tmp/x.json"_s);
        QCOMPARE(options.dialect, Dialect::Provider);
        QCOMPARE(options.rateLimitPerMinute, 60);
        QCOMPARE(options.lockoutAttempts, 5);
        QCOMPARE(options.lockoutSeconds, 30);
        QCOMPARE(options.latencyMs, 250);
        QCOMPARE(options.faults, (QList<FaultRule>{{503, 0.1}, {409, 0.05}, {402, 0.01}}));
        QCOMPARE(options.faultSeed, std::optional<quint32>(42));
        QVERIFY(options.uniqueNames);
        QCOMPARE(parse({u"--lockout"_s, u"off"_s}).options->lockoutAttempts, 0);
        QCOMPARE(parse({u"--seed"_s, u"empty"_s}).options->seed, EmulatorOptions::Seed::Empty);
    }

    void badOptionsAreErrorValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("host") << QStringList{u"--host"_s, u"example.com"_s} << u"--host"_s;
        QTest::newRow("port") << QStringList{u"--port"_s, u"-1"_s} << u"--port"_s;
        QTest::newRow("short admin key")
            << QStringList{u"--admin-key"_s, u"abc"_s} << u"--admin-key"_s;
        QTest::newRow("admin key with space")
            << QStringList{u"--admin-key"_s, u"abc defgh ijk"_s} << u"--admin-key"_s;
        QTest::newRow("seed") << QStringList{u"--seed"_s, u"-5"_s} << u"--seed"_s;
        QTest::newRow("lockout zero") << QStringList{u"--lockout"_s, u"0/60"_s} << u"--lockout"_s;
        QTest::newRow("lockout shape")
            << QStringList{u"--lockout"_s, u"10/60/5"_s} << u"--lockout"_s;
        QTest::newRow("latency") << QStringList{u"--latency"_s, u"soon"_s} << u"--latency"_s;
        QTest::newRow("fault ratio") << QStringList{u"--fault"_s, u"503:0"_s} << u"--fault"_s;
        QTest::newRow("fault shape") << QStringList{u"--fault"_s, u"503"_s} << u"--fault"_s;
        QTest::newRow("fault sum")
            << QStringList{u"--fault"_s, u"503:0.6,500:0.6"_s} << u"--fault"_s;
        QTest::newRow("fault code") << QStringList{u"--fault"_s, u"418:0.5"_s} << u"--fault"_s;
        QTest::newRow("rate limit")
            << QStringList{u"--rate-limit"_s, u"many"_s} << u"--rate-limit"_s;
        QTest::newRow("positional") << QStringList{u"extra"_s} << u"extra"_s;
        QTest::newRow("missing value") << QStringList{u"--port"_s} << u"port"_s;
    }
    void badOptionsAreErrorValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const auto parsed = parse(arguments);
        QVERIFY(!parsed.options);
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    }

    void helpAndVersionAreRequests()
    {
        QVERIFY(parse({u"--help"_s}).helpRequested);
        QVERIFY(parse({u"-h"_s}).helpRequested);
        QVERIFY(parse({u"--version"_s}).versionRequested);
        QVERIFY(EmulatorOptions::helpText(u"discue-emulator"_s)
                    .startsWith(u"NAME\n    discue-emulator"_s));
    }

    void secretsAreKeptAsHashes()
    {
        KeyStore store;
        const MintedKey minted = store.addKey(u"org-a"_s, ApiKey{});
        QVERIFY(secretPattern.match(minted.secret).hasMatch());
        QVERIFY(idPattern.match(minted.key.id).hasMatch());
        QCOMPARE(minted.key.keyPrefix, minted.secret.left(3));
        const StoredKey stored = *store.find(minted.key.id);
        QCOMPARE(stored.secretHash.size(), 32);
        QVERIFY(!stored.secretHash.contains(minted.secret.toLatin1()));
        QCOMPARE(store.authenticate(minted.secret)->key.id, minted.key.id);
        QVERIFY(!store.authenticate(minted.secret.chopped(1)));
        QVERIFY(!store.authenticate(QString()));
        // Every new secret and id is different.
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            seen.insert(KeyStore::newSecret());
            seen.insert(KeyStore::newId());
        }
        QCOMPARE(seen.size(), 400);
    }

    void adminKeyCarriesProtectedScopes()
    {
        KeyStore store;
        store.seedDemo();
        const MintedKey admin = store.ensureAdminKey(u"given-secret-123"_s);
        QCOMPARE(admin.secret, u"given-secret-123"_s);
        QCOMPARE(store.adminKey()->organization, store.organizations().first());
        QCOMPARE(admin.key.accessFor(Resource::ApiKeys), Access::Write);
        QVERIFY(admin.key.hasProtectedScopes());
        // Rotating replaces the secret of the same key.
        const MintedKey rotated = store.ensureAdminKey({});
        QCOMPARE(rotated.key.id, admin.key.id);
        QVERIFY(!store.authenticate(u"given-secret-123"_s));
        QCOMPARE(store.authenticate(rotated.secret)->key.id, admin.key.id);
    }

    void demoSeedLooksLikeARealOrganization()
    {
        const qint64 now = 1'760'000'000'000;
        KeyStore store([now] { return now; });
        store.seedDemo();
        QCOMPARE(store.organizations().size(), 2);
        const QList<ApiKey> keys = store.keys(store.organizations().first());
        QVERIFY(keys.size() >= 20);
        QVERIFY(!store.keys(store.organizations().at(1)).isEmpty());
        int disabled = 0, neverUsed = 0, readOnly = 0, riskyMessages = 0, idTargets = 0,
            protectedKeys = 0;
        qint64 oldestUse = now;
        QSet<QString> names;
        for (const ApiKey &key : keys) {
            names.insert(key.name);
            disabled += key.status == KeyStatus::Disabled;
            neverUsed += !key.lastUsedAt;
            if (key.lastUsedAt) {
                QVERIFY(*key.lastUsedAt <= now && *key.lastUsedAt > now - 91 * dayMs);
                oldestUse = qMin(oldestUse, *key.lastUsedAt);
            }
            bool writes = false;
            for (const ApiKeyScope &scope : key.scopes) {
                writes = writes || scope.access == Access::Write;
                idTargets += !scope.targetsAll();
            }
            readOnly += !writes;
            const ApiKeyScope *messages = key.scopeFor(Resource::Messages);
            riskyMessages +=
                messages && messages->access == Access::Write && messages->targetsAll();
            protectedKeys += key.hasProtectedScopes();
        }
        QCOMPARE(names.size(), keys.size());
        QVERIFY(names.contains(u"billing-service prod"_s));
        QVERIFY(names.contains(u"ci-deploy"_s));
        QVERIFY(disabled >= 2);
        QVERIFY(neverUsed >= 2);
        QVERIFY(readOnly >= 3);
        QVERIFY(riskyMessages >= 2);
        QVERIFY(idTargets >= 3);
        QVERIFY(protectedKeys >= 2 && protectedKeys <= 3);
        QVERIFY(oldestUse < now - 80 * dayMs); // spread over 90 days
    }

    void dataFileRoundTrip()
    {
        const QString path = m_dir.filePath(u"roundtrip.json"_s);
        KeyStore store;
        store.seedDemo();
        const MintedKey admin = store.ensureAdminKey({});
        store.setDataFile(path);
        QString error;
        QVERIFY2(store.save(&error), qPrintable(error));

        KeyStore loaded;
        QVERIFY2(loaded.load(path, &error), qPrintable(error));
        QCOMPARE(loaded.organizations(), store.organizations());
        QCOMPARE(loaded.organizationName(store.organizations().at(1)), u"Globex Research"_s);
        for (const QString &organization : store.organizations())
            QCOMPARE(loaded.keys(organization), store.keys(organization));
        QCOMPARE(loaded.authenticate(admin.secret)->key.id, admin.key.id);
        QVERIFY(loaded.adminKey()->admin);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(admin.secret.toLatin1()));
    }

    void everyMutationIsOnDiskBeforeItReturns()
    {
        const QString path = m_dir.filePath(u"mutations.json"_s);
        KeyStore store;
        store.setDataFile(path);
        const MintedKey minted = store.addKey(u"org-a"_s, ApiKey{});
        const auto onDisk = [&path] {
            KeyStore reader;
            QString error;
            return reader.load(path, &error) ? reader.keys(u"org-a"_s) : QList<ApiKey>{};
        };
        QCOMPARE(onDisk().size(), 1);
        ApiKey changed = minted.key;
        changed.name = u"renamed"_s;
        QVERIFY(store.update(changed));
        QCOMPARE(onDisk().first().name, u"renamed"_s);
        QVERIFY(store.remove(minted.key.id));
        QVERIFY(onDisk().isEmpty());
    }

    void failedWriteLeavesTheStoreAsItWas()
    {
        KeyStore store;
        const MintedKey kept = store.addKey(u"org-a"_s, ApiKey{});
        store.setDataFile(m_dir.filePath(u"no/such/dir/keys.json"_s));
        store.addKey(u"org-a"_s, ApiKey{});
        QVERIFY(!store.lastSaveError().isEmpty());
        QCOMPARE(store.keys(u"org-a"_s).size(), 1);
        ApiKey renamed = kept.key;
        renamed.name = u"renamed"_s;
        QVERIFY(!store.update(renamed));
        QVERIFY(!store.remove(kept.key.id));
        QCOMPARE(store.keys(u"org-a"_s), QList<ApiKey>{kept.key});
        QCOMPARE(store.authenticate(kept.secret)->key.id, kept.key.id);
    }

    void corruptFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << R"({"format": "discue-emulator/1", "organizations": [)"_ba;
        QTest::newRow("not json") << "\x00\x01garbage"_ba;
        QTest::newRow("other format") << R"({"api_keys": []})"_ba;
        QTest::newRow("key without owner")
            << R"({"format": "discue-emulator/1", "organizations": [{"id": "o", "name": "O"}], "api_keys": [{"id": "MbCS6UB_m7NdvyDOE8stT", "name": "x", "status": "enabled", "scopes": []}], "owners": {}})"_ba;
    }
    void corruptFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(u"corrupt-%1.json"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        KeyStore store;
        store.seedDemo();
        const qsizetype before = store.size();
        QString error;
        QVERIFY(!store.load(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(store.size(), before);

        EmulatorOptions options;
        options.dataFile = path;
        EmulatorServer server(options);
        QVERIFY(!server.start(&error));
        QVERIFY(!server.isListening());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void hundredThousandKeysStartAndListFast()
    {
        EmulatorOptions options;
        options.seed = EmulatorOptions::Seed::Count;
        options.seedCount = 100'000;
        options.adminKey = u"bench-admin-secret-0123456789"_s;
        QElapsedTimer timer;
        timer.start();
        EmulatorServer server(options);
        QVERIFY(server.start());
        const qint64 startMs = timer.elapsed();
#ifdef DISCUE_SANITIZED
        constexpr qint64 startLimitMs = 60'000; // ASan/UBSan slow the seeding several times
#else
        constexpr qint64 startLimitMs = 10'000;
#endif
        QVERIFY2(startMs < startLimitMs, qPrintable(QString::number(startMs)));

        HttpProbe probe(server.baseUrl());
        probe.setSecret("bench-admin-secret-0123456789"_ba);
        timer.restart();
        const auto first = probe.get(u"/api_keys"_s);
        const qint64 firstMs = timer.elapsed();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.count("\"id\":"), 100'001);
        // The serialized list is cached until something changes.
        timer.restart();
        const auto second = probe.get(u"/api_keys"_s);
        const qint64 secondMs = timer.elapsed();
        QCOMPARE(second.body, first.body);
        QVERIFY2(secondMs < qMax<qint64>(firstMs / 2, 200),
                 qPrintable(u"%1 ms then %2 ms"_s.arg(firstMs).arg(secondMs)));
        QCOMPARE(probe.post(u"/api_keys"_s, R"({"name": "one more"})"_ba).status, 200);
        QCOMPARE(probe.get(u"/api_keys"_s).body.count("\"id\":"), 100'002);
        qInfo("100,000 keys: start %lld ms, first list %lld ms, cached list %lld ms", startMs,
              firstMs, secondMs);
    }
};

} // namespace discue

QTEST_GUILESS_MAIN(discue::tst_EmulatorStore)
#include "tst_emulatorstore.moc"
