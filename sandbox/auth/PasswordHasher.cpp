#include "sandbox/auth/PasswordHasher.h"

#include "app/core/SecretCompare.h"
#include "app/crypto/Pbkdf2.h"

#include <QRandomGenerator>

namespace ccri::sandbox {

namespace {
constexpr int kIterations = 20000;
constexpr int kKeyBytes = 32;
} // namespace

PasswordHasher::Hash PasswordHasher::hash(const QString& password)
{
    Hash result;
    result.salt.resize(16);
    for (auto& byte : result.salt)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    result.iterations = kIterations;
    result.key = ccri::crypto::Pbkdf2::sha256(password.toUtf8(), result.salt, result.iterations, kKeyBytes);
    return result;
}

bool PasswordHasher::verify(const QString& password, const Hash& hash)
{
    if (hash.key.isEmpty())
        return false;
    const QByteArray key
        = ccri::crypto::Pbkdf2::sha256(password.toUtf8(), hash.salt, hash.iterations, int(hash.key.size()));
    return SecretCompare::equal(key, hash.key);
}

} // namespace ccri::sandbox
