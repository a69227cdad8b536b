#pragma once

#include <memory>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrl>

class QHttpServerResponse;

namespace ccri::sandbox {

// An answer that comes after its handler has returned (a login's password check, a client's key
// set, the trainer's fhir-delay, an auth request run on another thread). It keeps what the answer
// needs: the responder, the socket as a QPointer (the connection may close meanwhile), and the
// request's method and URL for the log line, not the request (the connection reuses it). Copies
// share one state, so a lambda can carry it to a timer or another thread.
//
//   HeldAnswer held(request, std::move(responder), timer);
//   ... later, on the connection's thread:
//   log(held.logLine(status, clientId, user));
//   held.write(response);
class HeldAnswer
{
public:
    // `since`: when the request came (the log line's milliseconds count from there).
    HeldAnswer(const QHttpServerRequest& request, QHttpServerResponder&& responder, QElapsedTimer since);

    // The request-log line for an answer with `status` (SandboxRequestLog::line); any thread.
    QString logLine(int status, const QString& clientId, const QString& user) const;
    // Writes `response` if the connection is still open; on the connection's thread, once.
    void write(const QHttpServerResponse& response) const;

private:
    struct State
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        QHttpServerRequest::Method method;
        QUrl url;
        QElapsedTimer since;
    };
    std::shared_ptr<State> d;
};

} // namespace ccri::sandbox
