#pragma once

#include <QByteArray>
#include <QString>

namespace ccri::sandbox {

// Demo passwords are kept only as PBKDF2-HMAC-SHA256 hashes with a random salt.
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
