// EmulatorServer: the local discue api_keys server (discue-api.md), for the console's demo
// mode, the tests, the benchmarks and the discue-emulator program.
//
//     EmulatorServer server(options);
//     QString error;
//     if (!server.start(&error)) ...;
//     client.setBaseUrl(server.baseUrl());   // http://127.0.0.1:PORT/v1
//     client.setSecret(server.adminKey());
//
// Runs on the thread that owns it and never blocks its event loop (latency is a timer).
// store() gives tests direct access to the data: keys of other organizations, keys the API
// could not make (disabled, without the api_keys scope, with protected scopes), and the
// state to assert on after a request.
#pragma once

#include "EmulatorClock.h"
#include "EmulatorOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace discue {

class KeyStore;
class HttpListener;
class ApiKeysService;

// One answered request, for the request log. Never holds a header or body.
struct ServedRequest
{
    QByteArray method;
    QString path; // without the query
    int status = 0;
    qint64 durationMs = 0;
};

class EmulatorServer : public QObject
{
    Q_OBJECT

public:
    explicit EmulatorServer(EmulatorOptions options = {}, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Loads or seeds the data, sets up the admin key and starts listening. False with a
    // translated reason (port in use, corrupt data file, ...) when it cannot.
    bool start(QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;
    // http://<host>:<port>/v1
    QUrl baseUrl() const;
    // The admin key's secret: the --admin-key value or the generated one.
    QString adminKey() const;
    bool adminKeyGenerated() const { return m_adminKeyGenerated; }
    // The organization the admin key belongs to.
    QString adminOrganization() const;

    const EmulatorOptions &options() const { return m_options; }
    KeyStore &store();
    const KeyStore &store() const;

    // Tests: read "now" from here (lockout, rate limit, timestamps).
    void setClock(Clock clock);

Q_SIGNALS:
    void requestServed(const discue::ServedRequest &request);

private:
    EmulatorOptions m_options;
    Clock m_clock;
    std::unique_ptr<KeyStore> m_store;
    std::unique_ptr<ApiKeysService> m_service;
    HttpListener *m_listener = nullptr;
    QString m_adminKey;
    bool m_adminKeyGenerated = false;
};

} // namespace discue
