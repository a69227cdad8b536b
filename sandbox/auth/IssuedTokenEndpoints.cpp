#include "sandbox/auth/IssuedTokenEndpoints.h"

#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/auth/JwtAccessTokenValidator.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/auth/SandboxClient.h"
#include "sandbox/server/SandboxClock.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

QString IssuedTokenEndpoints::Found::clientId() const
{
    return access ? access->clientId : refresh ? refresh->grant.clientId : QString();
}

QString IssuedTokenEndpoints::Found::subject() const
{
    return access ? access->subject : refresh ? refresh->grant.subject : QString();
}

IssuedTokenEndpoints::IssuedTokenEndpoints(AuthServerState& state, const JwtAccessTokenValidator& validator)
    : m_state(state)
    , m_validator(validator)
{
}

IssuedTokenEndpoints::Found IssuedTokenEndpoints::find(const QString& token) const
{
    Found found;
    found.access = m_validator.validateToken(token.toLatin1(), nullptr, &found.claims);
    if (!found.access)
        found.refresh = m_state.refreshTokens.find(token);
    return found;
}

QHttpServerResponse IssuedTokenEndpoints::revoke(const FormBody& form, const SandboxClient& client,
                                                 RequestCaller* caller)
{
    m_state.revocations.prune(m_state.clock.now());
    const Found found = find(form.value(QStringLiteral("token")));
    caller->user = found.subject();
    if (found.clientId() == client.clientId) {
        if (found.access)
            m_state.revocations.revoke(found.claims.value(QStringLiteral("jti")).toString(), found.access->expires);
        else if (found.refresh) // RFC 7009 §2.1: with the refresh token go the access tokens of its grant
            m_state.revokeFamily(found.refresh->family);
    }
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Ok);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse IssuedTokenEndpoints::introspect(const FormBody& form, const SandboxClient& client,
                                                     RequestCaller* caller)
{
    // RFC 7662 §2.1: the endpoint MUST require authorization, against token scanning. A public client
    // proves nothing about itself, so only confidential clients (HTTP Basic or a signed JWT) may ask.
    if (client.isPublic())
        return OAuthResponse::invalidClient(
            QCoreApplication::translate("IssuedTokenEndpoints",
                                        "Introspection needs a confidential client's credentials (HTTP Basic or a "
                                        "signed JWT); the public client %1 cannot introspect tokens.")
                .arg(client.clientId));
    const Found found = find(form.value(QStringLiteral("token")));
    // RFC 7662 §4: a client learns only about its own tokens; a resource server about any.
    if (!client.resourceServer && found.clientId() != client.clientId)
        return OAuthResponse::json({{QStringLiteral("active"), false}});
    caller->user = found.subject();

    QJsonObject answer {{QStringLiteral("active"), false}};
    QString patient;
    QString fhirUser;
    if (found.access) {
        const AccessContext& context = *found.access;
        answer = QJsonObject {{QStringLiteral("active"), true},
                              {QStringLiteral("scope"), context.scopes.toString()},
                              {QStringLiteral("client_id"), context.clientId},
                              {QStringLiteral("sub"), context.subject},
                              {QStringLiteral("exp"), found.claims.value(QStringLiteral("exp"))},
                              {QStringLiteral("iat"), found.claims.value(QStringLiteral("iat"))},
                              {QStringLiteral("iss"), found.claims.value(QStringLiteral("iss"))},
                              {QStringLiteral("aud"), found.claims.value(QStringLiteral("aud"))},
                              {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
        patient = context.patientId;
        fhirUser = context.fhirUser;
    } else if (found.refresh) {
        const AuthorizationGrant& grant = found.refresh->grant;
        answer = QJsonObject {{QStringLiteral("active"), true},
                              {QStringLiteral("scope"), grant.scope},
                              {QStringLiteral("client_id"), grant.clientId},
                              {QStringLiteral("sub"), grant.subject},
                              {QStringLiteral("exp"), found.refresh->expires.toSecsSinceEpoch()},
                              {QStringLiteral("token_type"), QStringLiteral("refresh_token")}};
        patient = grant.patient;
        fhirUser = grant.fhirUser;
    }
    if (!patient.isEmpty())
        answer.insert(QStringLiteral("patient"), patient);
    if (!fhirUser.isEmpty())
        answer.insert(QStringLiteral("fhirUser"), fhirUser);
    return OAuthResponse::json(answer);
}

} // namespace ccri::sandbox
