#include "app/crypto/Pbkdf2.h"

#include <openssl/evp.h>

namespace ccri::crypto {

QByteArray Pbkdf2::sha256(const QByteArray& password, const QByteArray& salt, int iterations, int keyBytes)
{
    if (iterations < 1 || keyBytes < 1)
        return {};
    QByteArray key(keyBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                                     iterations, EVP_sha256(), keyBytes, reinterpret_cast<unsigned char*>(key.data()));
    return ok == 1 ? key : QByteArray();
}

} // namespace ccri::crypto
