// ConnectionProfileDialog: creates or edits a connection profile - name, base URL (plain
// http:// refused except for this computer), dialect, the production mark and the API key
// (handed to the SecretStore by the caller, never to QSettings). "Test connection" sends a
// GET /api_keys with what is typed and shows the status it got.
#pragma once

#include "ConnectionProfile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace discue {

class ApiCall;
class ApiKeysClient;

class ConnectionProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // hasStoredKey: editing a profile whose key is in the keychain - an empty key field then
    // means "keep the stored key".
    ConnectionProfileDialog(const ConnectionProfile &profile, bool hasStoredKey,
                            QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectionProfileDialog() override;

    ConnectionProfile profile() const;
    // The key typed; empty when unchanged.
    QString apiKey() const;
    // Why the profile cannot be saved as typed; empty when it can.
    QString problem() const;
    QString testResultText() const;
    bool isTesting() const;

    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void validate();

    ConnectionProfile m_original;
    bool m_hasStoredKey;
    QNetworkAccessManager *m_network;
    ApiKeysClient *m_testClient = nullptr;
    QPointer<ApiCall> m_testCall;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_dialect = nullptr;
    QCheckBox *m_production = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_testButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace discue
