#include "app/fhir/FhirClient.h"

#include "app/net/AccessTokenProvider.h"
#include "app/net/RequestLog.h"

#include <QNetworkAccessManager>

namespace ccri::fhir {

FhirClient::FhirClient(QNetworkAccessManager* network, net::AccessTokenProvider* tokens, net::RequestLog* log,
                       QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_log(log)
{
}

void FhirClient::setBaseUrl(const QUrl& base)
{
    QUrl normalised = base;
    QString path = normalised.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    normalised.setPath(path);
    if (normalised == m_options.base) {
        return;
    }
    m_options.base = normalised;
    emit baseUrlChanged(normalised);
}

void FhirClient::setTlsConfiguration(const QSslConfiguration& tls)
{
    m_options.tls = tls;
    m_network->clearConnectionCache(); // connections made under the old settings must not be reused
}

QUrl FhirClient::url(const QString& path, const QUrlQuery& query) const
{
    QUrl result = m_options.base;
    result.setPath(m_options.base.path() + QLatin1Char('/') + path);
    if (!query.isEmpty()) {
        result.setQuery(query);
    }
    return result;
}

FhirReply* FhirClient::get(const QUrl& url, const QByteArray& accept)
{
    FhirReply::Options options = m_options;
    options.accept = accept;
    auto* reply = new FhirReply(m_network, m_tokens, m_log, url, options, this);
    reply->start();
    return reply;
}

FhirReply* FhirClient::search(const QString& resourceType, const QUrlQuery& query)
{
    return get(url(resourceType, query));
}

} // namespace ccri::fhir
