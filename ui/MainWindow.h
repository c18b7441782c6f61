// MainWindow: the console's window - toolbar with the connection profile and the key actions,
// the key table with search and quick filters, the details pane, the activity journal dock
// and a status bar with counts, last refresh, rate limit and the progress of long work.
// It renders and forwards: KeyOperations does the requests, the app layer picks profiles.
#pragma once

#include "ConnectionProfile.h"
#include "KeyFilterProxy.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace discue {

struct ApiKey;
class ApiKeysClient;
class ApiKeyTableModel;
class ConsoleStatusBar;
class JournalDock;
class KeyDetailsPane;
class KeyOperations;
class KeyTableView;
class ProfileSelector;
class RequestJournalModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // A profile and its secret to connect to as the window is built (demo, --base-url).
    struct Connection
    {
        ConnectionProfile profile;
        QString secret;
    };

    // initial: requested before the widgets are built, so that at start-up the server
    // answers while they are and the window usually paints once, already filled.
    MainWindow(ApiKeysClient *client, QSettings *settings,
               const std::optional<Connection> &initial = std::nullopt, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The profiles offered in the toolbar's selector; current: the id to show as selected.
    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &current = {});
    // Points the client at the profile and loads its keys. Only the first characters of the
    // secret are kept beyond the client, to recognise the console's own key in the table.
    void connectTo(const ConnectionProfile &profile, const QString &secret);
    // No usable profile: the table explains why.
    void showDisconnected(const QString &reason = {});
    // A lasting remark in the status bar, e.g. that API keys are kept for this session only.
    void setNotice(const QString &text);
    QString notice() const;
    bool isConnected() const { return m_connected; }
    const ConnectionProfile &profile() const { return m_profile; }

    ApiKeyTableModel *keyModel() const { return m_model; }
    KeyFilterProxy *keyProxy() const { return m_proxy; }
    KeyTableView *keyTable() const { return m_table; }
    KeyDetailsPane *detailsPane() const { return m_details; }
    KeyOperations *operations() const { return m_operations; }
    JournalDock *journalDock() const { return m_journal; }
    RequestJournalModel *journalModel() const { return m_journalModel; }
    QString statusCountsText() const;
    QString badgeText() const;
    QList<ApiKey> selectedKeys() const;
    // Selects the rows of these ids (tests, and after a refresh).
    void selectKeys(const QStringList &ids);

    QAction *refreshAction() const { return m_refresh; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *enableAction() const { return m_enable; }
    QAction *disableAction() const { return m_disable; }
    QAction *deleteAction() const { return m_delete; }

Q_SIGNALS:
    void profileSelected(const QString &id);
    void editProfileRequested();
    void newProfileRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidgets();
    void createStatusBar();
    // connectTo in two steps: the client and the list request, then what the widgets show.
    void beginConnection(const ConnectionProfile &profile, const QString &secret);
    void showConnection();
    void updateActions();
    void updateDetails();
    void updateCounts();
    void setBusy(const QString &what, int done, int total);
    void setIdle();
    void showAbout();

    ApiKeysClient *m_client;
    QSettings *m_settings;
    ApiKeyTableModel *m_model = nullptr;
    KeyFilterProxy *m_proxy = nullptr;
    KeyOperations *m_operations = nullptr;
    RequestJournalModel *m_journalModel = nullptr;
    ConnectionProfile m_profile;
    bool m_connected = false;

    KeyTableView *m_table = nullptr;
    KeyDetailsPane *m_details = nullptr;
    JournalDock *m_journal = nullptr;
    ProfileSelector *m_profileSelector = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_quickFilter = nullptr;
    ConsoleStatusBar *m_status = nullptr;

    QAction *m_refresh = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_enable = nullptr;
    QAction *m_disable = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
    QAction *m_profiles = nullptr;
    QAction *m_newProfile = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_selectAll = nullptr;
};

} // namespace discue
