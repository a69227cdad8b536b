#include "sandbox/auth/TokenIssuer.h"

#include "app/core/ScopeSet.h"
#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/RandomToken.h"
#include "sandbox/server/SandboxClock.h"

#include <algorithm>
#include <QJsonArray>

namespace ccri::sandbox {

TokenIssuer::TokenIssuer(AuthServerState& state)
    : m_state(state)
{
}

QJsonObject TokenIssuer::Unsigned::withTokens(const QByteArray& accessToken, const QByteArray& idToken) const
{
    QJsonObject signedResponse = response;
    signedResponse.insert(QStringLiteral("access_token"), QString::fromLatin1(accessToken));
    if (!idClaims.isEmpty())
        signedResponse.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken));
    return signedResponse;
}

TokenIssuer::Unsigned TokenIssuer::prepare(const AuthorizationGrant& original, const QString& family, Kind kind,
                                           const QString& accessScope)
{
    AuthorizationGrant grant = original;
    if (!accessScope.isEmpty()) {
        grant.scope = accessScope;
        if (!ccri::ScopeSet::parse(accessScope).containsText(QStringLiteral("launch/patient")))
            grant.patient.clear();
    }
    if (kind != Kind::AuthorizationCode)
        grant.nonce.clear(); // OIDC Core §12.2: an id_token from a refresh carries no nonce
    const ccri::ScopeSet scopes = ccri::ScopeSet::parse(grant.scope);
    const QDateTime now = m_state.clock.now();
    const qint64 iat = now.toSecsSinceEpoch();
    const SandboxClient* client = m_state.clients.find(grant.clientId);
    int lifetime = m_state.tokenLifetimeSeconds;
    // SMART App Launch 2.2 Backend Services §"Issue access token": expires_in 300 seconds or less.
    if (kind == Kind::ClientCredentials && client && client->privateKeyJwt)
        lifetime = std::min(lifetime, backendLifetimeSeconds);
    const qint64 exp = iat + lifetime;
    // The trainer's clock-skew: iat and nbf (RFC 7519 §4.1.5-6) as a server with a wrong clock would set them.
    qint64 issuedAt = iat;
    if (m_state.faults.isOn(Fault::Id::ClockSkew)) {
        issuedAt += m_state.faults.value(Fault::Id::ClockSkew).toLongLong();
        m_state.faults.acted(Fault::Id::ClockSkew,
                             QStringLiteral("issued tokens with iat and nbf %1 s off").arg(issuedAt - iat));
    }

    Unsigned issued;
    issued.accessTokenId = RandomToken::generate(16);
    // SMART App Launch 2.2: aud is the FHIR base the authorization request named (STU3 or R4).
    QString audience = grant.audience.isEmpty() ? m_state.urls.fhirBase().toString() : grant.audience;
    if (grant.audiences.size() == 1)
        audience = grant.audiences.first();
    QJsonObject& claims = issued.accessClaims;
    claims = QJsonObject {{QStringLiteral("iss"), m_state.urls.issuer()},
                          {QStringLiteral("sub"), grant.subject},
                          {QStringLiteral("aud"), audience},
                          {QStringLiteral("iat"), issuedAt},
                          {QStringLiteral("exp"), exp},
                          {QStringLiteral("jti"), issued.accessTokenId},
                          {QStringLiteral("scope"), grant.scope},
                          {QStringLiteral("client_id"), grant.clientId}};
    // RFC 7519 §4.1.3: a token for several bases (client_credentials, RFC 8707) has aud as an array.
    if (grant.audiences.size() > 1)
        claims.insert(QStringLiteral("aud"), QJsonArray::fromStringList(grant.audiences));
    if (issuedAt != iat)
        claims.insert(QStringLiteral("nbf"), issuedAt);
    if (!grant.patient.isEmpty())
        claims.insert(QStringLiteral("patient"), grant.patient);
    if (!grant.fhirUser.isEmpty())
        claims.insert(QStringLiteral("fhirUser"), grant.fhirUser);

    QJsonObject& response = issued.response;
    response.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    response.insert(QStringLiteral("expires_in"), lifetime);
    response.insert(QStringLiteral("scope"), grant.scope);
    if (!grant.patient.isEmpty())
        response.insert(QStringLiteral("patient"), grant.patient);

    // In the family before it is signed: revoking the family from now on revokes this token too.
    m_state.families.addAccessToken(family, issued.accessTokenId, QDateTime::fromSecsSinceEpoch(exp, Qt::UTC));
    m_state.families.setSubject(family, grant.subject);

    // The refresh token follows the grant's own scope, not a narrower one asked for this access token.
    const ccri::ScopeSet granted = ccri::ScopeSet::parse(original.scope);
    const bool refreshable = granted.containsText(QStringLiteral("offline_access"))
        || granted.containsText(QStringLiteral("online_access"));
    if (kind != Kind::ClientCredentials && refreshable && client
        && client->allowsGrant(QStringLiteral("refresh_token"))) {
        issued.refreshToken = m_state.refreshTokens.issue(original, family);
        response.insert(QStringLiteral("refresh_token"), issued.refreshToken);
    }
    if (scopes.containsText(QStringLiteral("openid"))) {
        const SandboxUrls audienceUrls
            = m_state.urls.forRelease(m_state.urls.releaseOf(audience).value_or(FhirRelease::Stu3));
        // OIDC Core §2: iss (exactly the discovery issuer), sub, aud (the client), exp, iat; azp as the
        // client is the only audience; auth_time (§2, needed when max_age was asked); nonce (§3.1.2.1).
        QJsonObject& idClaims = issued.idClaims;
        idClaims = QJsonObject {{QStringLiteral("iss"), m_state.urls.issuer()},
                                {QStringLiteral("sub"), grant.subject},
                                {QStringLiteral("aud"), grant.clientId},
                                {QStringLiteral("azp"), grant.clientId},
                                {QStringLiteral("iat"), issuedAt},
                                {QStringLiteral("exp"), exp}};
        if (issuedAt != iat)
            idClaims.insert(QStringLiteral("nbf"), issuedAt);
        if (grant.authTime.isValid())
            idClaims.insert(QStringLiteral("auth_time"), grant.authTime.toSecsSinceEpoch());
        if (!grant.nonce.isEmpty())
            idClaims.insert(QStringLiteral("nonce"), grant.nonce);
        // OIDC Core §5.4: the profile claims only with the profile scope; SMART 2.2: fhirUser only with fhirUser.
        if (scopes.containsText(QStringLiteral("profile"))) {
            idClaims.insert(QStringLiteral("name"), grant.displayName);
            if (!grant.givenName.isEmpty())
                idClaims.insert(QStringLiteral("given_name"), grant.givenName);
            if (!grant.familyName.isEmpty())
                idClaims.insert(QStringLiteral("family_name"), grant.familyName);
        }
        if (!grant.fhirUser.isEmpty() && scopes.containsText(QStringLiteral("fhirUser")))
            idClaims.insert(QStringLiteral("fhirUser"), audienceUrls.fhir(grant.fhirUser).toString());
    }
    return issued;
}

} // namespace ccri::sandbox
