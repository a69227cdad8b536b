#pragma once

#include <QHttpServerResponse>
#include <QString>

class QHttpServerRequest;

namespace ccri {
class ScopePolicy;
}

namespace ccri::sandbox {

struct AuthServerState;
struct RequestCaller;

// POST /auth/register: OAuth 2.0 Dynamic Client Registration (RFC 7591) for private_key_jwt clients
// (SMART App Launch 2.2 "Client Authentication: Asymmetric"). A JSON body with client_name,
// token_endpoint_auth_method "private_key_jwt", jwks or jwks_uri, grant_types (client_credentials,
// or authorization_code with redirect_uris, and refresh_token), scope. Answers 201 with the client's
// metadata and a fresh client_id (RFC 7591 §3.2.1); errors invalid_client_metadata or
// invalid_redirect_uri with a sentence (§3.2.2). The scope is cut down to `scopeLimit` (the scope
// policy's read scopes); `scope_dropped` lists what was cut. Registered clients live in memory only.
// When registration is off: 403 access_denied.
class RegistrationEndpoint
{
public:
    static constexpr int maxClients = 1000;

    RegistrationEndpoint(AuthServerState& state, bool open, const QString& scopeLimit);
    QHttpServerResponse handle(const QHttpServerRequest& request, RequestCaller* caller);

    // The most a registered client may hold under `policy`: `<context>/<type>.read` for every type the
    // policy names (every context when the policy accepts any, else the rule's own), and the
    // identity, launch and refresh scopes.
    static QString scopeLimit(const ccri::ScopePolicy& policy);

private:
    AuthServerState& m_state;
    bool m_open;
    QString m_scopeLimit;
};

} // namespace ccri::sandbox
