#pragma once

#include <QByteArray>

namespace ccri {

// RFC 7636 proof key, for both sides: the explorer makes a verifier of 43–128 unreserved characters
// [A-Za-z0-9-._~] (§4.1) from the system CSPRNG without modulo bias and sends its S256 challenge,
// BASE64URL(SHA-256(verifier)) without padding (§4.2); the sandbox checks a verifier against the
// stored challenge (§4.6). The verifier is a secret: never log it.
class Pkce
{
public:
    static constexpr int MinimumLength = 43;
    static constexpr int MaximumLength = 128;
    static constexpr int DefaultLength = 64;
    static constexpr int ChallengeLength = 43; // base64url of 32 bytes, unpadded

    explicit Pkce(int length = DefaultLength); // clamped to [43, 128]

    QByteArray verifier() const { return m_verifier; }
    QByteArray challenge() const { return challengeFor(m_verifier); }
    static QByteArray method() { return QByteArrayLiteral("S256"); }

    static QByteArray generateVerifier(int length);
    static QByteArray challengeFor(const QByteArray& verifier);
    static bool isValidVerifier(const QByteArray& verifier);
    // Exactly 43 base64url characters, the shape of an S256 challenge.
    static bool isValidChallenge(const QByteArray& challenge);
    // A well-formed verifier whose S256 equals `challenge`, compared in constant time (§4.6).
    static bool verify(const QByteArray& verifier, const QByteArray& challenge);

private:
    QByteArray m_verifier;
};

} // namespace ccri
