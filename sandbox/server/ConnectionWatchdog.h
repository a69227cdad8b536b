#pragma once

#include <chrono>

class QTcpServer;

namespace ccri::sandbox {

// Closes a connection of `server` on which nothing has moved (no byte read or written) for `idle`:
// a request sent only in part and then left hanging (slowloris), a TLS handshake never finished,
// or a keep-alive connection forgotten by its client. QHttpServer 6.4 has no timeout of its own
// (QHttpServerConfiguration came in 6.8); the sockets it serves stay children of the QTcpServer
// that accepted them, so each new one gets a timer here as its connection arrives.
class ConnectionWatchdog
{
public:
    static void watch(QTcpServer* server, std::chrono::milliseconds idle);
};

} // namespace ccri::sandbox
