#include "KeyConsole.h"

#include "ApiKeyTableModel.h"
#include "ApiKeysClient.h"
#include "KeyOperations.h"
#include "KeyTableView.h"
#include "RequestJournalModel.h"

namespace discue {

KeyConsole::KeyConsole(ApiKeysClient *client, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new ApiKeyTableModel(this))
    , m_operations(new KeyOperations(client, m_model, settings, this))
    , m_journal(new RequestJournalModel(this))
{
    connect(client, &ApiKeysClient::exchangeFinished, m_journal, &RequestJournalModel::append);
    // The rows come in the order the user left them, before the table exists to ask for it.
    const KeyRowOrder order = KeyTableView::savedRowOrder(settings);
    m_model->sort(order.column, order.order);
}

KeyConsole::~KeyConsole() = default;

void KeyConsole::connectTo(const ConnectionProfile &profile, const QString &secret)
{
    m_operations->cancelRunning();
    m_model->clear();
    m_profile = profile;
    m_connected = true;
    m_disconnectedReason.clear();
    ClientSettings settings = m_client->settings();
    settings.baseUrl = profile.baseUrl;
    settings.dialect = profile.dialect;
    settings.apiKey = secret;
    m_client->setSettings(settings);
    m_model->setOwnKeyHint(ApiKeyTableModel::ownKeyHintFromSecret(secret));
    m_operations->setProduction(profile.production);
    m_operations->refresh();
    Q_EMIT connectionChanged();
}

void KeyConsole::setDisconnected(const QString &reason)
{
    m_operations->cancelRunning(); // a list still coming would fill the table under "Not connected"
    m_connected = false;
    m_disconnectedReason = reason;
    m_model->setOwnKeyHint({});
    m_model->clear();
    Q_EMIT connectionChanged();
}

} // namespace discue
