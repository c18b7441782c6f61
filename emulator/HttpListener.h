// HttpListener: the HTTP side of the emulator on Qt HttpServer 6.4 (tech preview, so the
// low-level QAbstractHttpServer): turns each request into an ApiRequest, asks the handler,
// and writes every header itself (Content-Type: application/json on every answer). With a
// latency set, the answer is written from a timer - the event loop never blocks.
#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "EmulatorServer.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>

#include <functional>

class QHttpServerResponder;

namespace discue {

class GuardedTcpServer;

class HttpListener : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    HttpListener(Handler handler, int latencyMs, QObject *parent = nullptr);

    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    bool isListening() const;

Q_SIGNALS:
    void served(const discue::ServedRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static ApiRequest toApiRequest(const QHttpServerRequest &request,
                                   const QString &fallbackOrigin);
    static void write(QHttpServerResponder &responder, const ApiResponse &response);

    Handler m_handler;
    int m_latencyMs;
    GuardedTcpServer *m_tcpServer = nullptr;
};

} // namespace discue
