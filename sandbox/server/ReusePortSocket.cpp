#include "sandbox/server/ReusePortSocket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ccri::sandbox {

qintptr ReusePortSocket::listen(const QHostAddress& address, quint16 port, quint16* boundPort, QString* error)
{
    auto fail = [error](int descriptor) -> qintptr {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (descriptor >= 0)
            ::close(descriptor);
        if (error)
            *error = reason;
        return -1;
    };
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
        return fail(descriptor);
    const int on = 1;
    const int off = 0;
    // SO_REUSEADDR as QTcpServer sets it (a restart is not refused for connections in TIME_WAIT);
    // SO_REUSEPORT on every socket of the group, before bind().
    if (::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0
        || ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0)
        return fail(descriptor);
    if (!ipv4 && ::setsockopt(descriptor, IPPROTO_IPV6, IPV6_V6ONLY, dualStack ? &off : &on, sizeof(on)) != 0)
        return fail(descriptor);
    if (::bind(descriptor, reinterpret_cast<const sockaddr*>(&storage), length) != 0
        || ::listen(descriptor, SOMAXCONN) != 0)
        return fail(descriptor);
    sockaddr_storage bound {};
    socklen_t boundLength = sizeof(bound);
    if (::getsockname(descriptor, reinterpret_cast<sockaddr*>(&bound), &boundLength) != 0)
        return fail(descriptor);
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
