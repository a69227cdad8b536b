// Fuzz target: an OpenID Connect id_token as the session reads who signed in. As for
// jwt_decoder, newline-separated inputs are also turned into three base64url parts.
#include "app/net/JwtDecoder.h"
#include "tests/fuzz/FuzzTokenInput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    for (const QString& token : FuzzTokenInput::tokens(data, size)) {
        const ccri::net::JwtDecoder::Identity idToken = ccri::net::JwtDecoder::identity(token);
        (void)idToken.displayName();
        (void)idToken.isEmpty();
    }
    return 0;
}
