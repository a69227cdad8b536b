// Fuzz target: an access or id token as the token inspector decodes it (display only). Inputs are
// the token text; half the time they are also cut into three base64url parts of JSON, so the
// fuzzer reaches the claims with little effort.
#include "JwtDecoder.h"

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
        ccri::fhir::JwtDecoder::Decoded decoded;
        QString error;
        if (ccri::fhir::JwtDecoder::decode(token, &decoded, &error)) {
            (void)ccri::fhir::JwtDecoder::expiry(decoded.claims);
        } else if (error.isEmpty()) {
            qFatal("a token that does not decode must say why");
        }
    }
    return 0;
}
