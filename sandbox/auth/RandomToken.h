#pragma once

#include <QString>

namespace ccri::sandbox {

// Unguessable identifiers (codes, refresh tokens, session ids, CSRF tokens, jti, secrets) from
// the system CSPRNG, base64url without padding.
class RandomToken
{
public:
    static QString generate(int bytes = 32);
};

} // namespace ccri::sandbox
