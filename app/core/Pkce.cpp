#include "app/core/Pkce.h"

#include "app/core/Base64Url.h"
#include "app/core/SecretCompare.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace ccri {

namespace {
constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int kAlphabetSize = sizeof(kUnreserved) - 1; // 66
// The largest multiple of 66 that fits in a byte: bytes at or above it are thrown away, so every
// character is equally likely (no modulo bias).
constexpr int kAcceptBelow = (256 / kAlphabetSize) * kAlphabetSize; // 198
} // namespace

Pkce::Pkce(int length)
    : m_verifier(generateVerifier(length))
{
}

QByteArray Pkce::generateVerifier(int length)
{
    length = std::clamp(length, MinimumLength, MaximumLength);
    QByteArray verifier;
    verifier.reserve(length);
    QRandomGenerator* random = QRandomGenerator::system();
    while (verifier.size() < length) {
        quint32 word = random->generate();
        for (int i = 0; i < 4 && verifier.size() < length; ++i, word >>= 8) {
            const int byte = int(word & 0xff);
            if (byte < kAcceptBelow)
                verifier.append(kUnreserved[byte % kAlphabetSize]);
        }
    }
    return verifier;
}

QByteArray Pkce::challengeFor(const QByteArray& verifier)
{
    return Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

bool Pkce::isValidVerifier(const QByteArray& verifier)
{
    if (verifier.size() < MinimumLength || verifier.size() > MaximumLength)
        return false;
    return std::all_of(verifier.begin(), verifier.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~';
    });
}

bool Pkce::isValidChallenge(const QByteArray& challenge)
{
    return challenge.size() == ChallengeLength && Base64Url::isBase64Url(challenge);
}

bool Pkce::verify(const QByteArray& verifier, const QByteArray& challenge)
{
    if (!isValidVerifier(verifier))
        return false;
    return SecretCompare::equal(challengeFor(verifier), challenge);
}

} // namespace ccri
