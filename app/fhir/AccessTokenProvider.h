#pragma once

#include <functional>
#include <QObject>
#include <QString>

namespace ccri::fhir {

// The seam between the FHIR client and whatever holds the tokens (the sign-in Session, a token
// pasted by a developer, a client_credentials grant). The FHIR client asks for the current access
// token for every request and, when the server answers 401, asks once for a refresh before it
// retries the request once. Implementations never log or persist the token themselves here.
//
// Plugging in the sign-in Session (ccri::auth::Session) is a small adapter:
//   accessToken()              -> session->accessToken()
//   refreshAfterUnauthorized() -> if the session's token already differs from `rejectedToken`,
//                                 done(true); else session->refresh([done](bool ok, auto&) { done(ok); })
//   idToken() / grantedScope() / patientContext() -> the TokenRecord's id_token / scope / patient
//   emit accessTokenChanged() on Session::tokensChanged and Session::signedOut
// then ResourceBrowser::setTokenProvider(adapter) and client()->setBaseUrl(profile FHIR base).
class AccessTokenProvider : public QObject
{
    Q_OBJECT

public:
    using RefreshDone = std::function<void(bool refreshed)>;

    explicit AccessTokenProvider(QObject* parent = nullptr);
    ~AccessTokenProvider() override;

    // The access token to send as `Authorization: Bearer <token>`; empty when signed out.
    virtual QString accessToken() const = 0;

    // The server refused `rejectedToken` with 401. Refresh asynchronously (never block), then call
    // done(true) when a new access token is available, done(false) when not. Call done exactly once,
    // on the thread of this object. The default refreshes nothing and calls done(false).
    virtual void refreshAfterUnauthorized(const QString& rejectedToken, RefreshDone done);

    // Context of the token response, for the token inspector and the patient banner. Empty if unknown.
    virtual QString idToken() const;
    virtual QString grantedScope() const; // the token response's `scope`, space-separated
    virtual QString patientContext() const; // the token response's `patient`

signals:
    // The access token (or its context) changed: sign-in, refresh, sign-out.
    void accessTokenChanged();
};

} // namespace ccri::fhir
