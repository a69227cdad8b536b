#pragma once

#include "app/crypto/JwsAlgorithm.h"

#include <memory>
#include <openssl/types.h>
#include <optional>
#include <QByteArray>
#include <QString>

namespace ccri::crypto {

// The OpenSSL 3 EVP calls SigningKey, VerifyingKey and CompactJws share (private to ccri_crypto: only
// its .cpp files include this header). Keys are EVP_PKEYs held by a shared_ptr; no deprecated RSA_* or
// EC_KEY_* call anywhere.
class OpenSslKey
{
public:
    using Ptr = std::shared_ptr<EVP_PKEY>;

    static Ptr adopt(EVP_PKEY* key); // takes ownership; null stays null
    static const EVP_MD* digest(const JwsAlgorithm& algorithm);
    static QByteArray sha256(const QByteArray& data);
    // Empties OpenSSL's error queue and returns its first reason (for a sentence), e.g. "bad decrypt".
    static QString takeError();

    static bool isRsa(const EVP_PKEY* key);
    static bool isEc(const EVP_PKEY* key);
    static int bits(const EVP_PKEY* key);
    static QString curve(const EVP_PKEY* key); // "P-256", "P-384", or the group's own name, or empty
    // A big-number parameter (e.g. OSSL_PKEY_PARAM_RSA_N) big-endian, left-padded to padTo bytes when > 0.
    static std::optional<QByteArray> bigNumber(const EVP_PKEY* key, const char* name, int padTo = 0);

    // ECDSA signatures: DER ECDSA-Sig-Value <-> R‖S of 2 × coordinateBytes (RFC 7518 §3.4).
    static std::optional<QByteArray> derToRaw(const QByteArray& der, int coordinateBytes);
    static std::optional<QByteArray> rawToDer(const QByteArray& raw, int coordinateBytes);
};

} // namespace ccri::crypto
