#pragma once

#include "sandbox/auth/SignInPage.h"

namespace ccri::sandbox {

// /auth/login: GET shows the form (username, password, login button, and the demo accounts);
// POST checks the CSRF token and the password. Right: the session is signed in (under a new id)
// and the browser goes on to the consent page. Wrong: the form again with a message. "Cancel"
// (name=deny) goes back to the client with access_denied.
class LoginPage : public SignInPage
{
public:
    using SignInPage::SignInPage;

private:
    QHttpServerResponse showPending(const PendingAuthorization& pending, const BrowserSession& session,
                                    RequestCaller* caller) const override;
    QHttpServerResponse submit(const QHttpServerRequest& request, const Submission& submission,
                               RequestCaller* caller) override;
    QHttpServerResponse show(const PendingAuthorization& pending, const BrowserSession& session,
                             const QString& username, const QString& message,
                             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok) const;
};

} // namespace ccri::sandbox
