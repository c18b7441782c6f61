// ConsoleSession: builds the console's objects and connects them - the network manager, the
// API client, the saved profiles and their keys (ProfileStore, SecretStore), the in-process
// emulator of --demo, the keys and their operations (KeyConsole) and the main window - and
// switches profiles when the user asks. The window is made on first use: a start connects the
// KeyConsole only, so that main() can let the first list arrive before building widgets.
#pragma once

#include "ConnectionProfile.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace discue {

class ApiKeysClient;
class EmulatorServer;
class KeyConsole;
class MainWindow;
class ProfileStore;
class SecretStore;

class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>()>;

    // makeSecretStore: how to reach the keychain, called on first use; empty -> the OS
    // keychain through QtKeychain. Tests pass a store over a fake backend.
    explicit ConsoleSession(QSettings *settings, SecretStoreFactory makeSecretStore = {},
                            QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Starts the emulator with the demo seed on a free loopback port and connects to it. The
    // demo admin key lives in memory only. False with a translated reason.
    bool startDemo(QString *error);
    // Connects to url with the key from DISCUE_API_KEY. False with a translated reason.
    bool startWithBaseUrl(const QUrl &url, QString *error);
    // Connects to the profile used last, or shows "Not connected".
    void startWithSavedProfile();

    KeyConsole *console() const { return m_console; }
    // Made on first use.
    MainWindow *window();
    EmulatorServer *emulator() const { return m_emulator.get(); }

private:
    void connectSessionProfile();
    void selectProfile(const QString &id);
    void editProfile(bool createNew);
    void updateProfileList();
    void connectSaved(const ConnectionProfile &profile);
    void ensureSecretStore();

    QSettings *m_settings;
    QNetworkAccessManager *m_network;
    ApiKeysClient *m_client;
    ProfileStore *m_profiles;
    KeyConsole *m_console;
    SecretStoreFactory m_makeSecretStore;
    std::unique_ptr<SecretStore> m_secrets; // made on first use: the keychain may be slow
    std::unique_ptr<EmulatorServer> m_emulator;
    std::optional<ConnectionProfile> m_sessionProfile; // demo or command line: never saved
    QString m_sessionKey;                              // its key, in memory only
    QString m_notice; // the status bar's lasting remark, also for a window made later
    QString m_noticeDetails;
    QString m_chosenProfileId; // the saved profile last chosen, connected or not (key missing)
    // Counts KeyConsole::connectionChanged: a keychain answer asked for before the connection
    // changed again is for a profile the user has left.
    quint64 m_connectionChanges = 0;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace discue
