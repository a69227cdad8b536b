#pragma once

#include <QByteArray>

namespace ccri::auth {

// RFC 7636 proof key: a verifier of 43–128 unreserved characters [A-Za-z0-9-._~] drawn from the
// system CSPRNG without modulo bias, and its S256 challenge, BASE64URL(SHA-256(verifier)) without
// padding. The verifier is a secret: never log it.
class Pkce
{
public:
    static constexpr int MinimumLength = 43;
    static constexpr int MaximumLength = 128;
    static constexpr int DefaultLength = 64;

    explicit Pkce(int length = DefaultLength); // clamped to [43, 128]

    QByteArray verifier() const { return m_verifier; }
    QByteArray challenge() const { return challengeFor(m_verifier); }
    static QByteArray method() { return QByteArrayLiteral("S256"); }

    static QByteArray generateVerifier(int length);
    static QByteArray challengeFor(const QByteArray& verifier);
    static bool isValidVerifier(const QByteArray& verifier);

private:
    QByteArray m_verifier;
};

} // namespace ccri::auth
