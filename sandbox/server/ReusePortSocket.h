#pragma once

#include <QHostAddress>
#include <QString>

namespace ccri::sandbox {

// A listening TCP socket with SO_REUSEPORT (Linux socket(7)), so that several sockets, one per
// serving thread, listen on the same address and port; the kernel spreads new connections over
// them. QTcpServer::listen() cannot set the option before bind(), hence the descriptor made here
// and handed to QTcpServer::setSocketDescriptor() on the thread that serves it.
//
//   if (port != 0 && !ReusePortSocket::isFree(address, port, &error)) ...;   // in use
//   quint16 port = 0;
//   const qintptr first = ReusePortSocket::listen(address, 0, &port, &error);     // a free port
//   const qintptr second = ReusePortSocket::listen(address, port, &port, &error); // the same one
class ReusePortSocket
{
public:
    // A listening, non-blocking descriptor on address:port (port 0: a free one); the port bound in
    // *boundPort. On failure: -1 and a sentence in *error.
    static qintptr listen(const QHostAddress& address, quint16 port, quint16* boundPort, QString* error);
    // Whether a socket without SO_REUSEPORT could bind address:port now: false (and the system's
    // reason) while anything listens there, another sandbox with SO_REUSEPORT too. Asked before
    // the first socket of a group on a fixed port, so a second sandbox never joins the first's port.
    static bool isFree(const QHostAddress& address, quint16 port, QString* error);
    // Closes a descriptor that was never handed to a QTcpServer.
    static void close(qintptr descriptor);
};

} // namespace ccri::sandbox
