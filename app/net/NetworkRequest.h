#pragma once

#include "app/net/ExtraHeaders.h"
#include "app/net/ReplySizeLimit.h"

#include <optional>
#include <QByteArray>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccri::net {

// The one place the explorer builds a request, for sign-in and FHIR alike: Accept, the credentials
// (a bearer token or HTTP Basic client authentication), the redirect policy, the profile's TLS
// settings, no caching, a transfer timeout; send() also puts the reply under a size limit. What the
// exchange looks like in the request log is the manager's business (LoggingNetworkAccessManager) or
// the caller's (FhirReply, which logs the judged answer).
class NetworkRequest
{
public:
    enum class Redirects
    {
        SameOrigin, // the default, and always when credentials go along
        NoLessSafe, // an anonymous discovery request may follow https to another host
        None, // the first answer as it is (the conformance probe judges a redirect, never follows it)
    };

    explicit NetworkRequest(const QUrl& url);

    NetworkRequest& accept(const QByteArray& mediaTypes);
    // RFC 6750 §2.1: "Authorization: Bearer <token>"; nothing when the token is empty.
    NetworkRequest& bearer(const QString& accessToken);
    // RFC 6749 §2.3.1 client_secret_basic: id and secret are form-encoded before they are joined.
    NetworkRequest& basic(const QString& clientId, const QString& clientSecret);
    NetworkRequest& tls(const QSslConfiguration& configuration);
    NetworkRequest& transferTimeoutMs(int ms);
    NetworkRequest& redirects(Redirects policy);
    NetworkRequest& formBody(); // Content-Type: application/x-www-form-urlencoded
    NetworkRequest& jsonBody(); // Content-Type: application/json (RFC 7591 registration); same origin only
    // A profile's extra headers ({uuid} fresh for this request); never Authorization.
    NetworkRequest& headers(const ExtraHeaders& extra);

    QNetworkRequest build() const;
    // Sends it (GET, or POST when there is a body) and watches the reply's size.
    QNetworkReply* send(QNetworkAccessManager* network, const QByteArray& body = QByteArray(),
                        qint64 maxBytes = ReplySizeLimit::defaultMaxBytes) const;

private:
    QUrl m_url;
    QByteArray m_accept;
    QByteArray m_authorization;
    std::optional<QSslConfiguration> m_tls;
    int m_timeoutMs = 0;
    Redirects m_redirects = Redirects::SameOrigin;
    bool m_form = false;
    bool m_json = false;
    ExtraHeaders m_extra;
};

} // namespace ccri::net
