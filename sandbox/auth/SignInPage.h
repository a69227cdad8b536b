#pragma once

#include "sandbox/auth/FormBody.h"

#include <optional>
#include <QHttpServerResponse>

class QHttpServerRequest;

namespace ccri::sandbox {

struct AuthServerState;
struct BrowserSession;
struct PendingAuthorization;
struct RequestCaller;

// What the login and consent pages share: both serve one pending authorization request, named by
// the `request` parameter and bound to this browser's session. GET shows the page; POST submits its
// form once the CSRF token matches the session's; other methods get 405. An unknown or expired
// request, or a form without the session's CSRF token, gets a SignInExpiredPage and nothing happens.
class SignInPage
{
public:
    explicit SignInPage(AuthServerState& state);
    virtual ~SignInPage() = default;
    SignInPage(const SignInPage&) = delete;
    SignInPage& operator=(const SignInPage&) = delete;

    QHttpServerResponse handle(const QHttpServerRequest& request, RequestCaller* caller);

protected:
    struct Submission
    {
        FormBody form;
        BrowserSession* session = nullptr;
        PendingAuthorization* pending = nullptr;
    };
    // Everything handle() checks before showing or submitting: the method, the pending request and
    // its session, the CSRF token. A refusal to send at once, or nullopt with *submission filled.
    std::optional<QHttpServerResponse> prepare(const QHttpServerRequest& request, Submission* submission,
                                               RequestCaller* caller) const;
    virtual QHttpServerResponse showPending(const PendingAuthorization& pending, const BrowserSession& session,
                                            RequestCaller* caller) const = 0;
    virtual QHttpServerResponse submit(const QHttpServerRequest& request, const Submission& submission,
                                       RequestCaller* caller)
        = 0;

    AuthServerState& m_state;
};

} // namespace ccri::sandbox
