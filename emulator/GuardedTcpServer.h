// GuardedTcpServer: the TCP server under HttpListener. Qt HttpServer 6.4 answers nothing to
// bytes its parser rejects: it detaches from the socket and leaves the client waiting. This
// server watches its sockets and, when that happens, answers 400 with the contract's JSON
// error body and closes the connection, so that garbage gets an answer like everything else.
#pragma once

#include <QTcpServer>

namespace discue {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(QObject *parent = nullptr);

    // The whole answer sent when a request is not HTTP the server can read.
    static QByteArray unparsableRequestAnswer(int status);

Q_SIGNALS:
    // A request that could not be parsed as HTTP was answered with `status` and closed.
    void unparsableRequest(int status);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void answerAndClose(QTcpSocket *socket, int status);
};

} // namespace discue
