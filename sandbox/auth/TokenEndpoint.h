#pragma once

#include <functional>
#include <QHttpServerResponse>

class QHttpServerRequest;

namespace ccri::sandbox {

struct AuthServerState;
class ClientFormGate;
struct RequestCaller;
class FormBody;
struct SandboxClient;

// POST /auth/token (form-encoded): authorization_code (single use, 60 s, bound to client,
// redirect_uri and PKCE verifier; a reused code also revokes what its first use issued),
// refresh_token (rotated; an optional narrower `scope`), client_credentials (confidential clients
// only). Errors as RFC 6749 §5.2 JSON; every answer Cache-Control: no-store. Clients authenticate
// by HTTP Basic, by client_id alone (public), or by a signed JWT (client_assertion, RFC 7523 §2.2),
// all through ClientFormGate (a client's JWK Set may be fetched first: the answer then comes later).
class TokenEndpoint
{
public:
    using Done = std::function<void(QHttpServerResponse&&, const RequestCaller&)>;

    TokenEndpoint(AuthServerState& state, const ClientFormGate& gate);
    // `done` runs exactly once, on this thread, before handle returns or later.
    void handle(const QHttpServerRequest& request, const Done& done);

private:
    QHttpServerResponse grant(const FormBody& form, const SandboxClient& client, RequestCaller* caller);
    QHttpServerResponse authorizationCode(const FormBody& form, const SandboxClient& client, RequestCaller* caller);
    QHttpServerResponse refreshToken(const FormBody& form, const SandboxClient& client, RequestCaller* caller);
    QHttpServerResponse clientCredentials(const FormBody& form, const SandboxClient& client, RequestCaller* caller);

    AuthServerState& m_state;
    const ClientFormGate& m_gate;
};

} // namespace ccri::sandbox
