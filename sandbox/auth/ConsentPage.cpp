#include "sandbox/auth/ConsentPage.h"

#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/auth/HtmlPage.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/PatientDirectory.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/auth/ScopeDescription.h"
#include "sandbox/auth/ScopeGranter.h"
#include "sandbox/auth/SignInExpiredPage.h"
#include "sandbox/faults/FaultResponses.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ConsentPage", text);
}

const QString kLaunchPatient = QStringLiteral("launch/patient");

QString describe(const QString& scope)
{
    const QString description = ScopeDescription::describe(scope);
    return description.isEmpty() ? QString() : QStringLiteral(" — ") + HtmlPage::escape(description);
}
} // namespace

QHttpServerResponse ConsentPage::showPending(const PendingAuthorization& pending, const BrowserSession& session,
                                             RequestCaller* caller) const
{
    const SandboxUser* user = m_state.users.find(session.username);
    const SandboxClient* client = m_state.clients.find(pending.clientId);
    if (!user || !client)
        return SignInExpiredPage::unknownRequest();
    caller->user = user->username;
    return show(pending, session, *user, *client, QString());
}

QList<ConsentPage::Row> ConsentPage::rows(const PendingAuthorization& pending, const SandboxUser& user,
                                          const SandboxClient& client) const
{
    const ccri::ScopeSet userScopes = ccri::ScopeSet::parse(user.scope);
    const ccri::ScopeSet clientScopes = ccri::ScopeSet::parse(client.scope);
    // No scope requested (as the CCRI's own web client did): offer what this user may have.
    const ccri::ScopeSet requested = ccri::ScopeSet::parse(pending.scope.isEmpty() ? user.scope : pending.scope);
    QList<Row> result;
    for (const ccri::Scope& scope : requested.scopes()) {
        Row row {scope.text(), QString(), QString()};
        if (!scope.isValid())
            row.refusal = tr("not a scope this server knows (%1)").arg(scope.invalidReason());
        else if (!ScopeGranter::permits(userScopes, scope))
            row.refusal = tr("not permitted for %1").arg(user.username);
        else if (!ScopeGranter::permits(clientScopes, scope))
            row.refusal = tr("not permitted for this application");
        // Permitted only in part: offer the narrower scopes instead (SMART App Launch 2.2 §"Finer-
        // grained resource constraints using search parameters").
        const QStringList narrower
            = row.refusal.isEmpty() ? QStringList() : ScopeGranter::narrowings(scope, {userScopes, clientScopes});
        for (const QString& text : narrower) {
            if (std::none_of(result.cbegin(), result.cend(), [&text](const Row& r) { return r.scope == text; }))
                result.append(Row {text, QString(), scope.text()});
        }
        if (narrower.isEmpty())
            result.append(row);
    }
    return result;
}

QHttpServerResponse ConsentPage::show(const PendingAuthorization& pending, const BrowserSession& session,
                                      const SandboxUser& user, const SandboxClient& client,
                                      const QString& message) const
{
    HtmlPage page(tr("Allow access"));
    page.addHeading(tr("Allow %1 to read data as %2?").arg(client.name, user.displayName));
    page.addParagraph(tr("Untick anything you do not want to grant. Scopes marked \"not permitted\" cannot be "
                         "granted and will not be."));
    if (!message.isEmpty())
        page.addParagraph(message, QStringLiteral("alert"));
    const QList<Row> requested = rows(pending, user, client);
    if (std::none_of(requested.cbegin(), requested.cend(), [](const Row& row) { return row.refusal.isEmpty(); }))
        page.addParagraph(tr("%1 is not permitted any of the requested access, so signing in will fail. Choose Deny, "
                             "then sign in with another account or ask an administrator for access.")
                              .arg(user.displayName),
                          QStringLiteral("alert"));

    QString items;
    bool patientPicker = false;
    int index = 0;
    for (const Row& row : requested) {
        const QString id = QStringLiteral("scope%1").arg(index++);
        if (row.refusal.isEmpty()) {
            items += QStringLiteral("<label for=\"%1\"><input type=\"checkbox\" id=\"%1\" name=\"scope\" value=\"%2\" "
                                    "checked> <code>%2</code>%3%4</label>\n")
                         .arg(id, HtmlPage::escape(row.scope), describe(row.scope),
                              row.narrowedFrom.isEmpty()
                                  ? QString()
                                  : HtmlPage::escape(tr(" (narrowed from %1: %2 may see only this part)")
                                                         .arg(row.narrowedFrom, user.username)));
            patientPicker = patientPicker || row.scope == kLaunchPatient;
        } else {
            items += QStringLiteral("<label for=\"%1\" class=\"denied\"><input type=\"checkbox\" id=\"%1\" disabled> "
                                    "<code>%2</code> — %3</label>\n")
                         .arg(id, HtmlPage::escape(row.scope), HtmlPage::escape(row.refusal));
        }
    }
    QString picker;
    if (patientPicker) {
        QString options;
        bool first = true;
        for (const PatientDirectory::Choice& choice : m_state.patients.patients()) {
            options += QStringLiteral("<option value=\"%1\"%2>%3</option>\n")
                           .arg(HtmlPage::escape(choice.id), first ? QStringLiteral(" selected") : QString(),
                                HtmlPage::escape(choice.label));
            first = false;
        }
        picker = QStringLiteral("<label for=\"patient\">%1</label>\n<select id=\"patient\" name=\"patient\">\n%2"
                                "</select>\n")
                     .arg(HtmlPage::escape(tr("Patient in context (launch/patient)")), options);
    }
    page.addSignInForm(SandboxUrls::authPathPrefix() + QStringLiteral("/consent"), pending.id, session.csrfToken,
                       QStringLiteral("<fieldset>\n<legend>%1</legend>\n%2</fieldset>\n%3"
                                      "<button type=\"submit\" name=\"authorize\" value=\"1\">%4</button>\n"
                                      "<button type=\"submit\" name=\"deny\" value=\"1\">%5</button>\n")
                           .arg(HtmlPage::escape(tr("Requested access")), items, picker,
                                HtmlPage::escape(tr("Authorize")), HtmlPage::escape(tr("Deny"))));
    return page.response();
}

