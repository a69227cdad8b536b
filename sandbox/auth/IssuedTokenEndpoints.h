#pragma once

#include "sandbox/auth/AccessContext.h"
#include "sandbox/auth/RefreshTokenStore.h"

#include <optional>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace ccri::sandbox {

struct AuthServerState;
class FormBody;
struct SandboxClient;
class JwtAccessTokenValidator;
struct RequestCaller;

// The two endpoints that take back a token the server issued, for an authenticated client; both
// look it up the same way (a valid access token, else an active refresh token):
//   POST /auth/revoke (RFC 7009): `token` (+ `token_type_hint`, ignored) of the calling client. An
//     access token is revoked by its jti; a refresh token with every access token of its grant
//     (§2.1). Unknown tokens also get 200.
//   POST /auth/introspect (RFC 7662): confidential clients only (§2.1, Basic or a signed JWT; a public client gets 401
//     invalid_client); a client learns about its own tokens, a resource server about any. `active`
//     and, when active, `scope`, `client_id`, `exp`, `iat`, `sub`, `iss`, `aud`, `patient`,
//     `fhirUser`, `token_type`; anything else: {"active": false}.
class IssuedTokenEndpoints
{
public:
    IssuedTokenEndpoints(AuthServerState& state, const JwtAccessTokenValidator& validator);
    // For a client ClientFormGate authenticated (RFC 7009 §2.1, RFC 7662 §2.1), `token` present.
    QHttpServerResponse revoke(const FormBody& form, const SandboxClient& client, RequestCaller* caller);
    QHttpServerResponse introspect(const FormBody& form, const SandboxClient& client, RequestCaller* caller);

private:
    struct Found
    {
        std::optional<AccessContext> access;
        QJsonObject claims; // the access token's
        std::optional<RefreshTokenStore::Record> refresh;
        QString clientId() const;
        QString subject() const;
    };
    Found find(const QString& token) const;

    AuthServerState& m_state;
    const JwtAccessTokenValidator& m_validator;
};

} // namespace ccri::sandbox
