#pragma once

#include "app/net/AccessTokenProvider.h"

namespace ccri::net {

// Tokens handed over as they are: a token response from a client_credentials grant, or an access
// token a developer pasted. It cannot refresh; a 401 stays a 401. Kept in memory only.
class FixedAccessTokenProvider : public AccessTokenProvider
{
    Q_OBJECT

public:
    explicit FixedAccessTokenProvider(QObject* parent = nullptr);

    // Takes the fields of an OAuth2 token response (access_token, scope, patient, id_token).
    void setTokenResponse(const QString& accessToken, const QString& scope, const QString& patient = {},
                          const QString& idToken = {});
    void clear();

    QString accessToken() const override { return m_accessToken; }
    QString idToken() const override { return m_idToken; }
    QString grantedScope() const override { return m_scope; }
    QString patientContext() const override { return m_patient; }

private:
    QString m_accessToken;
    QString m_scope;
    QString m_patient;
    QString m_idToken;
};

} // namespace ccri::net
