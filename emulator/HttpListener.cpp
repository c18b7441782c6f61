#include "HttpListener.h"

#include "EmulatorLogging.h"
#include "GuardedTcpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect:
        return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

} // namespace

HttpListener::HttpListener(Handler handler, int latencyMs, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_latencyMs(latencyMs)
{}

bool HttpListener::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new GuardedTcpServer(this);
    if (!server->listen(address, port)) {
        if (error)
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(server->errorString());
        delete server;
        return false;
    }
    connect(server, &GuardedTcpServer::unparsableRequest, this, [this](int status) {
        Q_EMIT served(ServedRequest{"-"_ba, u"(not HTTP)"_s, status, 0});
    });
    bind(server);
    m_tcpServer = server;
    return true;
}

quint16 HttpListener::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

bool HttpListener::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

bool HttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const QString origin =
        u"http://"_s + m_tcpServer->serverAddress().toString() + u':' + QString::number(port());
    const ApiRequest apiRequest = toApiRequest(request, origin);
    const ApiResponse response = m_handler(apiRequest);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    // Logged percent-encoded: a decoded path could carry line breaks into the log.
    ServedRequest served{apiRequest.method, request.url().path(QUrl::FullyEncoded), response.status,
                         0};
    if (m_latencyMs <= 0) {
        write(*responder, response);
        served.durationMs = timer.elapsed();
        Q_EMIT this->served(served);
        return true;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(m_latencyMs, this,
                       [this, guard, responder, response, served, timer]() mutable {
                           if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                               return; // the client gave up waiting
                           write(*responder, response);
                           served.durationMs = timer.elapsed();
                           Q_EMIT this->served(served);
                       });
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is only reached if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, ApiResponse::error(404));
}

ApiRequest HttpListener::toApiRequest(const QHttpServerRequest &request,
                                      const QString &fallbackOrigin)
{
    ApiRequest result;
    result.method = methodName(request.method());
    const QUrl url = request.url();
    result.path = url.path(QUrl::FullyDecoded);
    if (result.path.isEmpty())
        result.path = u"/"_s;
    result.query = request.query();
    result.headers = request.headers();
    result.body = request.body();
    result.remoteAddress = request.remoteAddress();
    const QByteArray host = result.header("Host");
    result.origin = host.isEmpty() ? fallbackOrigin : u"http://"_s + QString::fromLatin1(host);
    return result;
}

void HttpListener::write(QHttpServerResponder &responder, const ApiResponse &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type"_ba, "application/json"_ba);
    responder.writeHeader("Content-Length"_ba, QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

} // namespace discue
