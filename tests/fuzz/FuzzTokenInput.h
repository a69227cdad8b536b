#pragma once

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QList>
#include <QString>

// The token texts a JWT fuzz target tries for one input: the input itself and, when it has
// newlines, its lines as base64url parts joined by dots, so the fuzzer reaches the claims' JSON
// with little effort. Shared by the jwt_decoder and id_token targets.
class FuzzTokenInput
{
public:
    static QList<QString> tokens(const uint8_t* data, size_t size)
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
        return tokens;
    }
};
