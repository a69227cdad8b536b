#pragma once

#include "app/fhir/FhirResponse.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccri::net {
class AccessTokenProvider;
class RequestLog;
} // namespace ccri::net

namespace ccri::fhir {

// One FHIR GET in flight: sends it with the bearer token, retries once after a refresh when the
// server answers 401, enforces the timeout and size limit, logs every exchange, and judges the
// answer (FhirResponse). Emits finished() exactly once, always asynchronously, then deletes itself.
class FhirReply : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl base; // the FHIR base; the token only goes to its origin
        QByteArray accept = "application/fhir+json";
        int timeoutMs = 30000; // without any data
        // Refuses e.g. a 50 MB answer; a 5,000-entry Bundle is 3.5 MiB and a PDF Binary of 20 MB still fits.
        qint64 maxBytes = 32 * 1024 * 1024;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration(); // e.g. a private CA from the profile
    };

    FhirReply(QNetworkAccessManager* network, net::AccessTokenProvider* tokens, net::RequestLog* log, const QUrl& url,
              const Options& options, QObject* parent = nullptr);
    ~FhirReply() override;

    QUrl url() const { return m_url; }
    const FhirResponse& response() const { return m_response; }

    void start();
    void abort(); // cancel: finished() follows with response().cancelled

signals:
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    void send();
    void onReplyFinished();
    void onTimeout();
    void finish(FhirResponse response);
    void judge(FhirResponse* response) const;

    QNetworkAccessManager* m_network;
    QPointer<net::AccessTokenProvider> m_tokens;
    QPointer<net::RequestLog> m_log;
    QUrl m_url;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    QDateTime m_started;
    QString m_sentToken;
    QStringList m_sslErrors;
    bool m_retried = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
    FhirResponse m_response;
};

} // namespace ccri::fhir
