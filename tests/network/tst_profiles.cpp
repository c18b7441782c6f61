// Connection profiles and the secret store: what is saved where, what is never saved, and
// what happens on a system without a keychain.
#include "ConnectionProfile.h"
#include "FakeSecretBackend.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;
using namespace discue::test;

namespace {

const QString secret = u"profile-secret-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKL"_s;

ConnectionProfile productionProfile()
{
    ConnectionProfile profile;
    profile.name = u"Production"_s;
    profile.baseUrl = QUrl(u"https://api.discue.io/v1"_s);
    profile.dialect = Dialect::Provider;
    profile.production = true;
    return profile;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    QString settingsPath;

    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
    }

    // Runs one store operation to its callback.
    static SecretStore::Lookup readKey(SecretStore &store, const QString &profileId)
    {
        std::optional<SecretStore::Lookup> lookup;
        QObject context;
        store.readKey(profileId, &context,
                      [&lookup](const SecretStore::Lookup &found) { lookup = found; });
        if (!QTest::qWaitFor([&lookup] { return lookup.has_value(); }, 2000))
            return {};
        return *lookup;
    }

    static SecretStore::Storage storeKey(SecretStore &store, const QString &profileId,
                                         const QString &key, QString *message = nullptr)
    {
        std::optional<SecretStore::Storage> stored;
        QObject context;
        store.storeKey(profileId, key, &context,
                       [&stored, message](SecretStore::Storage where, const QString &why) {
                           stored = where;
                           if (message)
                               *message = why;
                       });
        if (!QTest::qWaitFor([&stored] { return stored.has_value(); }, 2000))
            return SecretStore::Storage::Unknown;
        return *stored;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QVERIFY(QDir().mkpath(dir));
        settingsPath = dir + u"/tst_profiles.ini"_s;
    }

    void init() { QFile::remove(settingsPath); }

