#include "sandbox/faults/TrainerPage.h"

#include "app/core/SecretCompare.h"
#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/auth/HtmlPage.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RandomToken.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/server/SandboxClock.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TrainerPage", text);
}

const QString kTrainer = QStringLiteral("trainer"); // the throttle's user name and the log's caller

QString hidden(const QString& name, const QString& value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(name, HtmlPage::escape(value));
}
} // namespace

TrainerPage::TrainerPage(AuthServerState& state, const QString& password)
    : m_state(state)
    , m_password(password)
{
}

TrainerPage::Session* TrainerPage::sessionFrom(const QHttpServerRequest& request, QString* id)
{
    const QByteArray prefix = cookieName().toLatin1() + '=';
    for (const QByteArray& raw : request.value("cookie").split(';')) {
        const QByteArray cookie = raw.trimmed();
        if (!cookie.startsWith(prefix))
            continue;
        const QString value = QString::fromLatin1(cookie.mid(prefix.size()));
        auto it = m_sessions.find(value);
        if (it == m_sessions.end())
            continue;
        if (it->expires <= m_state.clock.now()) {
            m_sessions.erase(it);
            return nullptr;
        }
        *id = value;
        return &it.value();
    }
    return nullptr;
}

QString TrainerPage::newSession(bool signedIn)
{
    const QDateTime now = m_state.clock.now();
    m_sessions.removeIf([&now](const auto& item) { return item.value().expires <= now; });
    const QString id = RandomToken::generate();
    m_sessions.insert(id, Session {RandomToken::generate(), signedIn, now.addSecs(sessionSeconds)});
    return id;
}

QByteArray TrainerPage::cookieHeader(const QString& sessionId) const
{
    QByteArray header = cookieName().toLatin1() + '=' + sessionId.toLatin1()
        + "; Path=/auth/trainer; HttpOnly; SameSite=Strict; Max-Age=" + QByteArray::number(sessionSeconds);
    if (m_state.secureCookies)
        header += "; Secure";
    return header;
}

QHttpServerResponse TrainerPage::handle(const QHttpServerRequest& request, RequestCaller* caller)
{
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    if (!isPost && request.method() != QHttpServerRequest::Method::Get)
        return OAuthResponse::methodNotAllowed("GET, POST");
    QString sessionId;
    Session* session = sessionFrom(request, &sessionId);
    if (!isPost) {
        if (session && session->signedIn) {
            caller->user = kTrainer;
            return switchboardPage(sessionId, QString(), true);
        }
        return loginPage(session ? sessionId : newSession(false), QString());
    }
    const FormBody form = FormBody::parse(request.body());
    // The CSRF token of the cookie's session, on every POST (the sign-in form too: no login CSRF).
    const QString csrf = form.value(QStringLiteral("csrf"));
    if (!session || csrf.isEmpty() || !SecretCompare::equal(session->csrfToken.toLatin1(), csrf.toLatin1()))
        return loginPage(newSession(false),
                         tr("This form has expired or did not come from this page. Nothing was changed: "
                            "sign in again."),
                         QHttpServerResponse::StatusCode::Forbidden);
    if (!session->signedIn)
        return signIn(request, form, sessionId);
    caller->user = kTrainer;
    if (form.has(QStringLiteral("signout"))) {
        m_sessions.remove(sessionId);
        return loginPage(newSession(false), tr("Signed out."));
    }
    bool ok = true;
    const QString message = act(form, &ok);
    return switchboardPage(sessionId, message, ok);
}

