#include "sandbox/auth/RandomToken.h"

#include "app/core/Base64Url.h"

#include <QRandomGenerator>

namespace ccri::sandbox {

QString RandomToken::generate(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(Base64Url::encode(raw));
}

} // namespace ccri::sandbox
