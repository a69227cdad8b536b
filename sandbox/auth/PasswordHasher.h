#pragma once

#include <QByteArray>
#include <QString>

namespace ccri::sandbox {

// Demo passwords are kept only as PBKDF2-HMAC-SHA256 hashes with a random salt (20,000 iterations,
// ccri::crypto::Pbkdf2 on OpenSSL). A check takes about 10 ms: LoginPage runs it off the serving thread.
class PasswordHasher
{
public:
    struct Hash
    {
        QByteArray salt;
        QByteArray key;
        int iterations = 0;
    };
    static Hash hash(const QString& password);
    static bool verify(const QString& password, const Hash& hash);
};

} // namespace ccri::sandbox
