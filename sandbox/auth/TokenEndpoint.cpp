#include "sandbox/auth/TokenEndpoint.h"

#include "app/core/Pkce.h"
#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/ClientFormGate.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/auth/ScopeGranter.h"
#include "sandbox/auth/TokenIssuer.h"
#include "sandbox/faults/FaultResponses.h"
#include "sandbox/server/SandboxClock.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TokenEndpoint", text);
}

QHttpServerResponse invalidGrant(const QString& description)
{
    return OAuthResponse::error(QStringLiteral("invalid_grant"), description);
}
} // namespace

TokenEndpoint::TokenEndpoint(AuthServerState& state, const ClientFormGate& gate)
    : m_state(state)
    , m_gate(gate)
    , m_signer(state.signer)
{
}

void TokenEndpoint::handle(const QHttpServerRequest& request, const Done& done)
{
    if (m_state.faults.isOn(Fault::Id::TokenError)) {
        done(FaultResponses::tokenError(m_state.faults), RequestCaller());
        return;
    }
    m_gate.handleLater(
        request, {QStringLiteral("grant_type")},
        [this](const FormBody& form, const SandboxClient& client, const RequestCaller& checked, const Done& answer) {
            RequestCaller caller = checked;
            Answer granted = grant(form, client, &caller);
            if (auto* refusal = std::get_if<QHttpServerResponse>(&granted)) {
                answer(std::move(*refusal), caller);
                return;
            }
            // RFC 6749 §5.1: the token response, once its JWTs are signed (off this thread).
            m_signer.sign(std::get<TokenIssuer::Unsigned>(granted), [answer, caller](const QJsonObject& response) {
                answer(OAuthResponse::json(response), caller);
            });
        },
        done);
}

TokenEndpoint::Answer TokenEndpoint::grant(const FormBody& form, const SandboxClient& checkedClient,
                                           RequestCaller* caller)
{
    const SandboxClient* client = &checkedClient;
    // The client's own parameters when it asserted (client_assertion, its type, client_id): ClientFormGate.
    const QString repeated
        = form.repeatedName({QStringLiteral("grant_type"), QStringLiteral("code"), QStringLiteral("redirect_uri"),
                             QStringLiteral("code_verifier"), QStringLiteral("refresh_token"), QStringLiteral("scope"),
                             QStringLiteral("client_id")});
    if (!repeated.isEmpty())
        return OAuthResponse::error(QStringLiteral("invalid_request"), tr("%1 is given more than once.").arg(repeated));

    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType != QLatin1String("authorization_code") && grantType != QLatin1String("refresh_token")
        && grantType != QLatin1String("client_credentials"))
        return OAuthResponse::error(QStringLiteral("unsupported_grant_type"),
                                    tr("The grant type \"%1\" is not supported.").arg(grantType));
    if (!client->allowsGrant(grantType))
        return OAuthResponse::error(
            QStringLiteral("unauthorized_client"),
            tr("The client %1 may not use the grant type %2.").arg(client->clientId, grantType));
    if (grantType == QLatin1String("authorization_code"))
        return authorizationCode(form, *client, caller);
    if (grantType == QLatin1String("refresh_token")) {
        if (m_state.faults.isOn(Fault::Id::RefreshExpired)) {
            m_state.faults.acted(Fault::Id::RefreshExpired, QStringLiteral("refused a refresh token as expired"));
            return invalidGrant(tr("The refresh token has expired: sign in again."));
        }
        return refreshToken(form, *client, caller);
    }
    return clientCredentials(form, *client, caller);
}

TokenEndpoint::Answer TokenEndpoint::authorizationCode(const FormBody& form, const SandboxClient& client,
                                                       RequestCaller* caller)
{
    const QString code = form.value(QStringLiteral("code"));
    if (code.isEmpty())
        return OAuthResponse::error(QStringLiteral("invalid_request"), tr("code is missing."));
    const AuthorizationCodeStore::Redemption redemption = m_state.codes.redeem(code);
    switch (redemption.outcome) {
    case AuthorizationCodeStore::Outcome::Unknown:
        return invalidGrant(tr("The authorization code is not known."));
    case AuthorizationCodeStore::Outcome::Expired:
        return invalidGrant(
            tr("The authorization code has expired (codes last %1 seconds).").arg(m_state.codes.lifetimeSeconds()));
    case AuthorizationCodeStore::Outcome::Reused:
        // RFC 6749 §4.1.2: revoke every token the code led to, those of later refreshes included.
        if (!redemption.family.isEmpty())
            m_state.revokeFamily(redemption.family);
        return invalidGrant(tr("The authorization code has already been used; the tokens it gave are revoked."));
    case AuthorizationCodeStore::Outcome::Redeemed:
        break;
    }
    const AuthorizationGrant& grant = redemption.grant;
    caller->user = grant.subject;
    if (grant.clientId != client.clientId)
        return invalidGrant(tr("The authorization code was issued to another client."));
    if (form.value(QStringLiteral("redirect_uri")) != grant.redirectUri)
        return invalidGrant(tr("redirect_uri does not match the one of the authorization request."));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    const bool lenient = m_state.faults.isOn(Fault::Id::PkceLenient);
    if (lenient && !grant.codeChallenge.isEmpty() && verifier.isEmpty()) {
        // Never RFC 7636 §4.6: only the trainer's pkce=lenient, to show what PKCE prevents.
        m_state.faults.acted(Fault::Id::PkceLenient, QStringLiteral("redeemed a code without its PKCE verifier"));
    } else if (!grant.codeChallenge.isEmpty()) {
        if (verifier.isEmpty())
            return invalidGrant(tr("code_verifier is missing (the authorization request used PKCE)."));
        if (!Pkce::verify(verifier.toLatin1(), grant.codeChallenge.toLatin1()))
            return invalidGrant(tr("The PKCE code_verifier does not match the code_challenge."));
    } else if (!verifier.isEmpty()) {
        return invalidGrant(tr("code_verifier was sent but the authorization request had no code_challenge."));
    }
    const QString family = m_state.families.start();
    m_state.codes.recordIssued(code, family);
    return TokenIssuer(m_state).prepare(grant, family, TokenIssuer::Kind::AuthorizationCode);
}