QHttpServerResponse ConsentPage::submit(const QHttpServerRequest&, const Submission& submission, RequestCaller* caller)
{
    const FormBody& form = submission.form;
    const BrowserSession* session = submission.session;
    const PendingAuthorization* found = submission.pending;
    const SandboxUser* user = m_state.users.find(session->username);
    const SandboxClient* client = m_state.clients.find(found->clientId);
    if (!user || !client)
        return SignInExpiredPage::unknownRequest();
    caller->clientId = client->clientId;
    caller->user = user->username;

    const PendingAuthorization pending = *found;
    if (form.has(QStringLiteral("deny")) || !form.has(QStringLiteral("authorize"))) {
        m_state.pending.remove(pending.id);
        return OAuthResponse::errorRedirect(pending.redirectUri, QStringLiteral("access_denied"),
                                            tr("The user denied access."), pending.state, m_state.urls.issuer());
    }
    const QStringList ticked = form.values(QStringLiteral("scope"));
    QStringList granted;
    for (const Row& row : rows(pending, *user, *client)) {
        if (row.refusal.isEmpty() && ticked.contains(row.scope) && !granted.contains(row.scope))
            granted << row.scope;
    }
    if (m_state.faults.isOn(Fault::Id::NarrowConsent))
        FaultResponses::narrow(&granted, m_state.faults);
    QString patient;
    if (granted.contains(kLaunchPatient)) {
        patient = form.value(QStringLiteral("patient"));
        if (!m_state.patients.contains(patient))
            return show(pending, *session, *user, *client, tr("Choose a patient for launch/patient."));
    }
    m_state.pending.remove(pending.id);
    if (granted.isEmpty())
        return OAuthResponse::errorRedirect(pending.redirectUri, QStringLiteral("invalid_scope"),
                                            tr("None of the requested scopes was granted."), pending.state,
                                            m_state.urls.issuer());

    AuthorizationGrant grant;
    grant.clientId = client->clientId;
    grant.subject = user->username;
    grant.displayName = user->displayName;
    grant.givenName = user->givenName;
    grant.familyName = user->familyName;
    grant.fhirUser = user->fhirUser;
    grant.nonce = pending.nonce;
    grant.authTime = session->authTime;
    grant.scope = granted.join(QLatin1Char(' '));
    grant.patient = patient;
    grant.redirectUri = pending.redirectUri;
    grant.codeChallenge = pending.codeChallenge;
    grant.audience = pending.audience;
    const QString code = m_state.codes.issue(grant);
    // RFC 9207 §2: the issuer names itself in the answer, so the client can tell which server answered.
    return OAuthResponse::redirect(OAuthResponse::withParameters(pending.redirectUri,
                                                                 {{QStringLiteral("code"), code},
                                                                  {QStringLiteral("state"), pending.state},
                                                                  {QStringLiteral("iss"), m_state.urls.issuer()}}));
}

} // namespace ccri::sandbox
