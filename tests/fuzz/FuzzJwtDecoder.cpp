// Fuzz target: an access or id token as the token inspector decodes it (display only). Inputs are
// the token text; half the time they are also cut into three base64url parts of JSON, so the
// fuzzer reaches the claims with little effort.
#include "app/net/JwtDecoder.h"
#include "tests/fuzz/FuzzTokenInput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    for (const QString& token : FuzzTokenInput::tokens(data, size)) {
        ccri::net::JwtDecoder::Decoded decoded;
        QString error;
        if (ccri::net::JwtDecoder::decode(token, &decoded, &error)) {
            (void)ccri::net::JwtDecoder::expiry(decoded.claims);
        } else if (error.isEmpty()) {
            qFatal("a token that does not decode must say why");
        }
    }
    return 0;
}
