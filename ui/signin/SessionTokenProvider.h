#pragma once

#include "app/net/AccessTokenProvider.h"

#include <QPointer>

namespace ccri::auth {
class Session;
}
namespace ccri::fhir {
class FhirClient;
}

namespace ccri {

class AccountController;

// The resource browser's tokens come from the signed-in auth::Session of an AccountController:
// the current access token, one refresh when the server answers 401, and the token response's
// context (id_token, granted scope, patient). Follows sign-in, refresh and sign-out.
class SessionTokenProvider : public net::AccessTokenProvider
{
    Q_OBJECT
public:
    explicit SessionTokenProvider(AccountController* account, QObject* parent = nullptr);

    // Points `client` at the signed-in session's FHIR base, with the profile's TLS settings
    // (trusted CA file), at every sign-in.
    void keepInStep(fhir::FhirClient* client);

    QString accessToken() const override;
    void refreshAfterUnauthorized(const QString& rejectedToken, RefreshDone done) override;
    QString idToken() const override;
    QString idTokenCheck() const override;
    QString clientAssertion() const override;
    QString grantedScope() const override;
    QString patientContext() const override;
    QByteArray capabilityStatement(const QUrl& fhirBase) const override;

private:
    void follow(auth::Session* session);

    QPointer<AccountController> m_account;
    QPointer<auth::Session> m_session;
    QPointer<fhir::FhirClient> m_client;
};

} // namespace ccri
