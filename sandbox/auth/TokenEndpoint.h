#pragma once

#include "sandbox/auth/TokenIssuer.h"
#include "sandbox/auth/TokenSigner.h"

#include <functional>
#include <QHttpServerResponse>
#include <variant>

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
// A grant is decided, and its tokens recorded, on this thread (TokenIssuer::prepare); the tokens'
// signatures are made on TokenSigner's pool and the answer comes once they are.
class TokenEndpoint
{
public:
    using Done = std::function<void(QHttpServerResponse&&, const RequestCaller&)>;

    TokenEndpoint(AuthServerState& state, const ClientFormGate& gate);
    // `done` runs exactly once, on this thread, before handle returns or later.
    void handle(const QHttpServerRequest& request, const Done& done);

private:
    // A refusal, answered as it is, or the granted tokens, still to be signed.
    using Answer = std::variant<QHttpServerResponse, TokenIssuer::Unsigned>;

    Answer grant(const FormBody& form, const SandboxClient& client, RequestCaller* caller);
    Answer authorizationCode(const FormBody& form, const SandboxClient& client, RequestCaller* caller);
    Answer refreshToken(const FormBody& form, const SandboxClient& client, RequestCaller* caller);
    Answer clientCredentials(const FormBody& form, const SandboxClient& client, RequestCaller* caller);

    AuthServerState& m_state;
    const ClientFormGate& m_gate;
    TokenSigner m_signer;
};

} // namespace ccri::sandbox
