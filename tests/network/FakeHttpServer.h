// FakeHttpServer: a loopback HTTP/1.1 server for the client tests, scripted per request. It
// does on request what a real server only does by accident: malformed or truncated bodies,
// bodies that never end, connections dropped mid-body or before a byte of answer, huge bodies
// (generated lazily while the socket drains, never held in memory), no answer, redirects.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace discue::test {

struct FakeResponse
{
    enum class Mode
    {
        Complete,    // status line, headers, whole body, close
        NoAnswer,    // read the request, answer nothing
        DropMidBody, // announce the whole body, send dropAfterBytes of it, close
        Stall,       // announce the whole body, send dropAfterBytes of it, then nothing
        Generated,   // a body of generatedBytes filler, produced while the socket drains
        HangUp,      // read the request, close without a byte of answer
    };

    Mode mode = Mode::Complete;
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 dropAfterBytes = 0;
    qint64 generatedBytes = 0;
    bool announceLength = true; // send Content-Length (else the body ends with the connection)
    int delayMs = 0;            // wait before answering

    static FakeResponse json(int status, QByteArray body,
                             QList<QPair<QByteArray, QByteArray>> headers = {});
    static FakeResponse noAnswer();
    static FakeResponse hangUp();
    static FakeResponse dropMidBody(QByteArray body, qint64 afterBytes);
    static FakeResponse stall(QByteArray body, qint64 afterBytes);
    static FakeResponse generated(qint64 bytes, bool announceLength);
    static FakeResponse redirect(int status, const QByteArray &location);
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    void stopListening() { m_server.close(); } // open connections stay
    QUrl baseUrl() const;                      // http://127.0.0.1:<port>/v1
    quint16 port() const;

    // Answers are taken from the queue first, then from the handler, else 500.
    void enqueue(FakeResponse response);
    void setHandler(std::function<FakeResponse(const ReceivedRequest &)> handler);

    const QList<ReceivedRequest> &requests() const { return m_requests; }
    // Bytes of generated bodies actually written to sockets.
    qint64 generatedBytesWritten() const { return m_generatedWritten; }
    int maxConcurrentRequests() const { return m_maxConcurrent; }
    int openConnections() const { return int(m_connections.size()); }

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Connection
    {
        QByteArray buffer;
        bool answered = false;
        qint64 generatedLeft = 0;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const FakeResponse &response);
    void pumpGenerated(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);

    QTcpServer m_server;
    QList<FakeResponse> m_queue;
    std::function<FakeResponse(const ReceivedRequest &)> m_handler;
    QList<ReceivedRequest> m_requests;
    QHash<QTcpSocket *, Connection> m_connections;
    qint64 m_generatedWritten = 0;
    int m_inFlight = 0;
    int m_maxConcurrent = 0;
};

} // namespace discue::test
