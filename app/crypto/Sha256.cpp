#include "app/crypto/Sha256.h"

#include "app/crypto/OpenSslKey.h"

namespace ccri::crypto {

QByteArray Sha256::digest(const QByteArray& data)
{
    return OpenSslKey::sha256(data);
}

} // namespace ccri::crypto
