// SecretDialog: shows a newly created key's secret - the only time the API ever returns it.
// Masked until Reveal, Copy through Clipboard (cleared after 30 s if still ours); the dialog
// cannot be closed until "I have stored this key" is checked. The secret is never logged and
// the widgets' copies are wiped when the dialog closes.
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace discue {

class Clipboard;

class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    // clipboard: may be nullptr, then the dialog makes its own over the application clipboard;
    // that one outlives the dialog until its pending clear has run.
    SecretDialog(const QString &secret, const QString &keyId, const QString &keyName,
                 Clipboard *clipboard = nullptr, QWidget *parent = nullptr);
    ~SecretDialog() override;

    bool isRevealed() const;
    bool canClose() const;
    // Says that the create request went out twice (see ApiExchange::bodySends): the server may
    // hold a second key of this name whose secret nobody has.
    void warnOfPossibleDuplicate();
    QString duplicateWarning() const;
    Clipboard *clipboard() const { return m_clipboard; }

    void done(int result) override;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setRevealed(bool revealed);
    void copySecret();
    void wipe();

    QString m_secret;
    Clipboard *m_clipboard = nullptr;
    bool m_ownsClipboard = false;
    QLineEdit *m_secretEdit = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
    QLabel *m_duplicateLabel = nullptr;
    QString m_keyId;
    QString m_keyName;
    QCheckBox *m_storedCheck = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace discue
