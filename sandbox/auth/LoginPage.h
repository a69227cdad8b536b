#pragma once

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace ccri::sandbox {

struct PendingAuthorization;
struct AuthServerState;
struct BrowserSession;
struct RequestCaller;

// /auth/login: GET shows the form (username, password, login button, and the demo accounts);
// POST checks the CSRF token and the password. Right: the session is signed in (under a new id)
// and the browser goes on to the consent page. Wrong: the form again with a message. "Cancel"
// (name=deny) goes back to the client with access_denied.
class LoginPage
{
public:
    explicit LoginPage(AuthServerState& state);
    QHttpServerResponse handle(const QHttpServerRequest& request, RequestCaller* caller);

private:
    QHttpServerResponse show(const PendingAuthorization& pending, const BrowserSession& session,
                             const QString& username, const QString& message,
                             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok) const;
    QHttpServerResponse submit(const QHttpServerRequest& request, RequestCaller* caller);

    AuthServerState& m_state;
};

} // namespace ccri::sandbox
