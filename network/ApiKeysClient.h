// ApiKeysClient: the api_keys API as typed asynchronous operations over an injected
// QNetworkAccessManager. Each call returns an ApiCall that finishes with one ApiResult; every
// finished exchange - each attempt of a retried call, then the last - is also announced
// through exchangeFinished() for the request journal.
#pragma once

#include "ApiCall.h"
#include "ApiKeyCodec.h"
#include "ClientSettings.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

namespace discue {

class ApiKeysClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiKeysClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setSettings(const ClientSettings &settings);
    const ClientSettings &settings() const;

    ApiCall *listKeys();
    ApiCall *getKey(const QString &id);
    // POST with name, status and scopes of the draft (protected scopes dropped).
    ApiCall *createKey(const ApiKey &draft);
    // PUT with only what changed from before to after (ApiKeyCodec::encodeUpdateBody).
    ApiCall *updateKey(const ApiKey &before, const ApiKey &after);
    // PUT with a body the caller already built and showed for review.
    ApiCall *updateKey(const QString &id, const QByteArray &body);
    // PUT {"status": "enabled"|"disabled"} and nothing else: scopes are left alone.
    ApiCall *setKeyStatus(const QString &id, KeyStatus status);
    ApiCall *deleteKey(const QString &id);

    // The URL an operation goes to: base URL + /api_keys[/<id>], the id percent-encoded.
    QUrl keysUrl(const QString &id = {}) const;
    // Calls still running (sending or waiting for a retry).
    QList<ApiCall *> runningCalls() const;
    void cancelAll();

Q_SIGNALS:
    void exchangeFinished(const discue::ApiExchange &exchange);

private:
    ApiCall *send(Operation operation, QUrl url, std::optional<QByteArray> body);

    QPointer<QNetworkAccessManager> m_network;
    ClientSettings m_settings;
    quint64 m_nextSerial = 1;
};

} // namespace discue
