#pragma once

#include <optional>
#include <QString>

namespace ccri::crypto {

// The JWS signature algorithms this project signs and verifies with (RFC 7518 §3.1): RSASSA-PKCS1-v1_5
// with SHA-2 (§3.3) and ECDSA on P-256 / P-384 (§3.4). Everything else, `none` and the HMAC family
// HS* included, is not an algorithm here: fromName() refuses it.
class JwsAlgorithm
{
public:
    enum class Id
    {
        RS256,
        RS384,
        RS512,
        ES256,
        ES384
    };
    enum class Family
    {
        Rsa,
        Ec
    };

    JwsAlgorithm(Id id) // NOLINT(google-explicit-constructor): JwsAlgorithm::Id::RS256 reads as an algorithm
        : m_id(id)
    {
    }

    static std::optional<JwsAlgorithm> fromName(const QString& name);
    static QList<JwsAlgorithm> all();

    Id id() const { return m_id; }
    QString name() const; // "RS256", ... (the JWS `alg`)
    Family family() const;
    QString keyType() const; // the JWK `kty`: "RSA" or "EC"
    int digestBits() const; // 256, 384, 512 (SHA-2)
    QString curve() const; // the JWK `crv` for ES: "P-256", "P-384"; empty for RS
    int coordinateBytes() const; // ES: 32 or 48 (each of R and S, and of x and y); 0 for RS
    int signatureBytes() const; // ES: 64 or 96 (R‖S, RFC 7518 §3.4); 0 for RS (the modulus size)
    int generatedRsaBits() const; // what SigningKey::generate makes: 2048, or 4096 for RS512 (NHS England)

    bool operator==(const JwsAlgorithm& other) const { return m_id == other.m_id; }

private:
    Id m_id;
};

} // namespace ccri::crypto
