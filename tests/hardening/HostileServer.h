#pragma once

#include <functional>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace ccri::test {

// A loopback HTTP(S) server that misbehaves on purpose, for the hardening tests: each path is
// given a Response (malformed JSON, an HTML error page, a body far too big, no answer at all,
// a connection closed mid-body, a redirect...). It records every request it receives, headers
// included, so a test can check what a client sent (e.g. that a redirect did not carry the token).
class HostileServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        enum class Kind
        {
            Normal, // status, headers and body, then close
            Silent, // reads the request and never answers
            CloseMidBody, // announces the body's full length, sends half of it, then closes
            Huge // announces and streams hugeSize bytes of a JSON string, as fast as the client reads
        };
        Kind kind = Kind::Normal;
        int status = 200;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 hugeSize = 0;
        bool announceLength = true; // false: no Content-Length, the body ends when the connection closes
    };
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit HostileServer(QObject* parent = nullptr);
    ~HostileServer() override;

    // Plain HTTP on address (port 0: any free port).
    bool listen(const QHostAddress& address = QHostAddress::LocalHost);
    // HTTPS with this certificate and key (QSslServer).
    bool listenTls(const QSslCertificate& certificate, const QSslKey& key,
                   const QHostAddress& address = QHostAddress::LocalHost);
    QUrl url(const QString& path = QString()) const; // http(s)://<address>:<port><path>
    void close(); // stops listening: later connections are refused (an unreachable server)

    void route(const QString& path, const Response& response); // path without the query
    // An answer that depends on the request (its query, its body): e.g. an authorization endpoint
    // that refuses a request without code_challenge but accepts one with it.
    using Responder = std::function<Response(const Request& request)>;
    void route(const QString& path, const Responder& responder);
    QList<Request> requests() const { return m_requests; }
    QList<Request> requestsTo(const QString& path) const;

    static Response json(const QByteArray& body, int status = 200);
    static Response html(const QByteArray& body, int status = 200);
    static Response silent();
    static Response closeMidBody(const QByteArray& body);
    static Response huge(qint64 size, bool announceLength = true);
    static Response redirect(const QUrl& location, int status = 302);

private:
    void accept();
    void readFrom(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Response& response);
    void streamHuge(QTcpSocket* socket);

    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    QHostAddress m_address;
    QHash<QString, Response> m_routes;
    QHash<QString, Responder> m_responders;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QTcpSocket*, qint64> m_hugeRemaining;
    QList<Request> m_requests;
};

} // namespace ccri::test
