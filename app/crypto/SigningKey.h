#pragma once

#include "app/crypto/JwsAlgorithm.h"
#include "app/crypto/VerifyingKey.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <QByteArray>
#include <QString>

struct evp_pkey_st;

namespace ccri::crypto {

// A private key that makes JWS signatures with one algorithm. Made fresh (generate) or read from an
// unencrypted PKCS#8 / traditional PEM (fromPem); written as PKCS#8 PEM (toPem) for a keychain or a
// 0600 file. toPem() is a secret: never log it. Its kid is the RFC 7638 thumbprint of the public key.
class SigningKey
{
public:
    // RSA 2048 bits for RS256/RS384, 4096 for RS512 (what NHS England asks); P-256 / P-384 for ES256 / ES384.
    static std::optional<SigningKey> generate(const JwsAlgorithm& algorithm, QString* error = nullptr);
    // `algorithm` left out: RS256 for an RSA key, ES256 / ES384 from an EC key's curve. Refused in words:
    // not a PEM private key, an encrypted key, RSA under 2048 bits, another curve, a key of another type
    // than `algorithm` needs.
    static std::optional<SigningKey> fromPem(const QByteArray& pem, QString* error = nullptr,
                                             std::optional<JwsAlgorithm> algorithm = std::nullopt);

    QByteArray toPem() const; // PKCS#8 "BEGIN PRIVATE KEY" (a secret)
    JwsAlgorithm algorithm() const { return m_algorithm; }
    QString kid() const { return m_public.kid(); }
    QString thumbprint() const { return m_public.thumbprint(); }
    const VerifyingKey& verifyingKey() const { return m_public; }
    nlohmann::json publicJwk() const { return m_public.jwk(); } // kty, n/e or crv/x/y, kid, alg, use "sig"

    // The JWS signature of `signingInput` (RFC 7515 §5.1): PKCS#1 v1.5 bytes for RS, R‖S for ES.
    std::optional<QByteArray> sign(const QByteArray& signingInput, QString* error = nullptr) const;

private:
    SigningKey(std::shared_ptr<evp_pkey_st> key, const JwsAlgorithm& algorithm);

    std::shared_ptr<evp_pkey_st> m_key;
    JwsAlgorithm m_algorithm;
    VerifyingKey m_public;
};

} // namespace ccri::crypto
