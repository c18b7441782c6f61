// ConfirmKeyActionDialog: "are you sure" for enabling, disabling and deleting one key or a
// selection. It names the keys, shows their last use and scopes, counts what will actually
// change (the dry run of a bulk action), says that delete is final, warns when the console's
// own key is among them, and for risky deletes (a key used in the last 7 days, the console's
// own key, any key of a production profile) keeps the action button disabled until the key's name -
// or for several keys, their number - is typed. Opened with open(), so tests and users drive it the
// same way.
#pragma once

#include "ApiKey.h"
#include "BulkOperation.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QPushButton;

namespace discue {

class ConfirmKeyActionDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr qint64 recentUseMs = 7LL * 24 * 60 * 60 * 1000;

    // production: the profile is marked production - every delete needs the typed name.
    ConfirmKeyActionDialog(BulkAction action, QList<ApiKey> keys, QSet<QString> ownKeyIds,
                           qint64 nowMs, bool production = false, QWidget *parent = nullptr);

    BulkAction action() const { return m_action; }
    // The keys the action will change: all for delete; for enable/disable those not already
    // in the target state.
    const QList<ApiKey> &affectedKeys() const { return m_affected; }
    bool requiresTypedConfirmation() const { return !m_expected.isEmpty(); }
    QString expectedConfirmation() const { return m_expected; }
    bool includesOwnKey() const { return m_includesOwnKey; }
    QString messageText() const;

    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QPushButton *actionButton() const { return m_actionButton; }

private:
    void buildUi(const QList<ApiKey> &selected, qint64 nowMs);
    void updateActionButton();
    QString describeKey(const ApiKey &key, qint64 nowMs) const;

    BulkAction m_action;
    QList<ApiKey> m_affected;
    QSet<QString> m_ownKeyIds;
    bool m_includesOwnKey = false;
    QString m_expected;
    QString m_typingReason;
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_warning = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QPushButton *m_actionButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace discue
