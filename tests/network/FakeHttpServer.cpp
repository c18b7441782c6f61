#include "FakeHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace discue::test {

namespace {

constexpr qint64 chunkBytes = 256 * 1024;

} // namespace

FakeResponse FakeResponse::json(int status, QByteArray body,
                                QList<QPair<QByteArray, QByteArray>> headers)
{
    FakeResponse response;
    response.status = status;
    response.reason = status == 200 ? "OK"_ba : "Status"_ba;
    response.body = std::move(body);
    response.headers = std::move(headers);
    response.headers.append({"Content-Type"_ba, "application/json"_ba});
    return response;
}

FakeResponse FakeResponse::noAnswer()
{
    FakeResponse response;
    response.mode = Mode::NoAnswer;
    return response;
}

FakeResponse FakeResponse::hangUp()
{
    FakeResponse response;
    response.mode = Mode::HangUp;
    return response;
}

FakeResponse FakeResponse::dropMidBody(QByteArray body, qint64 afterBytes)
{
    FakeResponse response = json(200, std::move(body));
    response.mode = Mode::DropMidBody;
    response.dropAfterBytes = afterBytes;
    return response;
}

FakeResponse FakeResponse::stall(QByteArray body, qint64 afterBytes)
{
    FakeResponse response = json(200, std::move(body));
    response.mode = Mode::Stall;
    response.dropAfterBytes = afterBytes;
    return response;
}

FakeResponse FakeResponse::generated(qint64 bytes, bool announceLength)
{
    FakeResponse response = json(200, {});
    response.mode = Mode::Generated;
    response.generatedBytes = bytes;
    response.announceLength = announceLength;
    return response;
}

FakeResponse FakeResponse::redirect(int status, const QByteArray &location)
{
    FakeResponse response = json(status, "{}"_ba, {{"Location"_ba, location}});
    response.reason = "Found"_ba;
    return response;
}

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ReceivedRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port()));
}

void FakeHttpServer::enqueue(FakeResponse response)
{
    m_queue.append(std::move(response));
}

void FakeHttpServer::setHandler(std::function<FakeResponse(const ReceivedRequest &)> handler)
{
    m_handler = std::move(handler);
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pumpGenerated(socket); });
        connect(socket, &QTcpSocket::disconnected, this,
                [this, socket] { onDisconnected(socket); });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    Connection &connection = m_connections[socket];
    connection.buffer += socket->readAll();
    if (connection.answered)
        return;
    const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    ReceivedRequest request;
    const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qint64 bodyStart = headerEnd + 4;
    if (connection.buffer.size() - bodyStart < contentLength)
        return; // the rest of the body is still on its way
    request.body = connection.buffer.mid(bodyStart, contentLength);
    connection.answered = true;

    FakeResponse response;
    if (!m_queue.isEmpty())
        response = m_queue.takeFirst();
    else if (m_handler)
        response = m_handler(request);
    else
        response = FakeResponse::json(500, R"({"title":"no scripted answer","status":500})"_ba);

    m_requests.append(request);
    ++m_inFlight;
    m_maxConcurrent = std::max(m_maxConcurrent, m_inFlight);
    Q_EMIT requestReceived(int(m_requests.size()) - 1);

    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, socket,
                           [this, socket, response] { answer(socket, response); });
    } else {
        answer(socket, response);
    }
}

void FakeHttpServer::answer(QTcpSocket *socket, const FakeResponse &response)
{
    --m_inFlight;
    if (response.mode == FakeResponse::Mode::NoAnswer)
        return;
    if (response.mode == FakeResponse::Mode::HangUp) {
        socket->disconnectFromHost();
        return;
    }

    const qint64 bodySize = response.mode == FakeResponse::Mode::Generated ? response.generatedBytes
                                                                           : response.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason +
                      "\r\nConnection: close\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.announceLength)
        head += "Content-Length: " + QByteArray::number(bodySize) + "\r\n";
    head += "\r\n";
    socket->write(head);

    switch (response.mode) {
    case FakeResponse::Mode::Complete:
        socket->write(response.body);
        socket->disconnectFromHost();
        break;
    case FakeResponse::Mode::DropMidBody:
        socket->write(response.body.left(response.dropAfterBytes));
        socket->disconnectFromHost();
        break;
    case FakeResponse::Mode::Stall:
        socket->write(response.body.left(response.dropAfterBytes));
        break;
    case FakeResponse::Mode::Generated:
        m_connections[socket].generatedLeft = response.generatedBytes;
        pumpGenerated(socket);
        break;
    case FakeResponse::Mode::NoAnswer:
    case FakeResponse::Mode::HangUp:
        break;
    }
}

void FakeHttpServer::pumpGenerated(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->generatedLeft <= 0)
        return;
    // Keep at most one chunk queued: the body is produced only as fast as the client reads,
    // so a 100 MB answer never sits in memory.
    if (socket->bytesToWrite() > chunkBytes)
        return;
    const qint64 size = std::min(chunkBytes, it->generatedLeft);
    const QByteArray chunk(size, 'x');
    socket->write(chunk);
    it->generatedLeft -= size;
    m_generatedWritten += size;
    if (it->generatedLeft == 0)
        socket->disconnectFromHost();
}

void FakeHttpServer::onDisconnected(QTcpSocket *socket)
{
    m_connections.remove(socket);
    socket->deleteLater();
}

} // namespace discue::test
