// EditorFixture: what the key editor tests share - an in-process emulator with an empty
// organization, an ApiKeysClient over a real QNetworkAccessManager pointed at it, a private
// QSettings file, and the journal of every exchange the client finished.
#pragma once

#include "ApiKeysClient.h"
#include "EmulatorServer.h"
#include "KeyStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace discue {

class EditorFixture
{
public:
    static constexpr const char *adminSecret =
        "adminadminadminadminadminadminadminadminadminadminadminadmin1234";

    explicit EditorFixture(EmulatorOptions options = {})
    {
        options.seed = EmulatorOptions::Seed::Empty;
        options.adminKey = QString::fromLatin1(adminSecret);
        m_now = QDateTime::currentMSecsSinceEpoch();
        server = std::make_unique<EmulatorServer>(options);
        server->setClock([this] { return m_now; });
        QString error;
        started = server->start(&error);
        if (!started)
            qWarning("emulator did not start: %s", qPrintable(error));
        ClientSettings clientSettings;
        clientSettings.baseUrl = server->baseUrl();
        clientSettings.apiKey = QString::fromLatin1(adminSecret);
        clientSettings.backoffBaseMs = 5; // retries of 503 follow quickly in tests
        clientSettings.timeoutMs = 10000;
        client.setSettings(clientSettings);
        QObject::connect(&client, &ApiKeysClient::exchangeFinished, &client,
                         [this](const ApiExchange &exchange) { journal.append(exchange); });
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("test.ini")),
                                               QSettings::IniFormat);
    }

    QString organization() const { return server->adminOrganization(); }
    // A key made directly in the store (the API could not make one with protected scopes).
    ApiKey addKey(const ApiKey &draft) { return server->store().addKey(organization(), draft).key; }
    std::optional<ApiKey> storedKey(const QString &id) const
    {
        const auto stored = server->store().find(id);
        return stored ? std::optional(stored->key) : std::nullopt;
    }
    void setClientKey(const QString &secret)
    {
        ClientSettings clientSettings = client.settings();
        clientSettings.apiKey = secret;
        client.setSettings(clientSettings);
    }
    void advanceClock(qint64 ms) { m_now += ms; }

    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<EmulatorServer> server;
    ApiKeysClient client{&network};
    std::unique_ptr<QSettings> settings;
    QList<ApiExchange> journal;
    bool started = false;

private:
    qint64 m_now = 0;
};

} // namespace discue
