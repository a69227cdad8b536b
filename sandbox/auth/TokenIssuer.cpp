#include "sandbox/auth/TokenIssuer.h"

#include "app/core/ScopeSet.h"
#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/RandomToken.h"
#include "sandbox/server/SandboxClock.h"

namespace ccri::sandbox {

TokenIssuer::TokenIssuer(AuthServerState& state)
    : m_state(state)
{
}

TokenIssuer::Issued TokenIssuer::issue(const AuthorizationGrant& grant)
{
    const ccri::ScopeSet scopes = ccri::ScopeSet::parse(grant.scope);
    const QDateTime now = m_state.clock.now();
    const qint64 iat = now.toSecsSinceEpoch();
    const qint64 exp = iat + m_state.tokenLifetimeSeconds;

    Issued issued;
    issued.accessTokenId = RandomToken::generate(16);
    QJsonObject claims {{QStringLiteral("iss"), m_state.urls.issuer()},
                        {QStringLiteral("sub"), grant.subject},
                        {QStringLiteral("aud"), m_state.urls.fhirBase().toString()},
                        {QStringLiteral("iat"), iat},
                        {QStringLiteral("exp"), exp},
                        {QStringLiteral("jti"), issued.accessTokenId},
                        {QStringLiteral("scope"), grant.scope},
                        {QStringLiteral("client_id"), grant.clientId}};
    if (!grant.patient.isEmpty())
        claims.insert(QStringLiteral("patient"), grant.patient);
    if (!grant.fhirUser.isEmpty())
        claims.insert(QStringLiteral("fhirUser"), grant.fhirUser);

    QJsonObject& response = issued.response;
    response.insert(QStringLiteral("access_token"), QString::fromLatin1(m_state.signer.sign(claims)));
    response.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    response.insert(QStringLiteral("expires_in"), m_state.tokenLifetimeSeconds);
    response.insert(QStringLiteral("scope"), grant.scope);
    if (!grant.patient.isEmpty())
        response.insert(QStringLiteral("patient"), grant.patient);

    const SandboxClient* client = m_state.clients.find(grant.clientId);
    const bool refreshable
        = scopes.containsText(QStringLiteral("offline_access")) || scopes.containsText(QStringLiteral("online_access"));
    if (refreshable && client && client->allowsGrant(QStringLiteral("refresh_token"))) {
        issued.refreshToken = m_state.refreshTokens.issue(grant, issued.accessTokenId);
        response.insert(QStringLiteral("refresh_token"), issued.refreshToken);
    }
    if (scopes.containsText(QStringLiteral("openid"))) {
        QJsonObject idClaims {{QStringLiteral("iss"), m_state.urls.issuer()},
                              {QStringLiteral("sub"), grant.subject},
                              {QStringLiteral("aud"), grant.clientId},
                              {QStringLiteral("iat"), iat},
                              {QStringLiteral("exp"), exp},
                              {QStringLiteral("name"), grant.displayName}};
        if (!grant.fhirUser.isEmpty())
            idClaims.insert(QStringLiteral("fhirUser"), m_state.urls.fhir(grant.fhirUser).toString());
        response.insert(QStringLiteral("id_token"), QString::fromLatin1(m_state.signer.sign(idClaims)));
    }
    return issued;
}

} // namespace ccri::sandbox