TokenEndpoint::Answer TokenEndpoint::refreshToken(const FormBody& form, const SandboxClient& client,
                                                  RequestCaller* caller)
{
    const QString token = form.value(QStringLiteral("refresh_token"));
    if (token.isEmpty())
        return OAuthResponse::error(QStringLiteral("invalid_request"), tr("refresh_token is missing."));
    const auto existing = m_state.refreshTokens.find(token);
    if (!existing) {
        // RFC 9700 §4.14.2: a rotated refresh token used again means two parties hold it; the whole
        // family (the active refresh token and its access tokens) is revoked.
        const QString family = m_state.refreshTokens.rotatedFamily(token);
        if (!family.isEmpty()) {
            m_state.revokeFamily(family);
            return invalidGrant(tr("The refresh token was already used. Every token of this sign-in is now revoked: "
                                   "sign in again."));
        }
        return invalidGrant(tr("The refresh token is not valid (unknown, expired or revoked)."));
    }
    if (existing->grant.clientId != client.clientId)
        return invalidGrant(tr("The refresh token was issued to another client."));
    const AuthorizationGrant& grant = existing->grant;
    caller->user = grant.subject;
    QString accessScope;
    if (form.has(QStringLiteral("scope"))) {
        const ccri::ScopeSet asked = ccri::ScopeSet::parse(form.value(QStringLiteral("scope")));
        const ccri::ScopeSet original = ccri::ScopeSet::parse(grant.scope);
        const QStringList narrowed = ScopeGranter::grant(asked, {original});
        if (narrowed.size() != asked.scopes().size() || narrowed.isEmpty())
            return OAuthResponse::error(QStringLiteral("invalid_scope"),
                                        tr("The requested scope is not part of what was originally granted."));
        accessScope = narrowed.join(QLatin1Char(' ')); // RFC 6749 §6: this access token only
    }
    m_state.refreshTokens.rotate(token);
    return TokenIssuer(m_state).prepare(grant, existing->family, TokenIssuer::Kind::Refresh, accessScope);
}

TokenEndpoint::Answer TokenEndpoint::clientCredentials(const FormBody& form, const SandboxClient& client,
                                                       RequestCaller* caller)
{
    if (client.isPublic())
        return OAuthResponse::error(QStringLiteral("unauthorized_client"),
                                    tr("Only confidential clients may use client_credentials."));
    caller->user.clear();
    const ccri::ScopeSet allowed = ccri::ScopeSet::parse(client.scope);
    QString scope = client.scope;
    if (form.has(QStringLiteral("scope"))) {
        const QStringList granted
            = ScopeGranter::grant(ccri::ScopeSet::parse(form.value(QStringLiteral("scope"))), {allowed});
        if (granted.isEmpty())
            return OAuthResponse::error(QStringLiteral("invalid_scope"),
                                        tr("None of the requested scopes is allowed for this client."));
        scope = granted.join(QLatin1Char(' '));
    }
    AuthorizationGrant grant;
    // RFC 8707 §2: each `resource` is an absolute URI naming where the token will be used, and the token is
    // audience-restricted to those; one this server does not serve is an invalid_target. None named: the
    // token is for every FHIR base here (STU3 and R4), aud an array (RFC 7519 §4.1.3).
    for (const QString& resource : form.values(QStringLiteral("resource"))) {
        const auto release = m_state.urls.releaseOf(resource);
        if (!release)
            return OAuthResponse::error(QStringLiteral("invalid_target"),
                                        tr("The resource \"%1\" is not a FHIR base of this server (%2 or %3).")
                                            .arg(resource, m_state.urls.fhirBase(FhirRelease::Stu3).toString(),
                                                 m_state.urls.fhirBase(FhirRelease::R4).toString()));
        const QString base = m_state.urls.fhirBase(*release).toString();
        if (!grant.audiences.contains(base))
            grant.audiences.append(base);
    }
    if (grant.audiences.isEmpty()) {
        for (const FhirRelease release : {FhirRelease::Stu3, FhirRelease::R4})
            grant.audiences.append(m_state.urls.fhirBase(release).toString());
    }
    grant.clientId = client.clientId;
    grant.subject = client.clientId;
    grant.displayName = client.name;
    grant.scope = scope;
    return TokenIssuer(m_state).prepare(grant, m_state.families.start(), TokenIssuer::Kind::ClientCredentials);
}

} // namespace ccri::sandbox
