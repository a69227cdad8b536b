#pragma once

#include "sandbox/auth/AccessTokenValidator.h"
#include "sandbox/server/SandboxUrls.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>

namespace ccri::sandbox {

class FaultSwitchboard;
class JwtSigner;
class RevocationList;
class SandboxClock;

// The sandbox's AccessTokenValidator: Bearer scheme (any case), JWT shape, RS256 signature (its own JwkSet),
// `iss` (this auth server), `aud` (one or more of its FHIR bases, a string or an array, kept in
// AccessContext::audiences for the FHIR API of each base to compare), `exp`, and revocation by `jti` — everything
// the CCRI did not check but expiry.
//
// A token whose signature, issuer and audience have been verified once is remembered, keyed by its
// SHA-256, with its claims until its `exp`: later requests with it skip the RSA verification and
// JSON parsing. Expiry and revocation are still checked on every use, against the clock and the
// RevocationList, so a revoked token is refused on the very next request. Safe to use from several
// serving threads at once: the cache, the RevocationList and the FaultSwitchboard each have their
// own lock, and the SandboxClock is atomic.
class JwtAccessTokenValidator : public AccessTokenValidator
{
public:
    JwtAccessTokenValidator(const JwtSigner& signer, const RevocationList& revocations, const SandboxClock& clock,
                            const SandboxUrls& urls);

    std::optional<AccessContext> validate(const QByteArray& authorizationHeader, QString* error) const override;
    // The same checks on a bare token; the verified claims in *claims.
    std::optional<AccessContext> validateToken(const QByteArray& token, QString* error,
                                               QJsonObject* claims = nullptr) const;

    // The trainer's expire-tokens refuses every token as expired. Set once, before any request is served.
    void setFaults(FaultSwitchboard* faults) { m_faults = faults; }

    static constexpr qsizetype maxCachedTokens = 10000;
    qsizetype cachedTokens() const; // for tests and benchmarks

private:
    struct Verified
    {
        AccessContext context;
        QString jti;
        QJsonObject claims;
    };
    std::optional<AccessContext> check(const Verified& verified, QString* error, QJsonObject* claims) const;
    void remember(const QByteArray& key, const Verified& verified) const;

    const JwtSigner& m_signer;
    const RevocationList& m_revocations;
    const SandboxClock& m_clock;
    SandboxUrls m_urls;
    FaultSwitchboard* m_faults = nullptr;
    mutable QMutex m_cacheLock;
    mutable QHash<QByteArray, Verified> m_cache; // SHA-256 of the token -> its verified claims
};

} // namespace ccri::sandbox
