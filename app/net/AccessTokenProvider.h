#pragma once

#include <functional>
#include <QObject>
#include <QString>
#include <QUrl>

namespace ccri::net {

// The seam between the FHIR client and whatever holds the tokens (the sign-in Session, a token
// pasted by a developer, a client_credentials grant). The FHIR client asks for the current access
// token for every request and, when the server answers 401, asks once for a refresh before it
// retries the request once. Implementations never log or persist the token themselves here.
//
// The sign-in Session (ccri::auth::Session) is one; ui's SessionTokenProvider follows whichever
// Session is current; FixedAccessTokenProvider holds a token handed over as it is.
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
    // A sentence on whether the id_token's signature was checked against the server's keys, and why
    // not; empty when there is no id_token or nothing is known.
    virtual QString idTokenCheck() const;
    // The last client assertion (RFC 7523 JWT) sent for this session's tokens; empty when none.
    virtual QString clientAssertion() const;
    // The CapabilityStatement (JSON) the sign-in's discovery read from `fhirBase`, so that it need not
    // be asked for again; empty when none was read, or it came from another base.
    virtual QByteArray capabilityStatement(const QUrl& fhirBase) const;

signals:
    // The access token (or its context) changed: sign-in, refresh, sign-out.
    void accessTokenChanged();
};

} // namespace ccri::net
