// KeyOperations: what the main window's actions do to the organization's keys - list,
// create, edit, enable, disable, delete, one key or a selection - and how each ends: the
// confirmation first, then the request followed in a ResponseDialog, then the server's state
// in the table (the key re-read after every change, the row removed after a delete). Every
// dialog is opened with open(), never exec(), and reachable through an accessor, so tests
// drive the same code paths as a user.
#pragma once

#include "ApiKey.h"
#include "ApiKeyTableModel.h"
#include "ApiResult.h"
#include "BulkOperation.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QSettings;
class QWidget;

namespace discue {

class ApiCall;
class ApiKeysClient;
class BulkResultDialog;
class ConfirmKeyActionDialog;
class KeyEditorDialog;
class ResponseDialog;

class KeyOperations : public QObject
{
    Q_OBJECT

public:
    KeyOperations(ApiKeysClient *client, ApiKeyTableModel *model, QSettings *settings,
                  QObject *parent = nullptr);
    ~KeyOperations() override;

    // The window the dialogs belong to. Until there is one (at start-up the first list may be
    // answered before the window is built), a failed list's response waits; it opens once the
    // window is shown, over it.
    void setDialogParent(QWidget *parent);

    void refresh();
    void createKey();
    void editKey(const ApiKey &key);
    // Confirms (enable of a single key goes straight ahead), then applies to one key or, for
    // several, through a BulkOperation.
    void requestAction(BulkAction action, const QList<ApiKey> &keys);
    // GET the key and show the server's state in its row.
    void rereadKey(const QString &id);
    // Stops the running list request or bulk operation.
    void cancelRunning();
    bool isBusy() const;
    // The long work running now, as last reported through busy().
    struct Progress
    {
        QString what;
        int done = 0;
        int total = 0;
    };
    std::optional<Progress> progress() const { return m_progress; }
    // How the newest list request went; a window built later shows it from here.
    enum class ListState
    {
        NotRequested,
        Loading,
        Listed,
        Failed
    };
    ListState listState() const { return m_listState; }
    // A production profile: every delete asks for the typed name.
    void setProduction(bool production) { m_production = production; }

    QDateTime lastRefresh() const { return m_lastRefresh; }
    ConfirmKeyActionDialog *confirmDialog() const;
    ResponseDialog *responseDialog() const;
    BulkResultDialog *bulkResultDialog() const;
    KeyEditorDialog *editorDialog() const;
    BulkOperation *bulkOperation() const { return m_bulk; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Long work (list, bulk): total 0 means "unknown, show a busy indicator".
    void busy(const QString &what, int done, int total);
    void idle();
    void refreshed(bool ok);
    // A retry of the list waits: the status bar says so.
    void retryWaiting(qint64 waitMs, int lastStatus);
    // A single-key mutation was answered and the table reflects it.
    void keyActionFinished(const QString &id, bool ok);
    // A key created in the editor is in the table now.
    void keyCreated(const QString &id);

private:
    void applyConfirmed(BulkAction action, const QList<ApiKey> &keys);
    void applyToOne(BulkAction action, const ApiKey &key);
    // A single key whose status change the server accepted, shown so before it is read back.
    void showStatusChanged(const QString &id, BulkAction action, const ApiResult &result);
    void applyToMany(BulkAction action, const QList<ApiKey> &keys);
    enum class KeysFrom
    {
        Server,         // a list the server sent
        AcceptedChanges // the table's keys with changes the server accepted, its list failing
    };
    void showKeys(QList<ApiKey> keys, KeysFrom from = KeysFrom::Server);
    void takeRows(ApiKeyTableModel::Rows rows, KeysFrom from);
    // After a bulk enable/disable whose list read failed.
    void showAcceptedStatus();
    void reportBusy(const QString &what, int done, int total);
    void reportIdle();
    void showFailure(const ApiResult &result);
    void openResponse(ResponseDialog *dialog);
    void openUnshownFailure();
    void showCall(ApiCall *call);
    QSet<QString> ownKeyIds(const QList<ApiKey> &keys) const;

    ApiKeysClient *m_client;
    ApiKeyTableModel *m_model;
    QSettings *m_settings;
    QPointer<QWidget> m_dialogParent;
    std::optional<ApiExchange> m_unshownFailure; // answered before there was a window
    std::optional<Progress> m_progress;
    ListState m_listState = ListState::NotRequested;
    QPointer<ApiCall> m_listCall;
    QString m_createdId;          // created in the editor, not yet read into the table
    quint64 m_rowsGeneration = 0; // the newest list being prepared for the table
    // Status changes a bulk action got accepted, until a list shows the server's state.
    QHash<QString, KeyStatus> m_acceptedStatus;
    QPointer<BulkOperation> m_bulk;
    QPointer<ConfirmKeyActionDialog> m_confirm;
    QPointer<ResponseDialog> m_response;
    QPointer<BulkResultDialog> m_bulkResults;
    QPointer<KeyEditorDialog> m_editor;
    QDateTime m_lastRefresh;
    bool m_production = false;
};

} // namespace discue
