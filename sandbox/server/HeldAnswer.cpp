#include "sandbox/server/HeldAnswer.h"

#include "sandbox/server/SandboxRequestLog.h"

#include <QHttpServerResponse>
#include <utility>

namespace ccri::sandbox {

HeldAnswer::HeldAnswer(const QHttpServerRequest& request, QHttpServerResponder&& responder, QElapsedTimer since)
{
    QPointer<QTcpSocket> socket(responder.socket());
    d = std::make_shared<State>(State {std::move(responder), socket, request.method(), request.url(), since});
}

QString HeldAnswer::logLine(int status, const QString& clientId, const QString& user) const
{
    return SandboxRequestLog::line(d->method, d->url, status, d->since.elapsed(), clientId, user);
}

void HeldAnswer::write(const QHttpServerResponse& response) const
{
    if (d->socket && d->socket->state() == QAbstractSocket::ConnectedState)
        response.write(std::move(d->responder));
}

} // namespace ccri::sandbox
