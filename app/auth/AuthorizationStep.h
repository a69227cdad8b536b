#pragma once

#include "app/auth/AuthorizationRequest.h"
#include "app/auth/StateToken.h"
#include "app/core/Pkce.h"

#include <optional>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

namespace ccri::auth {

// One authorization attempt: its own state, nonce (with `openid`) and PKCE verifier, the request URL for the browser,
// and the check of what comes back to the redirect URI. Emits exactly one of codeReceived() or
// failed(); a second redirect (a replay) is refused.
class AuthorizationStep : public QObject
{
    Q_OBJECT
public:
    // `request` without state and challenge: this step adds its own.
    AuthorizationStep(AuthorizationRequest request, bool usePkce, QObject* parent = nullptr);

    QUrl url() const { return m_request.url(); }
    QUrl redirectUri() const { return m_request.redirectUri; }
    bool usesPkce() const { return m_pkce.has_value(); }
    QByteArray codeVerifier() const { return m_pkce ? m_pkce->verifier() : QByteArray(); }
    // The nonce sent when the scope asks for `openid` (OIDC Core §3.1.2.1); empty otherwise.
    QString nonce() const { return m_request.nonce; }
    const AuthorizationRequest& request() const { return m_request; }

    // Does `url` go to the redirect URI? Scheme, host, port and path must match exactly.
    static bool matchesRedirect(const QUrl& url, const QUrl& redirectUri);

    // RFC 9207: the issuer discovered for this server (its `issuer`, never the FHIR base) and
    // whether the server advertised authorization_response_iss_parameter_supported.
    void setExpectedIssuer(const QUrl& issuer, bool required);
    // Empty when `iss` is absent and not required or equals `issuer`; else the refusal in words.
    static QString issuerProblem(const QUrlQuery& answer, const QUrl& issuer, bool required,
                                 const QUrl& fhirBase = QUrl());

    // Takes the redirect the browser was about to load. Returns true when it carried a code.
    bool handleRedirect(const QUrl& url);

signals:
    void codeReceived(const QString& code);
    void failed(const QString& message);

private:
    AuthorizationRequest m_request;
    std::optional<Pkce> m_pkce;
    StateToken m_state;
    StateToken m_nonce; // its value is sent only with `openid`
    bool m_done = false;
    QUrl m_issuer;
    bool m_issuerRequired = false;
};

} // namespace ccri::auth
