#pragma once

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace ccri::sandbox {

struct AuthServerState;
struct RequestCaller;
class FormBody;
struct SandboxClient;

// POST /auth/token (form-encoded): authorization_code (single use, 60 s, bound to client,
// redirect_uri and PKCE verifier; a reused code also revokes what its first use issued),
// refresh_token (rotated; an optional narrower `scope`), client_credentials (confidential clients
// only). Errors as RFC 6749 §5.2 JSON; every answer Cache-Control: no-store.
class TokenEndpoint
{
public:
    explicit TokenEndpoint(AuthServerState& state);
    QHttpServerResponse handle(const QHttpServerRequest& request, RequestCaller* caller);

private:
    QHttpServerResponse authorizationCode(const FormBody& form, const SandboxClient& client, RequestCaller* caller);
    QHttpServerResponse refreshToken(const FormBody& form, const SandboxClient& client, RequestCaller* caller);
    QHttpServerResponse clientCredentials(const FormBody& form, const SandboxClient& client, RequestCaller* caller);

    AuthServerState& m_state;
};

} // namespace ccri::sandbox
