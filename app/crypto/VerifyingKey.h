#pragma once

#include "app/crypto/JwsAlgorithm.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <QByteArray>
#include <QString>

struct evp_pkey_st;

namespace ccri::crypto {

// A public key that checks JWS signatures, read from a JWK (RFC 7517 §4, RFC 7518 §6.2 / §6.3.1).
// fromJwk refuses, in words: a JWK holding private members (d, p, q, dp, dq, qi, oth, k), a symmetric
// or unknown kty, an `alg` whose key type is not the JWK's kty, `use` other than "sig", EC curves
// other than P-256 / P-384 or coordinates of the wrong length, and RSA moduli under 2048 bits
// (RFC 7518 §3.3).
class VerifyingKey
{
public:
    static std::optional<VerifyingKey> fromJwk(const nlohmann::json& jwk, QString* error = nullptr);
    // From an OpenSSL key (SigningKey's public half); kid empty: the RFC 7638 thumbprint.
    VerifyingKey(std::shared_ptr<evp_pkey_st> key, std::optional<JwsAlgorithm> algorithm, const QString& kid = {});

    QString keyType() const; // "RSA" or "EC"
    QString kid() const { return m_kid; }
    std::optional<JwsAlgorithm> algorithm() const { return m_algorithm; } // the JWK's `alg`, when it gave one
    // The public JWK: kty, n, e (RSA) or crv, x, y (EC), plus kid, use "sig" and alg when known.
    nlohmann::json jwk() const;
    // RFC 7638 §3: SHA-256 over the required members in lexical order, no whitespace; base64url.
    QString thumbprint() const;

    // True when `signature` (JWS form: R‖S for ES) is `algorithm`'s signature of `input` by this key.
    bool verify(const JwsAlgorithm& algorithm, const QByteArray& input, const QByteArray& signature,
                QString* error = nullptr) const;

private:
    nlohmann::json requiredMembers() const;

    std::shared_ptr<evp_pkey_st> m_key;
    std::optional<JwsAlgorithm> m_algorithm;
    QString m_kid;
};

} // namespace ccri::crypto
