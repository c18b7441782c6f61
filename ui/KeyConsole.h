// KeyConsole: what the console works on, without its widgets - the keys of the connected
// organization (ApiKeyTableModel), the operations on them (KeyOperations), the request
// journal, and the connection they come from. It is made before the main window: at start-up
// the first list is received, decoded and laid out while the window still waits for the font
// database, and the window is then built on the filled model (see app/FontDatabaseWarmUp.h).
#pragma once

#include "ConnectionProfile.h"

#include <QObject>

class QSettings;

namespace discue {

class ApiKeysClient;
class ApiKeyTableModel;
class KeyOperations;
class RequestJournalModel;

class KeyConsole : public QObject
{
    Q_OBJECT

public:
    KeyConsole(ApiKeysClient *client, QSettings *settings, QObject *parent = nullptr);
    ~KeyConsole() override;

    // Points the client at the profile and lists its keys, after stopping what runs for the
    // previous one. Only the first characters of the secret are kept beyond the client, to
    // recognise the console's own key in the table.
    void connectTo(const ConnectionProfile &profile, const QString &secret);
    // No usable profile; reason (translated) says why, empty: none was chosen.
    void setDisconnected(const QString &reason = {});

    bool isConnected() const { return m_connected; }
    const ConnectionProfile &profile() const { return m_profile; }
    QString disconnectedReason() const { return m_disconnectedReason; }

    ApiKeysClient *client() const { return m_client; }
    ApiKeyTableModel *keyModel() const { return m_model; }
    KeyOperations *operations() const { return m_operations; }
    RequestJournalModel *journalModel() const { return m_journal; }

Q_SIGNALS:
    // After connectTo() and setDisconnected(): the window shows the new connection.
    void connectionChanged();

private:
    ApiKeysClient *m_client;
    ApiKeyTableModel *m_model;
    KeyOperations *m_operations;
    RequestJournalModel *m_journal;
    ConnectionProfile m_profile;
    bool m_connected = false;
    QString m_disconnectedReason;
};

} // namespace discue
