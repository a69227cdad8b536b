#pragma once

#include <QByteArray>

namespace ccri::crypto {

// SHA-256 (FIPS 180-4) through OpenSSL 3's EVP_Digest, which uses the CPU's SHA instructions where
// it has them: several times faster than QCryptographicHash on a token-sized input, for digests on
// every request (the sandbox's verified-token cache key).
class Sha256
{
public:
    static QByteArray digest(const QByteArray& data); // 32 bytes; empty only if OpenSSL fails
};

} // namespace ccri::crypto
