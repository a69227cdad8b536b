#include "app/auth/LoopbackRedirectListener.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace ccri::auth {

namespace {
constexpr int kMaxRequestBytes = 16 * 1024;

QByteArray response(int status, const QByteArray& reason, const QString& title, const QString& text)
{
    const QByteArray body
        = QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                         "</head><body><h1>%1</h1><p>%2</p></body></html>")
              .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
              .toUtf8();
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(const QString& path, QString* error)
{
    m_path = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    m_done = false;
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tr("Could not open a local port for the browser's answer: %1").arg(m_server->errorString());
        return false;
    }
    return true;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(m_path);
    return url;
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

void LoopbackRedirectListener::close()
{
    m_server->close();
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket* socket)
{
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
    socket->readAll();
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        socket->write(
            response(400, "Bad Request", tr("Bad request"), tr("This address only takes the sign-in answer.")));
        socket->disconnectFromHost();
        return;
    }
    QUrl url = redirectUri();
    const QByteArray target = requestLine.at(1);
    const int question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    if (m_done || QUrl::fromPercentEncoding(path) != m_path) {
        socket->write(response(404, "Not Found", tr("Not found"), tr("This address only takes the sign-in answer.")));
        socket->disconnectFromHost();
        return;
    }
    if (question >= 0)
        url.setQuery(QString::fromLatin1(target.mid(question + 1)), QUrl::StrictMode);
    m_done = true;
    socket->write(response(200, "OK", tr("CareConnect Explorer"),
                           tr("The sign-in answer reached CareConnect Explorer. You can close this tab.")));
    socket->disconnectFromHost();
    m_server->close();
    emit redirected(url);
}

} // namespace ccri::auth
