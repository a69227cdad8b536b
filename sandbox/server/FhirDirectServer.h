#pragma once

#include "sandbox/fhir/FhirRequest.h"

#include <functional>
#include <optional>
#include <QHttpServerResponse>
#include <QTcpServer>

class QTcpSocket;

namespace ccri::sandbox {

// The listening socket of a plain-HTTP QHttpServer, with a shorter path for FHIR reads. Each new
// connection is read here first: while its requests are GETs with no body whose whole head is
// buffered, the head is parsed from the buffer in one pass (HttpRequestHead) and `answer` is asked;
// its response is written here. The first request it does not take (another method, a body, an
// Upgrade, a head not yet whole after 16 KB, a malformed head, or `answer` giving nothing), and
// everything after it on that connection, goes to the QHttpServer this is bound to
// (QAbstractHttpServer::bind), unread, as any connection would.
//
// Why: Qt HttpServer 6.4 reads a request head one byte at a time inside a socket transaction
// (QHttpServerRequestPrivate::readHeader), about half of a FHIR search's cost under load
// (docs/performance.md). `answer` runs on this server's thread.
//
//   auto* server = new FhirDirectServer([](const FhirRequest& r) { return std::optional(...); });
//   server->listen(address, port);
//   http.bind(server);
class FhirDirectServer : public QTcpServer
{
    Q_OBJECT

public:
    // std::nullopt: not for the direct path (the request goes to the QHttpServer).
    using Answer = std::function<std::optional<QHttpServerResponse>(const FhirRequest&)>;

    explicit FhirDirectServer(Answer answer, QObject* parent = nullptr);

    // The head of what Qt's QHttpServerResponse::write() sends for `response`: status line, its
    // header fields, Content-Length and the empty line; the body follows it. Only the fields the
    // FHIR API sets are written.
    static QByteArray headOf(const QHttpServerResponse& response);
    // Writes a FHIR API answer on `socket` as QHttpServerResponse::write() would, but in one
    // sendmsg(2) where it can: a plain-TCP socket with nothing of an earlier answer waiting in it.
    // For the routes' answers too (QHttpServerResponder::socket()); a TLS socket goes through Qt.
    static void write(QTcpSocket* socket, const QHttpServerResponse& response);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket* socket);
    // Writes an answer's head and body on a plain-TCP `socket`, in order, after anything still buffered there.
    static void send(QTcpSocket* socket, const QByteArray& head, const QByteArray& body);
    void handOver(QTcpSocket* socket);

    Answer m_answer;
};

} // namespace ccri::sandbox
