#pragma once

#include <QByteArray>
#include <QString>

namespace ccri::sandbox {

// The key under which the sandbox keeps a secret it handed out (code, refresh token, session id):
// its SHA-256, so the stores never hold the secret itself.
class TokenDigest
{
public:
    static QByteArray of(const QString& secret);
};

} // namespace ccri::sandbox
