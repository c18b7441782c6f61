#include "GuardedTcpServer.h"

#include "ApiResponse.h"
#include "RequestHeadCheck.h"

#include <QMetaMethod>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

// A socket that collects the head of the request in progress and can tell whether anyone
// still listens to its readyRead.
class WatchedSocket : public QTcpSocket
{
public:
    using QTcpSocket::QTcpSocket;
    bool hasReaders() const
    {
        return isSignalConnected(QMetaMethod::fromSignal(&QIODevice::readyRead));
    }

    // Called first on every readyRead. Qt reads a request inside a transaction: none is open
    // when a new request starts, and while one is open, peek() shows only the bytes that
    // arrived since Qt's last read. So the head is collected across reads until it is
    // complete (or judged).
    RequestHeadCheck::Result checkHead()
    {
        if (!isTransactionStarted()) {
            m_head.clear();
            m_headDone = false;
        }
        if (m_headDone)
            return {RequestHeadCheck::Verdict::Valid, 0};
        m_head += peek(qMin<qint64>(bytesAvailable(), RequestHeadCheck::maxHeadBytes + 1));
        const auto result = RequestHeadCheck::check(m_head);
        if (result.verdict != RequestHeadCheck::Verdict::Incomplete) {
            m_headDone = true;
            m_head.clear();
        }
        return result;
    }

private:
    QByteArray m_head;
    bool m_headDone = false;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(QObject *parent)
    : QTcpServer(parent)
{}

QByteArray GuardedTcpServer::unparsableRequestAnswer(int status)
{
    const ApiResponse error = ApiResponse::error(
        status, status == 405 ? ApiResponse::tr("This API does not know that method.")
                              : ApiResponse::tr("The request is not valid HTTP/1.1."));
    return "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + ApiResponse::reasonPhrase(status) +
           "\r\nContent-Type: application/json\r\nContent-Length: "_ba +
           QByteArray::number(error.body.size()) + "\r\nConnection: close\r\n\r\n"_ba + error.body;
}

void GuardedTcpServer::answerAndClose(QTcpSocket *socket, int status)
{
    socket->write(unparsableRequestAnswer(status));
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
    else
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    Q_EMIT unparsableRequest(status);
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new WatchedSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Connected before the HTTP server's own slot, so this runs first on every readyRead.
    connect(socket, &QIODevice::readyRead, this, [this, socket] {
        const auto verdict = socket->checkHead();
        if (verdict.verdict == RequestHeadCheck::Verdict::Invalid) {
            // Disconnecting during the emission keeps Qt's slot from seeing the bytes.
            disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
            answerAndClose(socket, verdict.status);
            return;
        }
        // Whatever the check let through and Qt's parser still refused: Qt detaches from
        // the socket, which this notices once Qt's slot has run.
        QTimer::singleShot(0, socket, [this, socket] {
            if (!socket->hasReaders() && socket->state() == QAbstractSocket::ConnectedState)
                answerAndClose(socket, 400);
        });
    });
    addPendingConnection(socket);
}

} // namespace discue
