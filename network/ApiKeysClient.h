// ApiKeysClient: the api_keys API as typed asynchronous operations over an injected
// QNetworkAccessManager. Each call returns an ApiCall that finishes with one ApiResult; every
// finished exchange is also announced through exchangeFinished() for the request journal.
#pragma once

#include "ApiCall.h"
#include "ApiKeyCodec.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

namespace discue {

struct ClientSettings
{
    QUrl baseUrl;                   // e.g. https://api.discue.io/v1
    Dialect dialect = Dialect::Docs; // the dialect written in request bodies
    QString apiKey;                 // X-API-KEY; never logged, never in an ApiExchange
    int timeoutMs = 30000;          // per attempt, without a byte from the server
    qint64 maxResponseBytes = 256LL * 1024 * 1024;
    int maxAttempts = 4;            // GET, PUT, DELETE only; POST is sent once
};

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
    ApiCall *deleteKey(const QString &id);

Q_SIGNALS:
    void exchangeFinished(const discue::ApiExchange &exchange);
};

} // namespace discue
