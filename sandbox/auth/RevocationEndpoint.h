#pragma once

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace ccri::sandbox {

struct AuthServerState;
class JwtAccessTokenValidator;
struct RequestCaller;

// POST /auth/revoke (RFC 7009): `token` (+ optional `token_type_hint`) of the calling client.
// An access token is revoked by its jti (the FHIR API refuses it from then on); a refresh token is
// dropped together with the access token issued beside it. Unknown tokens also get 200.
class RevocationEndpoint
{
public:
    RevocationEndpoint(AuthServerState& state, const JwtAccessTokenValidator& validator);
    QHttpServerResponse handle(const QHttpServerRequest& request, RequestCaller* caller);

private:
    AuthServerState& m_state;
    const JwtAccessTokenValidator& m_validator;
};

} // namespace ccri::sandbox
