#pragma once

#include "sandbox/auth/AccessTokenValidator.h"
#include "sandbox/server/SandboxUrls.h"

#include <QJsonObject>

namespace ccri::sandbox {

class JwtSigner;
class RevocationList;
class SandboxClock;

// The sandbox's AccessTokenValidator: Bearer scheme (any case), JWT shape, RS256 signature (its own JwkSet),
// `iss` (this auth server), `aud` (this FHIR base), `exp`, and revocation by `jti` — everything
// the CCRI did not check but expiry.
class JwtAccessTokenValidator : public AccessTokenValidator
{
public:
    JwtAccessTokenValidator(const JwtSigner& signer, const RevocationList& revocations, const SandboxClock& clock,
                            const SandboxUrls& urls);

    std::optional<AccessContext> validate(const QByteArray& authorizationHeader, QString* error) const override;
    // The same checks on a bare token; the verified claims in *claims.
    std::optional<AccessContext> validateToken(const QByteArray& token, QString* error,
                                               QJsonObject* claims = nullptr) const;

private:
    const JwtSigner& m_signer;
    const RevocationList& m_revocations;
    const SandboxClock& m_clock;
    SandboxUrls m_urls;
};

} // namespace ccri::sandbox