QHttpServerResponse TrainerPage::signIn(const QHttpServerRequest& request, const FormBody& form,
                                        const QString& sessionId)
{
    const QString address = request.remoteAddress().toString();
    const qint64 wait = m_state.logins.waitSeconds(kTrainer, address);
    if (wait > 0)
        return loginPage(sessionId, tr("Too many wrong passwords. Try again in %1 seconds.").arg(wait),
                         QHttpServerResponse::StatusCode::TooManyRequests);
    const QString password = form.value(QStringLiteral("password"));
    if (password.isEmpty() || !SecretCompare::equal(password.toUtf8(), m_password.toUtf8())) {
        m_state.logins.failed(kTrainer, address);
        return loginPage(sessionId, tr("That is not the trainer password."),
                         QHttpServerResponse::StatusCode::Unauthorized);
    }
    m_state.logins.succeeded(kTrainer, address);
    m_sessions.remove(sessionId); // a new id once signed in (against session fixation)
    const QString signedIn = newSession(true);
    emit m_state.faults.logged(FaultSwitchboard::logLine(tr("the trainer signed in to the trainer page")));
    QHttpServerResponse response = switchboardPage(signedIn, tr("Signed in."), true);
    return response;
}

QString TrainerPage::act(const FormBody& form, bool* ok)
{
    const QString fault = form.value(QStringLiteral("fault"));
    QString error;
    if (form.has(QStringLiteral("on"))) {
        const QString value = form.value(QStringLiteral("value")).trimmed();
        const QString spec = value.isEmpty() ? fault : fault + QLatin1Char('=') + value;
        *ok = m_state.faults.switchOn(spec, &error);
        return *ok ? tr("%1 is on.").arg(spec) : error;
    }
    if (form.has(QStringLiteral("off"))) {
        *ok = m_state.faults.switchOff(fault, &error);
        return *ok ? tr("%1 is off.").arg(fault) : error;
    }
    if (form.has(QStringLiteral("alloff"))) {
        m_state.faults.switchOffAll();
        return tr("Every fault is off.");
    }
    if (form.has(QStringLiteral("revoke"))) {
        const QString user = form.value(QStringLiteral("user")).trimmed();
        if (user.isEmpty() || !m_state.users.find(user)) {
            *ok = false;
            return tr("There is no user called \"%1\" in this sandbox.").arg(user);
        }
        const int ended = m_state.endSessions(user);
        emit m_state.faults.logged(FaultSwitchboard::logLine(
            QStringLiteral("the trainer revoked every session of %1 (%2 token families)").arg(user).arg(ended)));
        return tr("Every session of %1 is revoked (%2 sign-ins): their tokens no longer work.").arg(user).arg(ended);
    }
    if (form.has(QStringLiteral("endall"))) {
        const int ended = m_state.endSessions(QString());
        emit m_state.faults.logged(FaultSwitchboard::logLine(
            QStringLiteral("the trainer ended every session (%1 token families)").arg(ended)));
        return tr("Every session is ended (%1 sign-ins): everyone must sign in again.").arg(ended);
    }
    *ok = false;
    return tr("The form did not say what to do.");
}

QHttpServerResponse TrainerPage::loginPage(const QString& sessionId, const QString& message,
                                           QHttpServerResponse::StatusCode status)
{
    HtmlPage page(tr("Trainer"));
    page.addHeading(tr("Trainer's switchboard of the CCRI sandbox"));
    page.addParagraph(tr("Sign in with the password given to ccri-sandbox --trainer-password."));
    if (!message.isEmpty())
        page.addParagraph(message, QStringLiteral("alert"));
    page.addRaw(QStringLiteral("<form method=\"post\" action=\"/auth/trainer\">\n%1\n"
                               "<label for=\"password\">%2</label>\n"
                               "<input type=\"password\" id=\"password\" name=\"password\" "
                               "autocomplete=\"current-password\" required autofocus>\n"
                               "<button type=\"submit\" name=\"signin\" value=\"1\">%3</button>\n</form>\n")
                    .arg(hidden(QStringLiteral("csrf"), m_sessions.value(sessionId).csrfToken),
                         HtmlPage::escape(tr("Trainer password")), HtmlPage::escape(tr("Sign in"))));
    QHttpServerResponse response = page.response(status);
    response.setHeader(QByteArrayLiteral("Set-Cookie"), cookieHeader(sessionId));
    return response;
}

