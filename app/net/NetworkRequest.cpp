#include "app/net/NetworkRequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ccri::net {

NetworkRequest::NetworkRequest(const QUrl& url)
    : m_url(url)
{
}

NetworkRequest& NetworkRequest::accept(const QByteArray& mediaTypes)
{
    m_accept = mediaTypes;
    return *this;
}

NetworkRequest& NetworkRequest::bearer(const QString& accessToken)
{
    m_authorization = accessToken.isEmpty() ? QByteArray() : "Bearer " + accessToken.toUtf8();
    return *this;
}

NetworkRequest& NetworkRequest::basic(const QString& clientId, const QString& clientSecret)
{
    const QByteArray credentials = QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(clientSecret);
    m_authorization = "Basic " + credentials.toBase64();
    return *this;
}

NetworkRequest& NetworkRequest::tls(const QSslConfiguration& configuration)
{
    m_tls = configuration;
    return *this;
}

NetworkRequest& NetworkRequest::transferTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    return *this;
}

NetworkRequest& NetworkRequest::redirects(Redirects policy)
{
    m_redirects = policy;
    return *this;
}

NetworkRequest& NetworkRequest::formBody()
{
    m_form = true;
    return *this;
}

NetworkRequest& NetworkRequest::jsonBody()
{
    m_json = true;
    return *this;
}

NetworkRequest& NetworkRequest::headers(const ExtraHeaders& extra)
{
    m_extra = extra;
    return *this;
}

QNetworkRequest NetworkRequest::build() const
{
    QNetworkRequest request(m_url);
    m_extra.applyTo(request); // first: nothing below can be overridden by it
    if (!m_accept.isEmpty()) {
        request.setRawHeader("Accept", m_accept);
    }
    if (m_form) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    } else if (m_json) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    if (!m_authorization.isEmpty()) {
        request.setRawHeader("Authorization", m_authorization);
    }
    // Qt's default policy follows a redirect to another host and re-sends the Authorization header
    // (and a POST's code, verifier or refresh token): with credentials, only the same origin.
    const bool anonymous = m_authorization.isEmpty() && !m_form && !m_json;
    if (m_redirects == Redirects::None)
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    else
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             anonymous && m_redirects == Redirects::NoLessSafe
                                 ? QNetworkRequest::NoLessSafeRedirectPolicy
                                 : QNetworkRequest::SameOriginRedirectPolicy);
    if (m_tls) {
        request.setSslConfiguration(*m_tls);
    }
    if (m_timeoutMs > 0) {
        request.setTransferTimeout(m_timeoutMs);
    }
    // Token responses say Cache-Control: no-store (RFC 6749 §5.1); no answer is kept or reused.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

QNetworkReply* NetworkRequest::send(QNetworkAccessManager* network, const QByteArray& body, qint64 maxBytes) const
{
    const QNetworkRequest request = build();
    QNetworkReply* reply = m_form || m_json || !body.isEmpty() ? network->post(request, body) : network->get(request);
    ReplySizeLimit::watch(reply, maxBytes);
    return reply;
}

} // namespace ccri::net
