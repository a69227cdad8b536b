#pragma once

#include "sandbox/auth/AuthorizationGrant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ccri::sandbox {

struct AuthServerState;

// Makes the token response for a grant: a signed JWT access token (iss, sub, aud = FHIR base,
// exp, iat, jti, scope, client_id, patient, fhirUser), a rotating refresh token when
// offline_access or online_access was granted, an id_token when openid was, and the context
// (`patient`).
class TokenIssuer
{
public:
    explicit TokenIssuer(AuthServerState& state);

    struct Issued
    {
        QJsonObject response;
        QString accessTokenId; // jti
        QString refreshToken; // empty when none
    };
    Issued issue(const AuthorizationGrant& grant);

private:
    AuthServerState& m_state;
};

} // namespace ccri::sandbox
