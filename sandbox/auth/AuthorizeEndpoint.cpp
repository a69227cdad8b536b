#include "sandbox/auth/AuthorizeEndpoint.h"

#include "app/core/Pkce.h"
#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/auth/HtmlPage.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RequestCaller.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AuthorizeEndpoint", text);
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
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
        return OAuthResponse::errorRedirect(redirectUri, error, description, state);
    };
    const QString repeatedOther = query.repeatedName(
        {QStringLiteral("response_type"), QStringLiteral("scope"), QStringLiteral("state"), QStringLiteral("aud"),
         QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method")});
    if (!repeatedOther.isEmpty())
        return fail(QStringLiteral("invalid_request"), tr("The request gives %1 more than once.").arg(repeatedOther));
    if (query.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"), tr("Only response_type=code is supported."));
    if (!client->allowsGrant(QStringLiteral("authorization_code")))
        return fail(QStringLiteral("unauthorized_client"), tr("This client may not use the authorization code flow."));
    if (state.isEmpty())
        return fail(QStringLiteral("invalid_request"), tr("The request has no state parameter."));
    const QString aud = query.value(QStringLiteral("aud"));
    if (aud.isEmpty() || withoutTrailingSlash(aud) != withoutTrailingSlash(m_state.urls.fhirBase().toString()))
        return fail(QStringLiteral("invalid_request"), invalidAudMessage());

    const QString challenge = query.value(QStringLiteral("code_challenge"));
    const bool hasMethod = query.has(QStringLiteral("code_challenge_method"));
    const QString method = query.value(QStringLiteral("code_challenge_method"));
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

    BrowserSession* session = m_state.sessions.fromRequest(request);
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
    const QString id = m_state.pending.add(pending);

    const bool forceLogin
        = query.value(QStringLiteral("prompt")).split(QLatin1Char(' ')).contains(QStringLiteral("login"));
    const bool signedIn = !session->username.isEmpty() && m_state.users.find(session->username) && !forceLogin;
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
