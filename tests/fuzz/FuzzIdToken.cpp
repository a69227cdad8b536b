// Fuzz target: an OpenID Connect id_token as the session reads who signed in. As for
// jwt_decoder, newline-separated inputs are also turned into three base64url parts.
#include "IdToken.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<QString> tokens {QString::fromUtf8(bytes)};
    const QList<QByteArray> parts = bytes.split('\n');
    if (parts.size() >= 2) {
        QByteArray token;
        for (const QByteArray& part : parts) {
            if (!token.isEmpty())
                token += '.';
            token += part.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        }
        tokens.append(QString::fromLatin1(token));
    }
    for (const QString& token : tokens) {
        const ccri::auth::IdToken idToken = ccri::auth::IdToken::decode(token);
        (void)idToken.displayName();
        (void)idToken.isEmpty();
    }
    return 0;
}
