#pragma once

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace ccri::sandbox {

struct AuthServerState;
struct RequestCaller;

// GET /auth/authorize: checks client_id and redirect_uri (errors shown as a page, since they
// cannot safely go back), then response_type=code, state, aud (= one of the FHIR bases, kept for the token) and PKCE
// (S256 only; required for public clients) — those errors go back to the client as
// error + error_description. A valid request waits in PendingAuthorizations and the browser goes
// on to the login page (or straight to consent when its session is signed in).
class AuthorizeEndpoint
{
public:
    explicit AuthorizeEndpoint(AuthServerState& state);
    QHttpServerResponse handle(const QHttpServerRequest& request, RequestCaller* caller);

    static QString invalidAudMessage()
    {
        return QStringLiteral("Invalid aud, verify the iss is registered with the auth server.");
    }

private:
    AuthServerState& m_state;
};

} // namespace ccri::sandbox
