// Fuzz target: JOSE input from outside (ccri::crypto): the bytes as a JWK Set (what a jwks_uri
// returns), and as a compact JWS checked against a fixed key set and against the parsed one. As
// for jwt_decoder, newline-separated inputs are also turned into three base64url parts.
#include "app/crypto/CompactJws.h"
#include "app/crypto/JwkSet.h"
#include "app/crypto/VerifyingKey.h"
#include "tests/fuzz/FuzzTokenInput.h"

#include <cstddef>
#include <cstdint>

namespace {
const ccri::crypto::JwkSet& fixedKeys()
{
    // RFC 7515 A.3's public key (ES256).
    static const ccri::crypto::JwkSet keys(
        {*ccri::crypto::VerifyingKey::fromJwk({{"kty", "EC"},
                                               {"crv", "P-256"},
                                               {"x", "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"},
                                               {"y", "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}})});
    return keys;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const auto parsed = ccri::crypto::JwkSet::parse(bytes, &error);
    if (parsed) {
        (void)parsed->serialise();
        for (const auto& key : parsed->keys())
            (void)key.thumbprint();
    }
    for (const QString& token : FuzzTokenInput::tokens(data, size)) {
        const auto result = ccri::crypto::CompactJws::verify(token.toLatin1(), fixedKeys());
        (void)result.ok();
        if (parsed)
            (void)ccri::crypto::CompactJws::verify(token.toLatin1(), *parsed);
    }
    return 0;
}
