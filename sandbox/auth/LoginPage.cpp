#include "sandbox/auth/LoginPage.h"

#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/auth/HtmlPage.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/auth/SignInExpiredPage.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LoginPage", text);
}
} // namespace

LoginPage::LoginPage(AuthServerState& state)
    : SignInPage(state)
    , m_checks(QStringLiteral("ccri-sandbox-passwords"))
{
}

LoginPage::~LoginPage() = default;

QHttpServerResponse LoginPage::showPending(const PendingAuthorization& pending, const BrowserSession& session,
                                           RequestCaller*) const
{
    return show(pending, session, QString(), QString());
}

QHttpServerResponse LoginPage::cancelled(PendingAuthorization* pending)
{
    const PendingAuthorization answered = *pending;
    m_state.pending.remove(answered.id);
    return OAuthResponse::errorRedirect(answered.redirectUri, QStringLiteral("access_denied"),
                                        tr("The user cancelled the sign-in."), answered.state, m_state.urls.issuer());
}

QHttpServerResponse LoginPage::throttled(const PendingAuthorization& pending, const BrowserSession& session,
                                         const QString& username, qint64 wait) const
{
    return show(pending, session, username,
                QCoreApplication::translate(
                    "LoginPage",
                    "Too many wrong passwords for this user name or from this computer. Try again in %n second(s).",
                    nullptr, int(wait)),
                QHttpServerResponse::StatusCode::TooManyRequests);
}

QHttpServerResponse LoginPage::wrongPassword(const PendingAuthorization& pending, const BrowserSession& session,
                                             const QString& username) const
{
    return show(pending, session, username, tr("The user name or password is not right. Try again."),
                QHttpServerResponse::StatusCode::Ok);
}

QHttpServerResponse LoginPage::signedIn(PendingAuthorization* pending, BrowserSession* session, const SandboxUser& user,
                                        RequestCaller* caller)
{
    caller->user = user.username;
    BrowserSession* signedIn = m_state.sessions.signIn(session->id, user.username);
    pending->sessionId = signedIn->id;
    QHttpServerResponse response = OAuthResponse::redirect(OAuthResponse::withParameters(
        SandboxUrls::authPathPrefix() + QStringLiteral("/consent"), {{QStringLiteral("request"), pending->id}}));
    response.setHeader("Set-Cookie", m_state.sessions.setCookieHeader(*signedIn, m_state.secureCookies));
    return response;
}

QHttpServerResponse LoginPage::submit(const QHttpServerRequest& request, const Submission& submission,
                                      RequestCaller* caller)
{
    const FormBody& form = submission.form;
    BrowserSession* session = submission.session;
    PendingAuthorization* pending = submission.pending;

    if (form.has(QStringLiteral("deny")))
        return cancelled(pending);
    const QString username = form.value(QStringLiteral("username")).trimmed();
    const QString address = request.remoteAddress().toString();
    // Guessing is slowed per user name and per address (LoginThrottle); an early attempt is not checked.
    if (const qint64 wait = m_state.logins.waitSeconds(username, address); wait > 0)
        return throttled(*pending, *session, username, wait);
    const SandboxUser* user = m_state.users.authenticate(username, form.value(QStringLiteral("password")));
    if (!user) {
        m_state.logins.failed(username, address);
        return wrongPassword(*pending, *session, username);
    }
    m_state.logins.succeeded(username, address);
    return signedIn(pending, session, *user, caller);
}

void LoginPage::submitLater(const QHttpServerRequest& request, const RequestAnswer& answer)
{
    RequestCaller caller;
    Submission submission;
    if (auto refusal = prepare(request, &submission, &caller))
        return answer(std::move(*refusal), caller);
    if (request.method() != QHttpServerRequest::Method::Post)
        return answer(showPending(*submission.pending, *submission.session, &caller), caller);
    if (submission.form.has(QStringLiteral("deny")))
        return answer(cancelled(submission.pending), caller);
    Attempt attempt;
    attempt.username = submission.form.value(QStringLiteral("username")).trimmed();
    attempt.password = submission.form.value(QStringLiteral("password"));
    attempt.address = request.remoteAddress().toString();
    attempt.pendingId = submission.pending->id;
    attempt.sessionId = submission.session->id;
    attempt.caller = caller;
    attempt.answer = answer;
    admit(attempt);
}

bool LoginPage::find(const Attempt& attempt, PendingAuthorization** pending, BrowserSession** session)
{
    // Looked up again by id: the session or request may have ended while the attempt waited.
    *session = m_state.sessions.find(attempt.sessionId);
    *pending = *session ? m_state.pending.find(attempt.pendingId, attempt.sessionId) : nullptr;
    return *pending != nullptr;
}

