#include "sandbox/auth/JwtAccessTokenValidator.h"

#include "app/crypto/Sha256.h"
#include "sandbox/auth/JwtSigner.h"
#include "sandbox/auth/RevocationList.h"
#include "sandbox/faults/FaultSwitchboard.h"
#include "sandbox/server/SandboxClock.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ccri::sandbox {

namespace {
// The FHIR bases of this sandbox (either release's) that `aud` names (a string, or an array: RFC 7519
// §4.1.3), as each base's text; empty for none.
QStringList matchedAudiences(const QJsonValue& aud, const SandboxUrls& urls)
{
    QStringList found;
    const auto add = [&urls, &found](const QString& value) {
        if (const auto release = urls.releaseOf(value)) {
            const QString base = urls.fhirBase(*release).toString();
            if (!found.contains(base))
                found.append(base);
        }
    };
    if (aud.isArray()) {
        for (const QJsonValue& item : aud.toArray())
            add(item.toString());
    } else {
        add(aud.toString());
    }
    return found;
}
} // namespace

JwtAccessTokenValidator::JwtAccessTokenValidator(const JwtSigner& signer, const RevocationList& revocations,
                                                 const SandboxClock& clock, const SandboxUrls& urls)
    : m_signer(signer)
    , m_revocations(revocations)
    , m_clock(clock)
    , m_urls(urls)
{
}

std::optional<AccessContext> JwtAccessTokenValidator::validate(const QByteArray& authorizationHeader,
                                                               QString* error) const
{
    const QByteArray header = authorizationHeader.trimmed();
    if (header.isEmpty() || header.size() < 7 || header.left(7).toLower() != "bearer ") {
        if (error)
            *error
                = QCoreApplication::translate("JwtAccessTokenValidator", "Unauthorised access to protected resource");
        return std::nullopt;
    }
    return validateToken(header.mid(7).trimmed(), error);
}

std::optional<AccessContext> JwtAccessTokenValidator::validateToken(const QByteArray& token, QString* error,
                                                                    QJsonObject* claimsOut) const
{
    auto fail = [error](const char* message) {
        if (error)
            *error = QCoreApplication::translate("JwtAccessTokenValidator", message);
        return std::nullopt;
    };
    const QByteArray key = ccri::crypto::Sha256::digest(token); // empty only if OpenSSL fails: then no cache
    if (!key.isEmpty()) {
        QMutexLocker locker(&m_cacheLock);
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.constEnd()) {
            const Verified verified = *cached;
            locker.unlock();
            return check(verified, error, claimsOut);
        }
    }

    const auto claims = m_signer.verify(token, error);
    if (!claims)
        return std::nullopt;
    if (claims->value(QStringLiteral("iss")).toString() != m_urls.issuer())
        return fail("The access token was issued by another authorization server.");
    const QStringList audiences = matchedAudiences(claims->value(QStringLiteral("aud")), m_urls);
    if (audiences.isEmpty())
        return fail("The access token is meant for another FHIR server (aud).");
    const QJsonValue exp = claims->value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return fail("The access token is malformed.");
    Verified verified;
    verified.jti = claims->value(QStringLiteral("jti")).toString();
    if (verified.jti.isEmpty())
        return fail("The access token is malformed.");
    AccessContext& context = verified.context;
    context.expires = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
    context.subject = claims->value(QStringLiteral("sub")).toString();
    context.clientId = claims->value(QStringLiteral("client_id")).toString();
    context.scopes = ccri::ScopeSet::parse(claims->value(QStringLiteral("scope")).toString());
    context.patientId = claims->value(QStringLiteral("patient")).toString();
    context.fhirUser = claims->value(QStringLiteral("fhirUser")).toString();
    context.audience = audiences.first();
    context.audiences = audiences;
    verified.claims = *claims;
    const auto result = check(verified, error, claimsOut);
    if (result && !key.isEmpty()) // only a token that is good now: a bad one costs a verification every time
        remember(key, verified);
    return result;
}

// What changes with time: expiry (against the sandbox's clock, which tests move) and revocation.
std::optional<AccessContext> JwtAccessTokenValidator::check(const Verified& verified, QString* error,
                                                            QJsonObject* claimsOut) const
{
    auto fail = [error](const char* message) {
        if (error)
            *error = QCoreApplication::translate("JwtAccessTokenValidator", message);
        return std::nullopt;
    };
    const bool faultExpires = m_faults && m_faults->isOn(Fault::Id::ExpireTokens);
    if (faultExpires)
        m_faults->acted(Fault::Id::ExpireTokens, QStringLiteral("refused an access token as expired"));
    if (faultExpires || m_clock.now() >= verified.context.expires)
        return fail("OAuth2 Authentication Token has expired.");
    if (m_revocations.isRevoked(verified.jti))
        return fail("The access token has been revoked.");
    if (claimsOut)
        *claimsOut = verified.claims;
    return verified.context;
}

void JwtAccessTokenValidator::remember(const QByteArray& key, const Verified& verified) const
{
    QMutexLocker locker(&m_cacheLock);
    if (m_cache.size() >= maxCachedTokens) {
        // Expired tokens first; if every one is still valid, start again (the next use re-verifies).
        const QDateTime now = m_clock.now();
        m_cache.removeIf([&now](const auto& entry) { return now >= entry.value().context.expires; });
        if (m_cache.size() >= maxCachedTokens)
            m_cache.clear();
    }
    m_cache.insert(key, verified);
}

qsizetype JwtAccessTokenValidator::cachedTokens() const
{
    QMutexLocker locker(&m_cacheLock);
    return m_cache.size();
}

} // namespace ccri::sandbox
