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
//
// In two steps, so that the RSA signatures never hold the serving thread: prepare() decides every
// claim and makes every change of state on the auth server's thread (the access token's jti is in its
// family, the refresh token issued, before anyone can see either: a family revoked while the
// signatures are computed revokes this access token too); Unsigned::withTokens() then puts in the
// signed JWTs that TokenSigner computed on its own pool.
class TokenIssuer
{
public:
    explicit TokenIssuer(AuthServerState& state);

    static constexpr int backendLifetimeSeconds = 300; // client_credentials of a private_key_jwt client

    // A token response whose JWTs are still to be signed; copies only, safe to hand to another thread.
    struct Unsigned
    {
        QJsonObject response; // everything but access_token and id_token
        QJsonObject accessClaims; // the access token's claims (signed as access_token)
        QJsonObject idClaims; // the id_token's claims; empty: no id_token (openid not granted)
        QString accessTokenId; // jti
        QString refreshToken; // empty when none

        // The response with the signed JWTs in (idToken ignored when there are no idClaims).
        QJsonObject withTokens(const QByteArray& accessToken, const QByteArray& idToken) const;
    };
    enum class Kind
    {
        AuthorizationCode, // the id_token carries the request's nonce
        Refresh,
        ClientCredentials // no refresh token
    };
    // `accessScope`: a narrower scope for this access token only (a refresh's `scope`, RFC 6749 §6);
    // empty: the grant's. The refresh token keeps the grant's own scope.
    Unsigned prepare(const AuthorizationGrant& grant, const QString& family, Kind kind,
                     const QString& accessScope = {});

private:
    AuthServerState& m_state;
};

} // namespace ccri::sandbox
