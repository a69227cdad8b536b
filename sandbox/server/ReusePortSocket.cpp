#include "sandbox/server/ReusePortSocket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ccri::sandbox {

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A bound (not yet listening) TCP socket on address:port, SO_REUSEPORT on or off; -1 on failure.
int boundSocket(const QHostAddress& address, quint16 port, bool reusePort)
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    // QHostAddress::Any is dual-stack, as QTcpServer::listen() makes it: IPv6 with IPV6_V6ONLY off.
    const bool ipv4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const bool dualStack = address == QHostAddress::Any;
    if (ipv4) {
        auto* in = reinterpret_cast<sockaddr_in*>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        if (!dualStack) {
            const Q_IPV6ADDR raw = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, &raw, sizeof(raw));
            const QString scope = address.scopeId();
            if (!scope.isEmpty()) {
                bool numeric = false;
                const uint index = scope.toUInt(&numeric);
                in6->sin6_scope_id = numeric ? index : ::if_nametoindex(scope.toLocal8Bit().constData());
            }
        }
        length = sizeof(sockaddr_in6);
    }
    const int descriptor = ::socket(ipv4 ? AF_INET : AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (descriptor < 0)
        return -1;
    const int on = 1;
    const int off = 0;
    // SO_REUSEADDR as QTcpServer sets it (a restart is not refused for connections in TIME_WAIT);
    // SO_REUSEPORT on every socket of the group, before bind().
    const bool ok = ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) == 0
        && (!reusePort || ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) == 0)
        && (ipv4 || ::setsockopt(descriptor, IPPROTO_IPV6, IPV6_V6ONLY, dualStack ? &off : &on, sizeof(on)) == 0)
        && ::bind(descriptor, reinterpret_cast<const sockaddr*>(&storage), length) == 0;
    if (!ok) {
        const int saved = errno;
        ::close(descriptor);
        errno = saved;
        return -1;
    }
    return descriptor;
}
} // namespace

bool ReusePortSocket::isFree(const QHostAddress& address, quint16 port, QString* error)
{
    // Bound without SO_REUSEPORT, as any other program would: refused while anyone listens there,
    // a sandbox with SO_REUSEPORT too (which a group of our own sockets would otherwise join).
    const int descriptor = boundSocket(address, port, false);
    if (descriptor < 0) {
        if (error)
            *error = systemError();
        return false;
    }
    ::close(descriptor);
    return true;
}

qintptr ReusePortSocket::listen(const QHostAddress& address, quint16 port, quint16* boundPort, QString* error)
{
    const int descriptor = boundSocket(address, port, true);
    sockaddr_storage bound {};
    socklen_t boundLength = sizeof(bound);
    if (descriptor < 0 || ::listen(descriptor, SOMAXCONN) != 0
        || ::getsockname(descriptor, reinterpret_cast<sockaddr*>(&bound), &boundLength) != 0) {
        if (error)
            *error = systemError();
        if (descriptor >= 0)
            ::close(descriptor);
        return -1;
    }
    if (boundPort)
        *boundPort = ntohs(bound.ss_family == AF_INET ? reinterpret_cast<const sockaddr_in*>(&bound)->sin_port
                                                      : reinterpret_cast<const sockaddr_in6*>(&bound)->sin6_port);
    return descriptor;
}

void ReusePortSocket::close(qintptr descriptor)
{
    if (descriptor >= 0)
        ::close(static_cast<int>(descriptor));
}

} // namespace ccri::sandbox
