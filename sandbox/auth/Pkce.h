#pragma once

#include <QString>

namespace ccri::sandbox {

// PKCE (RFC 7636) as the sandbox checks it: S256 only.
class Pkce
{
public:
    // 43..128 characters of [A-Za-z0-9-._~] (§4.1).
    static bool isValidVerifier(const QString& verifier);
    // BASE64URL(SHA-256) without padding: exactly 43 base64url characters.
    static bool isValidChallenge(const QString& challenge);
    static QString challengeFor(const QString& verifier); // S256
    // Constant-time comparison of S256(verifier) with the stored challenge.
    static bool verify(const QString& verifier, const QString& challenge);
};

} // namespace ccri::sandbox
