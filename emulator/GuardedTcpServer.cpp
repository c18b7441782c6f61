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

// A socket that can tell whether anyone still listens to its readyRead.
class WatchedSocket : public QTcpSocket
{
public:
    using QTcpSocket::QTcpSocket;
    bool hasReaders() const
    {
        return isSignalConnected(QMetaMethod::fromSignal(&QIODevice::readyRead));
    }
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
        // Between requests Qt has no transaction open: the bytes start a new request head.
        if (!socket->isTransactionStarted()) {
            const auto verdict = RequestHeadCheck::check(socket->peek(socket->bytesAvailable()));
            if (verdict.verdict == RequestHeadCheck::Verdict::Invalid) {
                // Disconnecting during the emission keeps Qt's slot from seeing the bytes.
                disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
                answerAndClose(socket, verdict.status);
                return;
            }
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
