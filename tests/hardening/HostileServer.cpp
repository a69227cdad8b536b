#include "tests/hardening/HostileServer.h"

#include "app/core/HttpReasonPhrase.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace ccri::test {

namespace {

constexpr qint64 hugeChunk = 64 * 1024;

} // namespace

HostileServer::HostileServer(QObject* parent)
    : QObject(parent)
{
}

HostileServer::~HostileServer() = default;

bool HostileServer::listen(const QHostAddress& address)
{
    m_server = new QTcpServer(this);
    m_address = address;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HostileServer::accept);
    return m_server->listen(address, 0);
}

bool HostileServer::listenTls(const QSslCertificate& certificate, const QSslKey& key, const QHostAddress& address)
{
    auto* server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    // A client that refuses the certificate aborts the handshake: that is expected here.
    connect(server, &QSslServer::errorOccurred, this, [](QSslSocket*, QAbstractSocket::SocketError) {});
    m_server = server;
    m_tls = true;
    m_address = address;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HostileServer::accept);
    return m_server->listen(address, 0);
}

QUrl HostileServer::url(const QString& path) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_server ? m_server->serverPort() : 0);
    url.setPath(path.isEmpty() ? QStringLiteral("/") : path);
    return url;
}

void HostileServer::close()
{
    if (m_server)
        m_server->close();
}

void HostileServer::route(const QString& path, const Response& response)
{
    m_responders.remove(path);
    m_routes.insert(path, response);
}

void HostileServer::route(const QString& path, const Responder& responder)
{
    m_routes.remove(path);
    m_responders.insert(path, responder);
}

QList<HostileServer::Request> HostileServer::requestsTo(const QString& path) const
{
    QList<Request> result;
    for (const Request& request : m_requests) {
        const QByteArray onlyPath = request.target.left(request.target.indexOf('?') < 0 ? request.target.size()
                                                                                        : request.target.indexOf('?'));
        if (QString::fromLatin1(onlyPath) == path)
            result.append(request);
    }
    return result;
}

HostileServer::Response HostileServer::json(const QByteArray& body, int status)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

HostileServer::Response HostileServer::html(const QByteArray& body, int status)
{
    Response response = json(body, status);
    response.contentType = "text/html; charset=utf-8";
    return response;
}

HostileServer::Response HostileServer::silent()
{
    Response response;
    response.kind = Response::Kind::Silent;
    return response;
}

HostileServer::Response HostileServer::closeMidBody(const QByteArray& body)
{
    Response response;
    response.kind = Response::Kind::CloseMidBody;
    response.body = body;
    return response;
}

HostileServer::Response HostileServer::huge(qint64 size, bool announceLength)
{
    Response response;
    response.kind = Response::Kind::Huge;
    response.hugeSize = size;
    response.announceLength = announceLength;
    return response;
}

HostileServer::Response HostileServer::redirect(const QUrl& location, int status)
{
    Response response = json("moved", status);
    response.contentType = "text/plain";
    response.headers.append({"Location", location.toEncoded()});
    return response;
}

void HostileServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_hugeRemaining.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void HostileServer::readFrom(QTcpSocket* socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray& buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qint64 length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return;
    request.body = buffer.mid(headEnd + 4, length);
    buffer.clear();
    m_requests.append(request);

    const qsizetype query = request.target.indexOf('?');
    const QString path = QString::fromLatin1(query < 0 ? request.target : request.target.left(query));
    Response notFound = json(R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found",)"
                             R"("diagnostics":"No such path on the hostile server."}]})",
                             404);
    if (const auto responder = m_responders.constFind(path); responder != m_responders.constEnd()) {
        respond(socket, (*responder)(request));
        return;
    }
    respond(socket, m_routes.value(path, notFound));
}

void HostileServer::respond(QTcpSocket* socket, const Response& response)
{
    if (response.kind == Response::Kind::Silent)
        return;
    const qint64 length = response.kind == Response::Kind::Huge ? response.hugeSize : response.body.size();
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpReasonPhrase::of(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    if (response.announceLength)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    for (const auto& header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);

    switch (response.kind) {
    case Response::Kind::Normal:
        socket->write(response.body);
        socket->disconnectFromHost();
        break;
    case Response::Kind::CloseMidBody:
        socket->write(response.body.left(response.body.size() / 2));
        socket->flush();
        socket->abort();
        break;
    case Response::Kind::Huge:
        m_hugeRemaining.insert(socket, response.hugeSize);
        socket->write("\"");
        m_hugeRemaining[socket] -= 1;
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { streamHuge(socket); });
        streamHuge(socket);
        break;
    case Response::Kind::Silent:
        break;
    }
}

void HostileServer::streamHuge(QTcpSocket* socket)
{
    if (!m_hugeRemaining.contains(socket))
        return;
    qint64& remaining = m_hugeRemaining[socket];
    while (remaining > 0 && socket->bytesToWrite() < 4 * hugeChunk) {
        const qint64 size = qMin(remaining, hugeChunk);
        socket->write(QByteArray(size, 'x'));
        remaining -= size;
    }
    if (remaining == 0) {
        m_hugeRemaining.remove(socket);
        socket->disconnectFromHost();
    }
}

} // namespace ccri::test
