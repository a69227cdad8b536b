#include "sandbox/auth/TokenDigest.h"

#include <QCryptographicHash>

namespace ccri::sandbox {

QByteArray TokenDigest::of(const QString& secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace ccri::sandbox
