#include "ConsoleSession.h"

#include "ApiKeysClient.h"
#include "AppLogging.h"
#include "ConnectionProfileDialog.h"
#include "EmulatorServer.h"
#include "KeyConsole.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "TextRendering.h"

#include <QNetworkAccessManager>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace discue {

ConsoleSession::ConsoleSession(QSettings *settings, SecretStoreFactory makeSecretStore,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new ApiKeysClient(m_network, this))
    , m_profiles(new ProfileStore(settings, this))
    , m_console(new KeyConsole(m_client, settings, this))
    , m_makeSecretStore(std::move(makeSecretStore))
{
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ConsoleSession::updateProfileList);
    connect(m_console, &KeyConsole::connectionChanged, this, [this] { ++m_connectionChanges; });
}

ConsoleSession::~ConsoleSession()
{
    // The window's dialogs may hold calls of the client: close it first.
    m_window.reset();
}

MainWindow *ConsoleSession::window()
{
    if (m_window)
        return m_window.get();
    // Before the window's first widget, so that no widget lays its text out twice.
    applyTextRendering(savedTextRendering(*m_settings));
    m_window = std::make_unique<MainWindow>(m_console, m_settings);
    connect(m_window.get(), &MainWindow::profileSelected, this, &ConsoleSession::selectProfile);
    connect(m_window.get(), &MainWindow::editProfileRequested, this,
            [this] { editProfile(false); });
    connect(m_window.get(), &MainWindow::newProfileRequested, this, [this] { editProfile(true); });
    updateProfileList();
    m_window->setNotice(m_notice, m_noticeDetails);
    return m_window.get();
}

void ConsoleSession::connectSessionProfile()
{
    m_chosenProfileId.clear();
    m_console->connectTo(*m_sessionProfile, m_sessionKey);
    updateProfileList();
}

bool ConsoleSession::startDemo(QString *error)
{
    EmulatorOptions options;
    options.host = QHostAddress::LocalHost;
    options.port = 0;
    options.seed = EmulatorOptions::Seed::Demo;
    m_emulator = std::make_unique<EmulatorServer>(options);
    if (!m_emulator->start(error))
        return false;
    ConnectionProfile profile;
    profile.id = u"demo"_s;
    profile.name = tr("Demo (local)");
    profile.baseUrl = m_emulator->baseUrl();
    profile.demo = true;
    m_sessionProfile = profile;
    m_sessionKey = m_emulator->adminKey();
    qCInfo(lcApp) << "demo emulator listening on" << profile.baseUrl.toDisplayString();
    connectSessionProfile();
    return true;
}

bool ConsoleSession::startWithBaseUrl(const QUrl &url, QString *error)
{
    QString whyNot;
    if (!isAllowedBaseUrl(url, &whyNot)) {
        *error = whyNot;
        return false;
    }
    const QString key = apiKeyFromEnvironment();
    if (key.isEmpty()) {
        *error = tr("--base-url needs the API key in the environment variable %1, which is not "
                    "set.")
                     .arg(QString::fromLatin1(apiKeyEnvironmentVariable));
        return false;
    }
    m_sessionProfile = commandLineProfile(url);
    m_sessionKey = key;
    connectSessionProfile();
    return true;
}

void ConsoleSession::startWithSavedProfile()
{
    // The key arrives later, from the keychain.
    if (const auto profile = m_profiles->profile(m_profiles->lastUsedId()))
        connectSaved(*profile);
    else
        m_console->setDisconnected();
}

void ConsoleSession::updateProfileList()
{
    if (!m_window)
        return; // made with the list
    QList<ConnectionProfile> profiles = m_profiles->profiles();
    if (m_sessionProfile)
        profiles.prepend(*m_sessionProfile);
    m_window->setProfiles(profiles,
                          m_console->isConnected() ? m_console->profile().id : m_chosenProfileId);
}

