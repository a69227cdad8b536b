#include "sandbox/server/ConnectionWatchdog.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace ccri::sandbox {

namespace {
const char* const kWatched = "ccriIdleWatched";

void guard(QTcpSocket* socket, std::chrono::milliseconds idle)
{
    socket->setProperty(kWatched, true);
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->setInterval(idle);
    QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->abort(); });
    auto restart = [timer] { timer->start(); };
    QObject::connect(socket, &QIODevice::readyRead, timer, restart);
    QObject::connect(socket, &QIODevice::bytesWritten, timer, restart);
    timer->start();
}
} // namespace

void ConnectionWatchdog::watch(QTcpServer* server, std::chrono::milliseconds idle)
{
    // newConnection comes once the socket exists (for TLS before the handshake): every new direct
    // child socket not yet guarded gets its timer.
    QObject::connect(server, &QTcpServer::newConnection, server, [server, idle] {
        for (QTcpSocket* socket : server->findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly)) {
            if (!socket->property(kWatched).toBool())
                guard(socket, idle);
        }
    });
}

} // namespace ccri::sandbox
