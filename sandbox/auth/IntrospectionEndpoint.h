#pragma once

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace ccri::sandbox {

struct AuthServerState;
class JwtAccessTokenValidator;
struct RequestCaller;

// POST /auth/introspect (RFC 7662), for an authenticated client: `active` and, when active,
// `scope`, `client_id`, `exp`, `iat`, `sub`, `patient`, `fhirUser`, `token_type`. Expired,
// revoked, tampered, used or unknown tokens: {"active": false}.
class IntrospectionEndpoint
{
public:
    IntrospectionEndpoint(AuthServerState& state, const JwtAccessTokenValidator& validator);
    QHttpServerResponse handle(const QHttpServerRequest& request, RequestCaller* caller);

private:
    AuthServerState& m_state;
    const JwtAccessTokenValidator& m_validator;
};

} // namespace ccri::sandbox