void LoginPage::admit(const Attempt& attempt)
{
    PendingAuthorization* pending = nullptr;
    BrowserSession* session = nullptr;
    if (!find(attempt, &pending, &session))
        return attempt.answer(SignInExpiredPage::unknownRequest(), attempt.caller);
    // Guessing is slowed per user name and per address (LoginThrottle); an early attempt is not checked.
    if (const qint64 wait = m_state.logins.waitSeconds(attempt.username, attempt.address); wait > 0)
        return attempt.answer(throttled(*pending, *session, attempt.username, wait), attempt.caller);
    const SandboxUser* user = m_state.users.find(attempt.username);
    if (!user) {
        m_state.logins.failed(attempt.username, attempt.address);
        return attempt.answer(wrongPassword(*pending, *session, attempt.username), attempt.caller);
    }
    if (m_state.logins.mustWait(attempt.username, attempt.address)) {
        m_waiting.append(attempt);
        return;
    }
    m_state.logins.checking(attempt.username, attempt.address);
    m_checks.run(
        [password = attempt.password, hash = user->password] { return PasswordHasher::verify(password, hash); },
        [this, attempt](bool right) { decided(attempt, right); });
}

void LoginPage::decided(const Attempt& attempt, bool right)
{
    m_state.logins.checked(attempt.username, attempt.address);
    if (right)
        m_state.logins.succeeded(attempt.username, attempt.address);
    else
        m_state.logins.failed(attempt.username, attempt.address);
    PendingAuthorization* pending = nullptr;
    BrowserSession* session = nullptr;
    const SandboxUser* user = m_state.users.find(attempt.username);
    if (!find(attempt, &pending, &session)) {
        attempt.answer(SignInExpiredPage::unknownRequest(), attempt.caller);
    } else if (right && user) {
        RequestCaller caller = attempt.caller;
        QHttpServerResponse response = signedIn(pending, session, *user, &caller);
        attempt.answer(std::move(response), caller);
    } else {
        attempt.answer(wrongPassword(*pending, *session, attempt.username), attempt.caller);
    }
    // The attempts that waited for this check are admitted again, in order.
    const QList<Attempt> waiting = std::exchange(m_waiting, {});
    for (const Attempt& next : waiting)
        admit(next);
}

QHttpServerResponse LoginPage::show(const PendingAuthorization& pending, const BrowserSession& session,
                                    const QString& username, const QString& message,
                                    QHttpServerResponse::StatusCode status) const
{
    const SandboxClient* client = m_state.clients.find(pending.clientId);
    HtmlPage page(tr("Sign in"));
    page.addHeading(tr("Sign in to the CCRI sandbox"));
    page.addParagraph(tr("%1 is asking to use the sandbox's FHIR server on your behalf.")
                          .arg(client ? client->name : pending.clientId));
    if (m_state.faults.isOn(Fault::Id::PkceLenient))
        page.addParagraph(FaultSwitchboard::pkceWarning(), QStringLiteral("alert"));
    if (!message.isEmpty())
        page.addParagraph(message, QStringLiteral("alert"));
    page.addSignInForm(SandboxUrls::authPathPrefix() + QStringLiteral("/login"), pending.id, session.csrfToken,
                       QStringLiteral("<label for=\"username\">%1</label>\n"
                                      "<input type=\"text\" id=\"username\" name=\"username\" value=\"%2\" "
                                      "autocomplete=\"username\" autocapitalize=\"none\" required autofocus>\n"
                                      "<label for=\"password\">%3</label>\n"
                                      "<input type=\"password\" id=\"password\" name=\"password\" "
                                      "autocomplete=\"current-password\" required>\n"
                                      "<button type=\"submit\" name=\"login\" value=\"1\">%4</button>\n"
                                      "<button type=\"submit\" name=\"deny\" value=\"1\" formnovalidate>%5</button>\n")
                           .arg(HtmlPage::escape(tr("User name")), HtmlPage::escape(username),
                                HtmlPage::escape(tr("Password")), HtmlPage::escape(tr("Sign in")),
                                HtmlPage::escape(tr("Cancel"))));

    QString rows;
    for (const SandboxUser& user : m_state.users.users()) {
        rows += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td>%3</td></tr>\n")
                    .arg(HtmlPage::escape(user.username), HtmlPage::escape(user.displayName),
                         user.passwordHint.isEmpty()
                             ? HtmlPage::escape(tr("(not shown)"))
                             : QStringLiteral("<code>%1</code>").arg(HtmlPage::escape(user.passwordHint)));
    }
    page.addRaw(QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<table>\n"
                               "<tr><th scope=\"col\">%3</th><th scope=\"col\">%4</th><th scope=\"col\">%5</th></tr>\n"
                               "%6</table>\n")
                    .arg(HtmlPage::escape(tr("Demo accounts")),
                         HtmlPage::escape(tr("This is a training sandbox: these accounts hold no real data.")),
                         HtmlPage::escape(tr("User name")), HtmlPage::escape(tr("Name")),
                         HtmlPage::escape(tr("Password")), rows));
    return page.response(status);
}

} // namespace ccri::sandbox
