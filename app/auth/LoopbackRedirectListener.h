#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace ccri::auth {

// The system-browser alternative (RFC 8252 §7.3): listens on 127.0.0.1 on a random port for the
// one redirect that carries the code, answers with a small "you can close this tab" page, and
// closes. Requests to other paths get 404 and do not count.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject* parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Listens for `path` (e.g. "/callback"). False with a sentence when no port could be opened.
    bool listen(const QString& path, QString* error = nullptr);
    QUrl redirectUri() const; // http://127.0.0.1:<port><path>
    bool isListening() const;
    void close();

signals:
    void redirected(const QUrl& url); // the full URL the browser asked for

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer* m_server;
    QString m_path;
    bool m_done = false;
};

} // namespace ccri::auth
