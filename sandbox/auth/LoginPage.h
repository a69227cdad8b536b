#pragma once

#include "sandbox/auth/PasswordHasher.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/auth/SandboxUser.h"
#include "sandbox/auth/SignInPage.h"
#include "sandbox/auth/WorkerPool.h"

#include <QList>

namespace ccri::sandbox {

// /auth/login: GET shows the form (username, password, login button, and the demo accounts);
// POST checks the CSRF token and the password. Right: the session is signed in (under a new id)
// and the browser goes on to the consent page. Wrong: the form again with a message. "Cancel"
// (name=deny) goes back to the client with access_denied.
//
// submitLater() checks the password (PBKDF2, tens of milliseconds) on a WorkerPool of its own and
// answers when the check is decided, so the serving thread goes on answering FHIR and other
// requests meanwhile: no blocking wait, no nested event loop. Everything else (sessions, pending
// requests, the LoginThrottle) is only touched on the serving thread.
class LoginPage : public SignInPage
{
public:
    explicit LoginPage(AuthServerState& state);
    ~LoginPage() override;

    // GET or POST /auth/login; `answer` is called once on this thread: at once when no password has
    // to be checked (refusals, Cancel, throttled, unknown user name), else once the check is done.
    void submitLater(const QHttpServerRequest& request, const RequestAnswer& answer);

private:
    struct Attempt
    {
        QString username;
        QString password;
        QString address;
        QString pendingId;
        QString sessionId;
        RequestCaller caller;
        RequestAnswer answer;
    };
    // Checks the throttle, then starts the password check, or keeps the attempt until a check under
    // way is decided (LoginThrottle::mustWait).
    void admit(const Attempt& attempt);
    void decided(const Attempt& attempt, bool right);
    bool find(const Attempt& attempt, PendingAuthorization** pending, BrowserSession** session);
    QHttpServerResponse cancelled(PendingAuthorization* pending);
    QHttpServerResponse throttled(const PendingAuthorization& pending, const BrowserSession& session,
                                  const QString& username, qint64 wait) const;
    QHttpServerResponse wrongPassword(const PendingAuthorization& pending, const BrowserSession& session,
                                      const QString& username) const;
    QHttpServerResponse signedIn(PendingAuthorization* pending, BrowserSession* session, const SandboxUser& user,
                                 RequestCaller* caller);

    QHttpServerResponse showPending(const PendingAuthorization& pending, const BrowserSession& session,
                                    RequestCaller* caller) const override;
    QHttpServerResponse submit(const QHttpServerRequest& request, const Submission& submission,
                               RequestCaller* caller) override;
    QHttpServerResponse show(const PendingAuthorization& pending, const BrowserSession& session,
                             const QString& username, const QString& message,
                             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok) const;

    QList<Attempt> m_waiting;
    WorkerPool m_checks; // the password checks; declared last, so the running one ends first
};

} // namespace ccri::sandbox
