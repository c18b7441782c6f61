// ConsoleSession, the console's wiring: --demo connects to the in-process emulator with its
// badge; a saved profile connects with the key the keychain holds for it; a saved profile
// without a key, or with a keychain that is unavailable, explains itself in the table.
#include "ApiKeyTableModel.h"
#include "ConnectionProfileDialog.h"
#include "ConsoleSession.h"
#include "EmulatorServer.h"
#include "KeyConsole.h"
#include "KeyOperations.h"
#include "KeyStore.h"
#include "KeyTableView.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "TextRendering.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

// A keychain in memory, answering later as a real one does.
class FakeKeychain : public SecretBackend
{
public:
    QHash<QString, QString> entries;
    QHash<QString, int> delayMs; // per entry: how long the keychain takes to answer a read
    int writeDelayMs = 0;
    bool available = true;
    int answered = 0; // reads and writes answered so far
    QObject context;  // late answers die with the keychain

    void read(const QString &, const QString &name, Callback done) override
    {
        Reply reply;
        if (!available)
            reply = {Status::Unavailable, {}, u"no keychain here"_s};
        else if (entries.contains(name))
            reply = {Status::Ok, entries.value(name), {}};
        else
            reply = {Status::NotFound, {}, {}};
        answerLater(delayMs.value(name), done, reply);
    }
    void write(const QString &, const QString &name, const QString &secret, Callback done) override
    {
        entries.insert(name, secret);
        answerLater(writeDelayMs, done, {Status::Ok, {}, {}});
    }
    void answerLater(int delay, const Callback &done, const Reply &reply)
    {
        QTimer::singleShot(delay, &context, [this, done, reply] {
            ++answered;
            done(reply);
        });
    }
    void remove(const QString &, const QString &name, Callback done) override
    {
        entries.remove(name);
        QTimer::singleShot(0, [done] { done({Status::Ok, {}, {}}); });
    }
};

} // namespace

class TestConsoleSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> freshSettings(const QString &name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

    // A session whose keychain is `keychain` (owned by the test, shared with the store).
    static std::unique_ptr<ConsoleSession> session(QSettings *settings, FakeKeychain *keychain)
    {
        return std::make_unique<ConsoleSession>(settings, [keychain] {
            struct Forward : SecretBackend
            {
                FakeKeychain *to;
                explicit Forward(FakeKeychain *k)
                    : to(k)
                {}
                void read(const QString &s, const QString &n, Callback d) override
                {
                    to->read(s, n, d);
                }
                void write(const QString &s, const QString &n, const QString &v,
                           Callback d) override
                {
                    to->write(s, n, v, d);
                }
                void remove(const QString &s, const QString &n, Callback d) override
                {
                    to->remove(s, n, d);
                }
            };
            return std::make_unique<SecretStore>(std::make_unique<Forward>(keychain));
        });
    }

    // Where the saved-profile tests start: a running emulator, fresh settings with their
    // profile store, and a keychain.
    struct SavedProfiles
    {
        EmulatorServer server;
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<ProfileStore> store;
        FakeKeychain keychain;

        // A profile for the emulator, saved (which gives it its id; empty when saving failed),
        // its admin key in the keychain.
        ConnectionProfile add(const QString &name)
        {
            ConnectionProfile profile;
            profile.name = name;
            profile.baseUrl = server.baseUrl();
            if (!store->save(profile))
                return {};
            keychain.entries.insert(profile.id, server.adminKey());
            return profile;
        }
    };
    // Null when the emulator did not start.
    std::unique_ptr<SavedProfiles> savedProfilesIn(const QString &settingsName)
    {
        auto profiles = std::make_unique<SavedProfiles>();
        QString error;
        if (!profiles->server.start(&error)) {
            qWarning() << "the emulator did not start:" << error;
            return nullptr;
        }
        profiles->settings = freshSettings(settingsName);
        profiles->store = std::make_unique<ProfileStore>(profiles->settings.get());
        return profiles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void demoConnectsToTheBuiltInEmulator()
    {
        auto settings = freshSettings(u"demo.ini"_s);
        FakeKeychain keychain;
        auto console = session(settings.get(), &keychain);
        // As main() does: the start connects the console, the window is made later.
        QString error;
        QVERIFY2(console->startDemo(&error), qPrintable(error));
        QSignalSpy refreshed(console->console()->operations(), &KeyOperations::refreshed);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().first().toBool(), true);
        QVERIFY(QApplication::topLevelWidgets().isEmpty());
        QVERIFY(console->console()->profile().demo);
        QCOMPARE(console->window()->badgeText(), u"Demo (local)"_s);
        QCOMPARE(
            console->window()->keyModel()->rowCount(),
            console->emulator()->store().keys(console->emulator()->adminOrganization()).size());
        // The demo key is never saved: neither the profile nor a keychain entry.
        QVERIFY(ProfileStore(settings.get()).profiles().isEmpty());
        QVERIFY(keychain.entries.isEmpty());
    }

    void savedProfileConnectsWithTheKeychainsKey()
    {
        const auto saved = savedProfilesIn(u"saved.ini"_s);
        QVERIFY(saved);
        const ConnectionProfile profile = saved->add(u"Local emulator"_s);
        QVERIFY(!profile.id.isEmpty());
        saved->store->setLastUsedId(profile.id);
        QSettings *settings = saved->settings.get();
        const EmulatorServer &server = saved->server;

        auto console = session(settings, &saved->keychain);
        QSignalSpy refreshed(console->console()->operations(), &KeyOperations::refreshed);
        console->startWithSavedProfile();
        QVERIFY(console->console()->disconnectedReason().contains(u"waiting for the keychain"_s));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().first().toBool(), true);
        // The keychain's answer and the list came without making the window, which at start-up
        // waits for the font database meanwhile.
        QVERIFY(QApplication::topLevelWidgets().isEmpty());
        QCOMPARE(console->console()->profile().id, profile.id);
        QVERIFY(console->window()->notice().isEmpty());
        QVERIFY(console->window()->keyModel()->rowCount() > 5);
        // The key stays in the keychain only.
        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(profile.id.toUtf8()));
        QVERIFY(!written.contains(server.adminKey().toUtf8()));
    }

    void aKeychainAnswerForAProfileLeftMeanwhileIsDropped()
    {
        // The user picks another profile while the keychain still looks for the first one's
        // key; the first answer, arriving last, must not take the console back to it.
        const auto saved = savedProfilesIn(u"switch.ini"_s);
        QVERIFY(saved);
        const ConnectionProfile slow = saved->add(u"Slow keychain"_s);
        const ConnectionProfile quick = saved->add(u"Quick keychain"_s);
        QVERIFY(!slow.id.isEmpty() && !quick.id.isEmpty());
        saved->store->setLastUsedId(slow.id);
        FakeKeychain &keychain = saved->keychain;
        keychain.delayMs.insert(slow.id, 200);

        auto console = session(saved->settings.get(), &keychain);
        console->startWithSavedProfile();
        // Until the keychain answers, the table says what the console waits for.
        QVERIFY(console->window()->keyTable()->visibleEmptyText().contains(
            u"waiting for the keychain to give the API key of Slow keychain"_s));
        Q_EMIT console->window()->profileSelected(quick.id);
        QTRY_COMPARE(keychain.answered, 2);
        QCOMPARE(console->console()->profile().id, quick.id);
        QVERIFY(console->console()->isConnected());
        QVERIFY(console->window()->windowTitle().startsWith(quick.name));
    }

    void aProfileSavedWithAKeyDoesNotTakeOverAfterAnotherWasPicked()
    {
        // A new profile is saved with its key; the keychain takes a while to store it, and
        // meanwhile the user picks another profile. Storing ends without moving the console.
        const auto saved = savedProfilesIn(u"storing.ini"_s);
        QVERIFY(saved);
        const ConnectionProfile other = saved->add(u"Other"_s);
        QVERIFY(!other.id.isEmpty());
        FakeKeychain &keychain = saved->keychain;
        const EmulatorServer &server = saved->server;
        QSettings *settings = saved->settings.get();
        auto console = session(settings, &keychain);
        console->startWithSavedProfile(); // none used yet: not connected

        Q_EMIT console->window()->newProfileRequested();
        auto *dialog = console->window()->findChild<ConnectionProfileDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"profileName"_s)->setText(u"Slow to store"_s);
        dialog->findChild<QLineEdit *>(u"profileUrl"_s)->setText(server.baseUrl().toString());
        dialog->findChild<QLineEdit *>(u"profileApiKey"_s)->setText(server.adminKey());
        keychain.writeDelayMs = 200;
        dialog->accept();
        Q_EMIT console->window()->profileSelected(other.id);
        QTRY_COMPARE(keychain.answered, 2); // the read for Other, then the slow write
        QCOMPARE(console->console()->profile().id, other.id);
        QVERIFY(console->console()->isConnected());
        QCOMPARE(ProfileStore(settings).lastUsedId(), other.id);
        // Stored all the same, under the new profile's id.
        QString storedId;
        for (const ConnectionProfile &profile : ProfileStore(settings).profiles()) {
            if (profile.name == u"Slow to store"_s)
                storedId = profile.id;
        }
        QVERIFY(!storedId.isEmpty());
        QCOMPARE(keychain.entries.value(storedId), server.adminKey());
    }

    void savedProfileWithoutAKeySaysSo_data()
    {
        QTest::addColumn<bool>("keychainAvailable");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no entry") << true << u"no API key is stored for Staging"_s;
        QTest::newRow("no keychain") << false << u"Not connected"_s;
    }

    void savedProfileWithoutAKeySaysSo()
    {
        QFETCH(bool, keychainAvailable);
        QFETCH(QString, expected);
        auto settings = freshSettings(u"nokey%1.ini"_s.arg(keychainAvailable));
        ConnectionProfile profile;
        profile.name = u"Staging"_s;
        profile.baseUrl = QUrl(u"https://staging.example/v1"_s);
        ProfileStore store(settings.get());
        QVERIFY(store.save(profile));
        store.setLastUsedId(profile.id);
        FakeKeychain keychain;
        keychain.available = keychainAvailable;
        auto console = session(settings.get(), &keychain);
        console->startWithSavedProfile();
        // The keychain answers before there is a window; the window made later shows it all.
        QTRY_COMPARE(keychain.answered, 1);
        QVERIFY(QApplication::topLevelWidgets().isEmpty());
        QVERIFY(console->window()->keyTable()->visibleEmptyText().contains(expected));
        QVERIFY(!console->console()->isConnected());
        // Without a keychain the status bar says that keys live for this session only.
        // Short, once, with the keychain's own reason in the tooltip.
        const auto *notice = console->window()->findChild<QLabel *>(u"statusNotice"_s);
        QVERIFY(notice);
        if (!keychainAvailable) {
            QCOMPARE(console->window()->notice(),
                     u"No keychain: API keys are kept for this session only."_s);
            QVERIFY2(notice->toolTip().contains(u"must be entered again next time"_s),
                     qPrintable(notice->toolTip()));
            QVERIFY2(notice->toolTip().contains(u"no keychain here"_s),
                     qPrintable(notice->toolTip()));
        } else {
            QVERIFY(console->window()->notice().isEmpty());
        }
        // The profile that could not connect is the one shown, and editing edits it: that is
        // how its key goes back in (a new profile would be a duplicate).
        QCOMPARE(console->window()->findChild<QComboBox *>(u"profileCombo"_s)->currentText(),
                 u"Staging"_s);
        Q_EMIT console->window()->editProfileRequested();
        auto *dialog = console->window()->findChild<ConnectionProfileDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->profile().id, profile.id);
        QCOMPARE(dialog->profile().name, u"Staging"_s);
        dialog->reject();
    }

    void theWindowDrawsTextAsLastChosen()
    {
        // The window is made on the saved text rendering: crisp unless the desktop's was chosen.
        const auto restore =
            qScopeGuard([font = QApplication::font()] { QApplication::setFont(font); });
        auto settings = freshSettings(u"text.ini"_s);
        FakeKeychain keychain;
        {
            auto console = session(settings.get(), &keychain);
            console->startWithSavedProfile();
            QCOMPARE(console->window()->keyTable()->font().hintingPreference(),
                     QFont::PreferFullHinting);
        }
        saveTextRendering(settings.get(), TextRendering::Desktop);
        auto console = session(settings.get(), &keychain);
        console->startWithSavedProfile();
        QCOMPARE(console->window()->keyTable()->font().hintingPreference(),
                 QFont::PreferDefaultHinting);
    }
};

QTEST_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
