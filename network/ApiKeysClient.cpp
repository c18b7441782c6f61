#include "ApiKeysClient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace discue {

ApiKeysClient::ApiKeysClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<discue::ApiResult>();
    qRegisterMetaType<discue::ApiExchange>();
}

void ApiKeysClient::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
}

const ClientSettings &ApiKeysClient::settings() const
{
    return m_settings;
}

QUrl ApiKeysClient::keysUrl(const QString &id) const
{
    QUrl url = m_settings.baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    path += u"/api_keys"_s;
    if (!id.isEmpty())
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

ApiCall *ApiKeysClient::listKeys()
{
    return send(Operation::List, keysUrl(), std::nullopt);
}

ApiCall *ApiKeysClient::getKey(const QString &id)
{
    return send(Operation::Get, keysUrl(id), std::nullopt);
}

ApiCall *ApiKeysClient::createKey(const ApiKey &draft)
{
    return send(Operation::Create, keysUrl(),
                ApiKeyCodec::encodeCreateBody(draft, m_settings.dialect));
}

ApiCall *ApiKeysClient::updateKey(const ApiKey &before, const ApiKey &after)
{
    // Nothing changed: a PUT without a body is the API's no-op; it is still sent so that the
    // caller's flow (send, then show the server's state) stays the same.
    return send(Operation::Update, keysUrl(after.id),
                ApiKeyCodec::encodeUpdateBody(before, after, m_settings.dialect));
}

ApiCall *ApiKeysClient::updateKey(const QString &id, const QByteArray &body)
{
    return send(Operation::Update, keysUrl(id),
                body.isEmpty() ? std::nullopt : std::optional<QByteArray>(body));
}

ApiCall *ApiKeysClient::setKeyStatus(const QString &id, KeyStatus status)
{
    const QJsonObject body{{u"status"_s, statusWireName(status)}};
    return send(Operation::Update, keysUrl(id), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *ApiKeysClient::deleteKey(const QString &id)
{
    return send(Operation::Delete, keysUrl(id), std::nullopt);
}

QList<ApiCall *> ApiKeysClient::runningCalls() const
{
    QList<ApiCall *> running;
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls) {
        if (!call->isFinished())
            running << call;
    }
    return running;
}

void ApiKeysClient::cancelAll()
{
    const QList<ApiCall *> calls = runningCalls();
    for (ApiCall *call : calls)
        call->cancel();
}

ApiCall *ApiKeysClient::send(Operation operation, QUrl url, std::optional<QByteArray> body)
{
    auto *call = new ApiCall(m_network, m_settings, ApiCallRequest{operation, std::move(url), body},
                             m_nextSerial++, this);
    // Connected before the caller's own connections, so the journal hears of an exchange
    // before anyone reacts to it.
    connect(call, &ApiCall::attemptRetried, this, &ApiKeysClient::exchangeFinished);
    connect(call, &ApiCall::finished, this,
            [this](const ApiResult &result) { Q_EMIT exchangeFinished(result.exchange); });
    // Queued, so the caller can connect to the call before even an immediate failure (an
    // insecure URL) is reported.
    QMetaObject::invokeMethod(call, &ApiCall::start, Qt::QueuedConnection);
    return call;
}

} // namespace discue
