#pragma once

#include "app/fhir/FhirReply.h"
#include "app/net/AccessTokenProvider.h"
#include "app/net/RequestLog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace ccri::fhir {

// Asynchronous FHIR reads against one FHIR base URL, with the bearer token from an
// AccessTokenProvider and every exchange in a RequestLog. Never blocks; each call returns a
// FhirReply that emits finished() once and then deletes itself.
class FhirClient : public QObject
{
    Q_OBJECT

public:
    FhirClient(QNetworkAccessManager* network, net::AccessTokenProvider* tokens, net::RequestLog* log,
               QObject* parent = nullptr);

    void setBaseUrl(const QUrl& base);
    QUrl baseUrl() const { return m_options.base; }
    void setTimeoutMs(int ms) { m_options.timeoutMs = ms; }
    int timeoutMs() const { return m_options.timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_options.maxBytes = bytes; }
    // TLS settings for https servers, e.g. with the profile's trusted CA added. Certificate errors are
    // never ignored: they end the request with a sentence.
    void setTlsConfiguration(const QSslConfiguration& tls);

    net::AccessTokenProvider* tokens() const { return m_tokens; }
    void setTokens(net::AccessTokenProvider* tokens) { m_tokens = tokens; }
    net::RequestLog* log() const { return m_log; }

    // <base>/<path> ("Patient/1", "metadata") with the query.
    QUrl url(const QString& path, const QUrlQuery& query = {}) const;

    // GET an absolute URL (a Bundle's next link) or one made with url(). Accept defaults to FHIR JSON;
    // pass e.g. "application/pdf" to fetch a Binary's raw bytes.
    FhirReply* get(const QUrl& url, const QByteArray& accept = "application/fhir+json");
    FhirReply* search(const QString& resourceType, const QUrlQuery& query);

signals:
    void baseUrlChanged(const QUrl& base);

private:
    QNetworkAccessManager* m_network;
    QPointer<net::AccessTokenProvider> m_tokens;
    QPointer<net::RequestLog> m_log;
    FhirReply::Options m_options;
};

} // namespace ccri::fhir
