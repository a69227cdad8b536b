#pragma once

#include <QByteArray>
#include <QString>

namespace ccri::sandbox {

// The secrets the sandbox hands out (codes, refresh tokens, session ids, CSRF tokens, jti, client
// secrets): unguessable, from the system CSPRNG, base64url without padding; and the key a store
// keeps one under, its SHA-256, so that no store holds the secret itself.
class RandomToken
{
public:
    static QString generate(int bytes = 32);
    static QByteArray digest(const QString& secret);
};

} // namespace ccri::sandbox
