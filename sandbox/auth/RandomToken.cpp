#include "sandbox/auth/RandomToken.h"

#include "app/core/Base64Url.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace ccri::sandbox {

QString RandomToken::generate(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(Base64Url::encode(raw));
}

QByteArray RandomToken::digest(const QString& secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace ccri::sandbox
