#include "sandbox/server/FhirDirectServer.h"

#include "app/core/HttpReasonPhrase.h"
#include "sandbox/server/HttpRequestHead.h"

#include <algorithm>
#include <cerrno>
#include <QMetaObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <utility>

#ifdef Q_OS_UNIX
#    include <sys/socket.h>
#    include <sys/uio.h>
#endif

namespace ccri::sandbox {

namespace {

constexpr qint64 kLongestHead = 16 * 1024;

} // namespace

FhirDirectServer::FhirDirectServer(Answer answer, QObject* parent)
    : QTcpServer(parent)
    , m_answer(std::move(answer))
{
}

QByteArray FhirDirectServer::headOf(const QHttpServerResponse& response)
{
    const int status = static_cast<int>(response.statusCode());
    QByteArray bytes;
    bytes.reserve(256);
    // RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ]
    bytes.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(HttpReasonPhrase::of(status));
    bytes.append("\r\n");
    // Qt HttpServer 6.4 lists a response's fields only by name: these are all the FHIR API and the
    // trainer's faults set (TestSandboxFhirDirect compares every kind of answer with the routes').
    for (const char* name : {"Content-Type", "WWW-Authenticate", "Allow", "Retry-After"}) {
        for (const QByteArray& value : response.headers(name))
            bytes.append(name).append(": ").append(value).append("\r\n");
    }
    // RFC 9110 §8.6: the body's length, so the connection stays usable for the next request.
    bytes.append("Content-Length: ").append(QByteArray::number(response.data().size())).append("\r\n\r\n");
    return bytes;
}

void FhirDirectServer::write(QTcpSocket* socket, const QHttpServerResponse& response)
{
    if (qobject_cast<QSslSocket*>(socket)) {
        socket->write(headOf(response));
        socket->write(response.data());
        return;
    }
    send(socket, headOf(response), response.data());
}

void FhirDirectServer::send(QTcpSocket* socket, const QByteArray& head, const QByteArray& body)
{
    qsizetype sent = 0;
#ifdef Q_OS_UNIX
    // Nothing of an earlier answer still waits in the socket's write buffer: head and body go to the
    // kernel in one sendmsg(2), without a copy into that buffer and without the write notification
    // (a round of the event loop, and a poll source added and removed) that QTcpSocket::write()
    // arranges to send them later. MSG_NOSIGNAL: a peer gone away is an error here, not a SIGPIPE.
    if (socket->bytesToWrite() == 0) {
        iovec parts[2] = {{const_cast<char*>(head.constData()), static_cast<size_t>(head.size())},
                          {const_cast<char*>(body.constData()), static_cast<size_t>(body.size())}};
        msghdr message {};
        message.msg_iov = parts;
        message.msg_iovlen = body.isEmpty() ? 1 : 2;
        ssize_t written = 0;
        do {
            written = ::sendmsg(static_cast<int>(socket->socketDescriptor()), &message, MSG_NOSIGNAL);
        } while (written < 0 && errno == EINTR);
        // What the kernel did not take (a full send buffer), and any error, goes through the
        // socket as before: it buffers the rest and sends it when it can, or reports the error.
        sent = written > 0 ? qsizetype(written) : 0;
    }
#endif
    if (sent < head.size()) {
        socket->write(head.constData() + sent, head.size() - sent);
        sent = head.size();
    }
    if (const qsizetype rest = head.size() + body.size() - sent; rest > 0)
        socket->write(body.constData() + (body.size() - rest), rest);
}

void FhirDirectServer::incomingConnection(qintptr descriptor)
{
    // As QTcpServer::incomingConnection() makes it (a child of this server, which is what
    // ConnectionWatchdog looks for), but kept here until a request needs the QHttpServer.
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QIODevice::readyRead, this, [this, socket] { serve(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [socket] { socket->deleteLater(); });
}

void FhirDirectServer::serve(QTcpSocket* socket)
{
    while (socket->bytesAvailable() > 0 && socket->state() == QAbstractSocket::ConnectedState) {
        const QByteArray buffered = socket->peek(std::min(socket->bytesAvailable(), kLongestHead));
        HttpRequestHead head;
        const HttpRequestHead::Parse parsed = HttpRequestHead::parse(buffered, &head);
        if (parsed == HttpRequestHead::Parse::Incomplete && buffered.size() < kLongestHead)
            return; // the rest of the head is still on its way
        if (parsed != HttpRequestHead::Parse::Complete || head.method() != "GET" || head.hasBody()
            || !head.field("upgrade").isEmpty() || !head.field("expect").isEmpty() || !head.target().startsWith('/')) {
            handOver(socket);
            return;
        }
        // RFC 9112 §3.2.1: origin-form, the path and query as QHttpServerRequest::url() has them.
        const FhirRequest request(QHttpServerRequest::Method::Get, QUrl::fromEncoded(head.target()), head.fields());
        std::optional<QHttpServerResponse> response = m_answer(request);
        if (!response) {
            handOver(socket);
            return;
        }
        socket->skip(head.size());
        send(socket, headOf(*response), response->data()); // this server's sockets are plain TCP
        if (!head.keepsAlive()) {
            socket->disconnectFromHost(); // RFC 9112 §9.6: after the answer is sent
            return;
        }
    }
}

void FhirDirectServer::handOver(QTcpSocket* socket)
{
    disconnect(socket, nullptr, this, nullptr);
    // QTcpServer::addPendingConnection() emits pendingConnectionAvailable, which the QHttpServer
    // this is bound to takes the connection from (QAbstractHttpServer::bind), now.
    addPendingConnection(socket);
    // The request is already buffered: no readyRead would come for it.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

} // namespace ccri::sandbox
