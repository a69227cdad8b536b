#include "tests/browser/FixtureHttpServer.h"

#include <QTcpSocket>
#include <QUrl>

FixtureHttpServer::FixtureHttpServer(QObject* parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &FixtureHttpServer::onNewConnection);
}

bool FixtureHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FixtureHttpServer::base() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(serverPort()));
}

void FixtureHttpServer::setAnswer(int status, const QByteArray& contentType, const QByteArray& body)
{
    m_status = status;
    m_contentType = contentType;
    m_body = body;
}

void FixtureHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray request = socket->peek(socket->bytesAvailable());
            if (!request.contains("\r\n\r\n") || m_silent) {
                return;
            }
            socket->readAll();
            QByteArray answer = "HTTP/1.1 " + QByteArray::number(m_status) + " Fixture\r\n";
            answer += "Content-Type: " + m_contentType + "\r\n";
            answer += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
            answer += "Connection: close\r\n\r\n";
            answer += m_body;
            socket->write(answer);
            socket->disconnectFromHost();
        });
    }
}