    void allowedBaseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://api.discue.io/v1"_s << true;
        QTest::newRow("http remote") << u"http://api.discue.io/v1"_s << false;
        QTest::newRow("http localhost") << u"http://localhost:8787/v1"_s << true;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8787/v1"_s << true;
        QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3/v1"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:8787/v1"_s << true;
        QTest::newRow("http lan") << u"http://192.168.1.10/v1"_s << false;
        QTest::newRow("localhost lookalike") << u"http://localhost.evil.example/v1"_s << false;
        QTest::newRow("ftp") << u"ftp://api.discue.io/v1"_s << false;
        QTest::newRow("no host") << u"https:///v1"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void allowedBaseUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QString whyNot;
        QCOMPARE(isAllowedBaseUrl(QUrl(url), &whyNot), allowed);
        QCOMPARE(whyNot.isEmpty(), allowed);
    }

    void profilesRoundTripWithoutTheKey()
    {
        {
            auto settings = openSettings();
            ProfileStore store(settings.get());
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            ConnectionProfile production = productionProfile();
            QVERIFY(store.save(production));
            QVERIFY(!production.id.isEmpty());
            ConnectionProfile local;
            local.name = u"Local emulator"_s;
            local.baseUrl = QUrl(u"http://127.0.0.1:8787/v1"_s);
            QVERIFY(store.save(local));
            store.setLastUsedId(production.id);
            QCOMPARE(changed.size(), 2);

            // Editing keeps the id and the position.
            production.name = u"Production EU"_s;
            QVERIFY(store.save(production));
            QCOMPARE(store.profiles().size(), 2);
        }
        auto settings = openSettings();
        ProfileStore reopened(settings.get());
        const QList<ConnectionProfile> profiles = reopened.profiles();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).name, u"Production EU"_s);
        QCOMPARE(profiles.at(0).baseUrl, QUrl(u"https://api.discue.io/v1"_s));
        QCOMPARE(profiles.at(0).dialect, Dialect::Provider);
        QVERIFY(profiles.at(0).production);
        QCOMPARE(profiles.at(1).name, u"Local emulator"_s);
        QVERIFY(!profiles.at(1).production);
        QCOMPARE(reopened.lastUsedId(), profiles.at(0).id);

        QVERIFY(reopened.remove(profiles.at(0).id));
        QVERIFY(!reopened.remove(profiles.at(0).id));
        QCOMPARE(reopened.profiles().size(), 1);
        QVERIFY(reopened.lastUsedId().isEmpty());
    }

    void unsaveableProfilesAreRefused()
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QString whyNot;

        ConnectionProfile insecure = productionProfile();
        insecure.baseUrl = QUrl(u"http://api.discue.io/v1"_s);
        QVERIFY(!store.save(insecure, &whyNot));
        QVERIFY(whyNot.contains(u"https://"_s));

        ConnectionProfile nameless = productionProfile();
        nameless.name = u"  "_s;
        QVERIFY(!store.save(nameless, &whyNot));

        ConnectionProfile demo = productionProfile();
        demo.demo = true;
        QVERIFY(!store.save(demo, &whyNot));

        ConnectionProfile scripted = commandLineProfile(QUrl(u"https://api.discue.io/v1"_s));
        QVERIFY(scripted.transient);
        QVERIFY(!store.save(scripted, &whyNot));
        QVERIFY(store.profiles().isEmpty());
    }

    void commandLineKeyComesFromTheEnvironment()
    {
        qputenv(apiKeyEnvironmentVariable, secret.toUtf8());
        QCOMPARE(apiKeyFromEnvironment(), secret);
        qunsetenv(apiKeyEnvironmentVariable);
        QVERIFY(apiKeyFromEnvironment().isEmpty());
        const ConnectionProfile profile = commandLineProfile(QUrl(u"http://127.0.0.1:9/v1"_s));
        QCOMPARE(profile.baseUrl, QUrl(u"http://127.0.0.1:9/v1"_s));
        QVERIFY(!profile.demo);
    }

    void keysLiveInTheKeychainUnderTheProfileId()
    {
        auto backend = std::make_unique<FakeSecretBackend>();
        FakeSecretBackend *fake = backend.get();
        SecretStore store(std::move(backend));
        QCOMPARE(store.storage(), SecretStore::Storage::Unknown);

        QCOMPARE(storeKey(store, u"profile-1"_s, secret), SecretStore::Storage::Keychain);
        QCOMPARE(fake->entries.value(u"discue-keys/profile-1"_s), secret);
        QCOMPARE(store.storage(), SecretStore::Storage::Keychain);

        const SecretStore::Lookup found = readKey(store, u"profile-1"_s);
        QVERIFY(found.found);
        QCOMPARE(found.key, secret);
        QCOMPARE(found.from, SecretStore::Storage::Keychain);

        const SecretStore::Lookup missing = readKey(store, u"profile-2"_s);
        QVERIFY(!missing.found);
        QVERIFY(missing.key.isEmpty());

        bool removed = false;
        QObject context;
        store.removeKey(u"profile-1"_s, &context, [&removed] { removed = true; });
        QTRY_VERIFY(removed);
        QVERIFY(fake->entries.isEmpty());
    }

    void withoutAKeychainTheKeyLastsForTheSessionOnly()
    {
        auto backend = std::make_unique<FakeSecretBackend>();
        backend->mode = FakeSecretBackend::Status::Unavailable;
        FakeSecretBackend *fake = backend.get();
        SecretStore store(std::move(backend));
        QSignalSpy storageChanged(&store, &SecretStore::storageChanged);

        QString message;
        QCOMPARE(storeKey(store, u"profile-1"_s, secret, &message),
                 SecretStore::Storage::SessionOnly);
        QVERIFY(message.contains(u"this session only"_s));
        QVERIFY(!message.contains(secret));
        QCOMPARE(store.storage(), SecretStore::Storage::SessionOnly);
        QCOMPARE(storageChanged.size(), 1);
        QCOMPARE(storageChanged.at(0).at(0).value<SecretStore::Storage>(),
                 SecretStore::Storage::SessionOnly);
        QVERIFY(fake->entries.isEmpty());

        const SecretStore::Lookup found = readKey(store, u"profile-1"_s);
        QVERIFY(found.found);
        QCOMPARE(found.key, secret);
        QCOMPARE(found.from, SecretStore::Storage::SessionOnly);

        // A new session (a new store) has nothing: no plaintext fallback anywhere.
        auto nextBackend = std::make_unique<FakeSecretBackend>();
        nextBackend->mode = FakeSecretBackend::Status::Unavailable;
        SecretStore nextSession(std::move(nextBackend));
        const SecretStore::Lookup gone = readKey(nextSession, u"profile-1"_s);
        QVERIFY(!gone.found);
        QCOMPARE(gone.from, SecretStore::Storage::SessionOnly);
        QVERIFY(!gone.message.isEmpty());
    }

    void aRefusingKeychainKeepsTheKeyInMemoryAndSaysWhy()
    {
        auto backend = std::make_unique<FakeSecretBackend>();
        backend->mode = FakeSecretBackend::Status::Failed;
        SecretStore store(std::move(backend));
        QString message;
        QCOMPARE(storeKey(store, u"p"_s, secret, &message), SecretStore::Storage::SessionOnly);
        QVERIFY(message.contains(u"refused"_s));
        QCOMPARE(readKey(store, u"p"_s).key, secret);
    }

    void settingsNeverHoldTheKey()
    {
        {
            auto settings = openSettings();
            ProfileStore profiles(settings.get());
            ConnectionProfile profile = productionProfile();
            QVERIFY(profiles.save(profile));
            auto backend = std::make_unique<FakeSecretBackend>();
            backend->mode = FakeSecretBackend::Status::Unavailable;
            SecretStore secrets(std::move(backend));
            QCOMPARE(storeKey(secrets, profile.id, secret), SecretStore::Storage::SessionOnly);
            settings->sync();
        }
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("Production"));
        QVERIFY(!content.contains(secret.toUtf8()));
    }

    void callbacksAreDroppedWhenTheirContextIsGone()
    {
        auto backend = std::make_unique<FakeSecretBackend>();
        SecretStore store(std::move(backend));
        bool called = false;
        {
            QObject context;
            store.readKey(u"p"_s, &context,
                          [&called](const SecretStore::Lookup &) { called = true; });
        }
        // The fake answers in order: once a later lookup is answered, the first one was too.
        const SecretStore::Lookup later = readKey(store, u"p"_s);
        QVERIFY(!later.found);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
