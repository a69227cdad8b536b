#pragma once

#include "sandbox/auth/AuthorizationGrant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ccri::sandbox {

struct AuthServerState;

// Makes the token response for a grant: a signed JWT access token (iss, sub, aud = FHIR base,
// exp, iat, jti, scope, client_id, patient, fhirUser), a rotating refresh token when
// offline_access or online_access was granted (never for client_credentials, RFC 6749 §4.4.3), an
// id_token when openid was, and the context (`patient`). Every token joins the grant's family.
class TokenIssuer
{
public:
    explicit TokenIssuer(AuthServerState& state);

    static constexpr int backendLifetimeSeconds = 300; // client_credentials of a private_key_jwt client

    struct Issued
    {
        QJsonObject response;
        QString accessTokenId; // jti
        QString refreshToken; // empty when none
    };
    enum class Kind
    {
        AuthorizationCode, // the id_token carries the request's nonce
        Refresh,
        ClientCredentials // no refresh token
    };
    // `accessScope`: a narrower scope for this access token only (a refresh's `scope`, RFC 6749 §6);
    // empty: the grant's. The refresh token keeps the grant's own scope.
    Issued issue(const AuthorizationGrant& grant, const QString& family, Kind kind, const QString& accessScope = {});

private:
    AuthServerState& m_state;
};

} // namespace ccri::sandbox
