#pragma once

#include <QByteArray>
#include <QTcpServer>

// Serves one fixed HTTP answer on 127.0.0.1 for every request (a generated file, a truncated body,
// an HTML page), or never answers (for timeouts). For the error paths the real sandbox never takes.
class FixtureHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit FixtureHttpServer(QObject* parent = nullptr);

    bool start();
    QUrl base() const; // http://127.0.0.1:<port>/fhir
    void setAnswer(int status, const QByteArray& contentType, const QByteArray& body);
    void setSilent(bool silent) { m_silent = silent; } // accept, read, never answer
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();

    int m_status = 200;
    QByteArray m_contentType = "application/fhir+json";
    QByteArray m_body;
    bool m_silent = false;
    int m_connections = 0;
};
