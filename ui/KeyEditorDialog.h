// KeyEditorDialog: creates a key or edits one - name, status and the scope grid - with the
// ScopePolicy findings shown where they are while the user types, then a review of the exact
// body that will be sent (only what changed) before anything goes out. Send hands the body to
// ApiKeysClient and follows the call in a ResponseDialog; on success it announces the key
// (the owner re-reads it) and closes, on failure it stays open with every edit intact.
#pragma once

#include "ApiKey.h"
#include "ApiKeyCodec.h"
#include "ScopePolicy.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace discue {

class ApiKeysClient;
struct ApiResult;
class Clipboard;
class KeyEditorFindingList;
class KeyReviewPanel;
class ResponseDialog;
class ScopeGridView;
class SecretDialog;

class KeyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Create,
        Edit
    };

    // Create a new key. settings: for the response dialog's "don't show" choice.
    KeyEditorDialog(ApiKeysClient *client, QSettings *settings, QWidget *parent = nullptr);
    // Edit `key` (as last read from the server).
    KeyEditorDialog(ApiKeysClient *client, const ApiKey &key, QSettings *settings,
                    QWidget *parent = nullptr);
    ~KeyEditorDialog() override;

    Mode mode() const { return m_mode; }
    const ApiKey &original() const { return m_original; }
    // The key as edited so far.
    ApiKey draft() const;
    bool isModified() const;
    // Name and scope findings of the draft, as shown.
    QList<PolicyFinding> findings() const;
    bool hasBlockingErrors() const;
    // The body Send would send: update -> only what changed (nullopt when nothing did);
    // create -> the create body. In the client's dialect.
    std::optional<QByteArray> pendingBody() const;
    bool isReviewing() const;
    bool canSend() const;
    bool isSending() const { return m_sending; }

    // Review (Ctrl+Return on the edit page), Back, and Send (Ctrl+Return on the review page).
    void review();
    void backToEditing();
    void send();

    ScopeGridView *scopeGrid() const { return m_grid; }
    // The dialogs of the last Send (nullptr when none is open); for the owner and for tests.
    ResponseDialog *responseDialog() const;
    SecretDialog *secretDialog() const;
    // Used for the secret dialog's Copy; nullptr -> the application clipboard.
    void setClipboard(Clipboard *clipboard) { m_clipboard = clipboard; }

    // Esc / Cancel: asks "Discard changes?" (a non-blocking QMessageBox, object name
    // "discardChangesBox") when something was edited.
    void reject() override;

Q_SIGNALS:
    // The server accepted the update of this key; re-read it to show the server's state.
    void keyUpdated(const QString &id);
    // The server created a key with this id (the secret went to the SecretDialog only).
    void keyCreated(const QString &id);
    // The server answered 404 to the update: the key is gone (deleted elsewhere).
    void keyMissing(const QString &id);

private:
    static QString keyMissingText();
    void buildUi();
    void loadKey(const ApiKey &key);
    void refreshFindings();
    void onCallFinished(const ApiResult &result);
    void setEditingEnabled(bool enabled);

    ApiKeysClient *m_client = nullptr;
    QSettings *m_settings = nullptr;
    Clipboard *m_clipboard = nullptr;
    Mode m_mode = Mode::Edit;
    ApiKey m_original;
    bool m_sending = false;
    bool m_lastSendFailed = false; // keeps the failure line until the user moves on
    bool m_keyMissing = false;     // 404 to the update: nothing left to send to

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameMessage = nullptr;
    QComboBox *m_statusCombo = nullptr;
    ScopeGridView *m_grid = nullptr;
    KeyEditorFindingList *m_findingList = nullptr;
    KeyReviewPanel *m_review = nullptr;
    QLabel *m_sendError = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<ResponseDialog> m_responseDialog;
    QPointer<SecretDialog> m_secretDialog;
    QPointer<QMessageBox> m_discardBox;
};

} // namespace discue