QHttpServerResponse TrainerPage::switchboardPage(const QString& sessionId, const QString& message, bool ok)
{
    const QString csrf = hidden(QStringLiteral("csrf"), m_sessions.value(sessionId).csrfToken);
    HtmlPage page(tr("Trainer"));
    page.addHeading(tr("Trainer's switchboard of the CCRI sandbox"));
    if (!message.isEmpty())
        page.addParagraph(message, ok ? QStringLiteral("status") : QStringLiteral("alert"));
    page.addParagraph(tr("Each fault acts at once on every client of this sandbox, and every change and every time "
                         "a fault acts is one line in the sandbox's request log."));
    QString rows;
    for (const Fault& fault : Fault::all()) {
        const bool on = m_state.faults.isOn(fault.id());
        QString state = on ? tr("on") : tr("off");
        if (on && fault.takesValue())
            state = tr("on: %1").arg(m_state.faults.value(fault.id()));
        QString valueField;
        if (fault.takesValue()) {
            const QString id = QStringLiteral("value-") + fault.name();
            valueField = QStringLiteral("<label for=\"%1\">%2</label> <input type=\"text\" id=\"%1\" name=\"value\" "
                                        "value=\"%3\" size=\"14\"> ")
                             .arg(id, HtmlPage::escape(tr("Value (%1)").arg(fault.valueHint())),
                                  HtmlPage::escape(on ? m_state.faults.value(fault.id()) : QString()));
        }
        rows += QStringLiteral("<tr><th scope=\"row\"><code>%1</code></th><td>%2</td><td>%3</td><td>"
                               "<form method=\"post\" action=\"/auth/trainer\">%4%5%6"
                               "<button type=\"submit\" name=\"on\" value=\"1\">%7</button> "
                               "<button type=\"submit\" name=\"off\" value=\"1\">%8</button></form></td></tr>\n")
                    .arg(HtmlPage::escape(fault.name()), HtmlPage::escape(fault.meaning()), HtmlPage::escape(state),
                         csrf, hidden(QStringLiteral("fault"), fault.name()), valueField,
                         HtmlPage::escape(on && fault.takesValue() ? tr("Change") : tr("Switch on")),
                         HtmlPage::escape(tr("Switch off")));
    }
    page.addRaw(QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
                               "<th scope=\"col\">%4</th><th scope=\"col\">%5</th></tr>\n%6</table>\n"
                               "<form method=\"post\" action=\"/auth/trainer\">%7"
                               "<button type=\"submit\" name=\"alloff\" value=\"1\">%8</button></form>\n")
                    .arg(HtmlPage::escape(tr("Faults")), HtmlPage::escape(tr("Fault")),
                         HtmlPage::escape(tr("What it does")), HtmlPage::escape(tr("State")),
                         HtmlPage::escape(tr("Switch")), rows, csrf, HtmlPage::escape(tr("Switch every fault off"))));
    page.addRaw(QStringLiteral("<h2>%1</h2>\n<form method=\"post\" action=\"/auth/trainer\">%2"
                               "<label for=\"user\">%3</label> <input type=\"text\" id=\"user\" name=\"user\" "
                               "autocapitalize=\"none\" required> "
                               "<button type=\"submit\" name=\"revoke\" value=\"1\">%4</button></form>\n"
                               "<form method=\"post\" action=\"/auth/trainer\">%2"
                               "<button type=\"submit\" name=\"endall\" value=\"1\">%5</button></form>\n"
                               "<form method=\"post\" action=\"/auth/trainer\">%2"
                               "<button type=\"submit\" name=\"signout\" value=\"1\">%6</button></form>\n")
                    .arg(HtmlPage::escape(tr("Sessions")), csrf, HtmlPage::escape(tr("User name")),
                         HtmlPage::escape(tr("Revoke every session of this user")),
                         HtmlPage::escape(tr("End every session now")), HtmlPage::escape(tr("Sign out"))));
    QHttpServerResponse response = page.response();
    response.setHeader(QByteArrayLiteral("Set-Cookie"), cookieHeader(sessionId));
    return response;
}

} // namespace ccri::sandbox
