#include "sandbox/auth/AuthorizeEndpoint.h"

#include "app/core/Pkce.h"
#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/auth/HtmlPage.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/server/SandboxClock.h"

#include <optional>
#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AuthorizeEndpoint", text);
}
} // namespace

AuthorizeEndpoint::AuthorizeEndpoint(AuthServerState& state)
    : m_state(state)
{
}

QHttpServerResponse AuthorizeEndpoint::handle(const QHttpServerRequest& request, RequestCaller* caller)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return OAuthResponse::methodNotAllowed("GET");
    const FormBody query = FormBody::parse(request.url().query(QUrl::FullyEncoded).toLatin1());
    const QString clientId = query.value(QStringLiteral("client_id"));
    const QString redirectUri = query.value(QStringLiteral("redirect_uri"));
    caller->clientId = clientId;

    const QString title = tr("This sign-in request cannot be completed");
    const QString repeated = query.repeatedName({QStringLiteral("client_id"), QStringLiteral("redirect_uri")});
    if (!repeated.isEmpty())
        return HtmlPage::error(title, tr("The request gives %1 more than once.").arg(repeated));
    if (clientId.isEmpty())
        return HtmlPage::error(title, tr("The request does not say which application is asking (client_id)."));
    const SandboxClient* client = m_state.clients.find(clientId);
    if (!client)
        return HtmlPage::error(title, tr("The application \"%1\" is not registered with this sandbox.").arg(clientId));
    if (redirectUri.isEmpty())
        return HtmlPage::error(title, tr("The request does not say where to return (redirect_uri)."));
    if (!client->acceptsRedirect(redirectUri))
        return HtmlPage::error(title,
                               tr("The return address %1 is not registered for the application \"%2\", so "
                                  "the sandbox will not send you there.")
                                   .arg(redirectUri, client->name));

    const QString state = query.value(QStringLiteral("state"));
    auto fail = [&](const QString& error, const QString& description) {
        return OAuthResponse::errorRedirect(redirectUri, error, description, state, m_state.urls.issuer());
    };
    const QString repeatedOther = query.repeatedName(
        {QStringLiteral("response_type"), QStringLiteral("scope"), QStringLiteral("state"), QStringLiteral("aud"),
         QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method"), QStringLiteral("nonce"),
         QStringLiteral("prompt"), QStringLiteral("max_age")});
    if (!repeatedOther.isEmpty())
        return fail(QStringLiteral("invalid_request"), tr("The request gives %1 more than once.").arg(repeatedOther));
    if (query.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"), tr("Only response_type=code is supported."));
    if (!client->allowsGrant(QStringLiteral("authorization_code")))
        return fail(QStringLiteral("unauthorized_client"), tr("This client may not use the authorization code flow."));
    if (state.isEmpty())
        return fail(QStringLiteral("invalid_request"), tr("The request has no state parameter."));
    // SMART App Launch 2.2: aud is the FHIR base the app wants to reach; here either of the
    // sandbox's bases (/fhir/STU3 or /fhir/R4), which the tokens then carry.
    const QString aud = query.value(QStringLiteral("aud"));
    const auto release = m_state.urls.releaseOf(aud);
    if (aud.isEmpty() || !release)
        return fail(QStringLiteral("invalid_request"), invalidAudMessage());

    QString challenge = query.value(QStringLiteral("code_challenge"));
    const bool hasMethod = query.has(QStringLiteral("code_challenge_method"));
    const QString method = query.value(QStringLiteral("code_challenge_method"));
    if (m_state.faults.isOn(Fault::Id::PkceLenient)
        && (challenge.isEmpty() || !hasMethod || method == QLatin1String("plain"))) {
        // Never RFC 7636 §4.4.1 and SMART 2.2 (S256 required): only the trainer's pkce=lenient. A plain
        // challenge is the verifier itself (§4.2), kept as its S256 so the token endpoint's check applies.
        if (!challenge.isEmpty())
            challenge = QString::fromLatin1(Pkce::challengeFor(challenge.toLatin1()));
        m_state.faults.acted(Fault::Id::PkceLenient,
                             challenge.isEmpty() ? QStringLiteral("accepted a request without PKCE")
                                                 : QStringLiteral("accepted a plain PKCE challenge"));
    } else {
        if (hasMethod && method != QLatin1String("S256"))
            return fail(QStringLiteral("invalid_request"),
                        tr("The PKCE method \"%1\" is not supported: use S256.").arg(method));
        if (!challenge.isEmpty() && !hasMethod)
            return fail(QStringLiteral("invalid_request"),
                        tr("code_challenge_method is missing (plain is not supported): use S256."));
        if (challenge.isEmpty() && hasMethod)
            return fail(QStringLiteral("invalid_request"), tr("code_challenge is missing."));
        if (challenge.isEmpty() && client->isPublic())
            return fail(QStringLiteral("invalid_request"), tr("This client must use PKCE (code_challenge with S256)."));
        if (!challenge.isEmpty() && !Pkce::isValidChallenge(challenge.toLatin1()))
            return fail(QStringLiteral("invalid_request"),
                        tr("code_challenge is not a base64url SHA-256 value (43 characters)."));
    }

    // OIDC Core §3.1.2.1: prompt is a space-separated list; "none" goes with no other value.
    const QStringList prompt = query.value(QStringLiteral("prompt")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& value : prompt) {
        if (value != QLatin1String("none") && value != QLatin1String("login") && value != QLatin1String("consent")
            && value != QLatin1String("select_account"))
            return fail(QStringLiteral("invalid_request"), tr("The prompt value \"%1\" is not known.").arg(value));
    }
    const bool promptNone = prompt.contains(QStringLiteral("none"));
    if (promptNone && prompt.size() > 1)
        return fail(QStringLiteral("invalid_request"), tr("prompt=none cannot be combined with other prompt values."));
    // OIDC Core §3.1.2.1: max_age is a number of seconds; past it the user must sign in again.
    std::optional<qint64> maxAge;
    if (query.has(QStringLiteral("max_age"))) {
        bool ok = false;
        const qint64 seconds = query.value(QStringLiteral("max_age")).toLongLong(&ok);
        if (!ok || seconds < 0)
            return fail(QStringLiteral("invalid_request"), tr("max_age must be a number of seconds (0 or more)."));
        maxAge = seconds;
    }

    BrowserSession* session = m_state.sessions.fromRequest(request);
    const bool hasUser = session && !session->username.isEmpty() && m_state.users.find(session->username);
    const bool tooOld = hasUser && maxAge
        && (!session->authTime.isValid() || session->authTime.secsTo(m_state.clock.now()) > *maxAge);
    if (promptNone) {
        // OIDC Core §3.1.2.6: no page may be shown, so without a (fresh enough) session: login_required;
        // signed in, the consent page would still have to be shown: consent_required.
        if (!hasUser || tooOld)
            return fail(QStringLiteral("login_required"), tr("prompt=none was asked but nobody is signed in."));
        caller->user = session->username;
        return fail(QStringLiteral("consent_required"),
                    tr("prompt=none was asked but the sandbox always asks the user to consent."));
    }
    QByteArray setCookie;
    if (!session) {
        session = m_state.sessions.create();
        setCookie = m_state.sessions.setCookieHeader(*session, m_state.secureCookies);
    }
    PendingAuthorization pending;
    pending.sessionId = session->id;
    pending.clientId = clientId;
    pending.redirectUri = redirectUri;
    pending.state = state;
    pending.scope = query.value(QStringLiteral("scope")).simplified();
    pending.codeChallenge = challenge;
    pending.nonce = query.value(QStringLiteral("nonce"));
    pending.audience = m_state.urls.fhirBase(*release).toString();
    const QString id = m_state.pending.add(pending);

    // prompt=login (OIDC Core §3.1.2.1) and an expired max_age both send the user to the login page.
    const bool forceLogin = prompt.contains(QStringLiteral("login")) || tooOld;
    const bool signedIn = hasUser && !forceLogin;
    if (signedIn)
        caller->user = session->username;
    const QString next
        = SandboxUrls::authPathPrefix() + (signedIn ? QStringLiteral("/consent") : QStringLiteral("/login"));
    QHttpServerResponse response
        = OAuthResponse::redirect(OAuthResponse::withParameters(next, {{QStringLiteral("request"), id}}));
    if (!setCookie.isEmpty())
        response.setHeader("Set-Cookie", setCookie);
    return response;
}

} // namespace ccri::sandbox
