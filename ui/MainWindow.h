// MainWindow: the console's window - toolbar with the connection profile and the key actions,
// the key table with search and quick filters, the details pane, the activity journal dock
// and a status bar with counts, last refresh, rate limit and the progress of long work.
// It renders and forwards: KeyOperations does the requests, the app layer picks profiles.
#pragma once

#include "ConnectionProfile.h"
#include "KeyFilterProxy.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;

namespace discue {

struct ApiKey;
class ApiKeyTableModel;
class ConsoleStatusBar;
class JournalDock;
class KeyConsole;
class KeyDetailsPane;
class KeyOperations;
class KeyTableView;
class ProfileSelector;
class RequestJournalModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Shows the console's keys, connection and journal - also what happened to them before
    // the window was built (at start-up usually the whole first list) - and forwards intents.
    MainWindow(KeyConsole *console, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window's size at its first start (nothing saved yet) on a screen with this much
    // room.
    static QSize firstStartSize(const QSize &available);

    // The profiles offered in the toolbar's selector; current: the id to show as selected.
    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &current = {});
    // A lasting remark in the status bar, e.g. that API keys are kept for this session only.
    void setNotice(const QString &text, const QString &details = {});
    QString notice() const;

    // What the window shows; connecting goes through it (the window follows).
    KeyConsole *console() const { return m_console; }
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
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidgets();
    void createStatusBar();
    void showConnectionState(); // the console's connection, after connectionChanged
    void showConnection();
    void showDisconnectedState();
    void showRefreshed(bool ok);
    void showEarlierWork(); // what the console did before the window was built
    void updateActions();
    void updateDetails();
    void updateCounts();
    void setBusy(const QString &what, int done, int total);
    void setIdle();
    void showAbout();

    KeyConsole *m_console;
    QSettings *m_settings;
    ApiKeyTableModel *m_model;
    KeyOperations *m_operations;
    RequestJournalModel *m_journalModel;
    KeyFilterProxy *m_proxy = nullptr;

    KeyTableView *m_table = nullptr;
    KeyDetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    JournalDock *m_journal = nullptr;
    ProfileSelector *m_profileSelector = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_quickFilter = nullptr;
    ConsoleStatusBar *m_status = nullptr;
    QString m_sortingMessage; // shown while the model sorts, cleared only if still shown

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
    QAction *m_desktopText = nullptr;
};

} // namespace discue