void ConsoleSession::selectProfile(const QString &id)
{
    if (m_console->isConnected() && m_console->profile().id == id)
        return;
    if (m_sessionProfile && m_sessionProfile->id == id) {
        connectSessionProfile();
        return;
    }
    if (const auto profile = m_profiles->profile(id))
        connectSaved(*profile);
}

void ConsoleSession::connectSaved(const ConnectionProfile &profile)
{
    ensureSecretStore();
    m_chosenProfileId = profile.id;
    m_profiles->setLastUsedId(profile.id);
    // A keychain can take a while (it may ask to be unlocked): the table says what it waits
    // for, and the answer is dropped if the connection changed meanwhile (another pick).
    m_console->setDisconnected(
        tr("waiting for the keychain to give the API key of %1...").arg(profile.name));
    const quint64 asked = m_connectionChanges;
    m_secrets->readKey(profile.id, this, [this, profile, asked](const SecretStore::Lookup &lookup) {
        if (asked != m_connectionChanges)
            return;
        if (!lookup.found || lookup.key.isEmpty()) {
            m_console->setDisconnected(
                lookup.message.isEmpty()
                    ? tr("no API key is stored for %1; edit the profile to add one.")
                          .arg(profile.name)
                    : tr("no API key for %1: %2 Edit the profile to enter it.")
                          .arg(profile.name, lookup.message));
            return;
        }
        m_console->connectTo(profile, lookup.key);
    });
}

void ConsoleSession::ensureSecretStore()
{
    if (m_secrets)
        return;
    m_secrets = m_makeSecretStore ? m_makeSecretStore() : SecretStore::withKeychain();
    // Without a keychain the keys live for this session only: the user must know. The first
    // answer usually comes before there is a window (see main()): the window takes it then.
    connect(m_secrets.get(), &SecretStore::storageChanged, this,
            [this](SecretStore::Storage storage, const QString &message) {
                // Short in the status bar; the keychain's own words (often technical) in its
                // tooltip.
                const bool sessionOnly = storage == SecretStore::Storage::SessionOnly;
                m_notice = sessionOnly ? tr("No keychain: API keys are kept for this session only.")
                                       : QString();
                m_noticeDetails = sessionOnly ? message : QString();
                if (m_window)
                    m_window->setNotice(m_notice, m_noticeDetails);
            });
}

void ConsoleSession::editProfile(bool createNew)
{
    ConnectionProfile profile;
    bool hasStoredKey = false;
    if (!createNew && m_console->isConnected() && !m_console->profile().demo &&
        !m_console->profile().transient) {
        profile = m_console->profile();
        hasStoredKey = true;
    } else if (!createNew && !m_console->isConnected()) {
        // The saved profile that could not connect - most often because its key is missing
        // (no keychain after a restart): editing it is how the key goes back in.
        if (const auto chosen = m_profiles->profile(m_chosenProfileId))
            profile = *chosen;
    }
    auto *dialog = new ConnectionProfileDialog(profile, hasStoredKey, m_network, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ConnectionProfile saved = dialog->profile();
        const QString key = dialog->apiKey();
        QString whyNot;
        if (!m_profiles->save(saved, &whyNot)) {
            m_console->setDisconnected(whyNot);
            return;
        }
        ensureSecretStore();
        if (key.isEmpty()) {
            connectSaved(saved);
            return;
        }
        // Connects once the key is stored (the keychain may ask to be unlocked first), unless
        // the connection changed meanwhile (the user picked another profile).
        const quint64 asked = m_connectionChanges;
        m_secrets->storeKey(
            saved.id, key, this,
            [this, saved, key, asked](SecretStore::Storage, const QString &message) {
                if (!message.isEmpty())
                    qCInfo(lcApp) << "secret store:" << message;
                updateProfileList();
                if (asked != m_connectionChanges)
                    return;
                m_profiles->setLastUsedId(saved.id);
                m_console->connectTo(saved, key);
            });
    });
    dialog->open();
}

} // namespace discue
