#include "sandbox/auth/JwtSigner.h"

#include "app/core/Base64Url.h"
#include "app/core/SecretCompare.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ccri::sandbox {

namespace {
QByteArray hmac(const QByteArray& key, const QByteArray& data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

std::optional<QJsonObject> decodeObject(const QByteArray& part)
{
    const auto bytes = Base64Url::decode(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}
} // namespace

JwtSigner::JwtSigner()
    : m_key(32, Qt::Uninitialized)
{
    for (auto& byte : m_key)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
}

JwtSigner::JwtSigner(const QByteArray& key)
    : m_key(key)
{
}

QByteArray JwtSigner::sign(const QJsonObject& claims) const
{
    const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("HS256")},
                              {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + Base64Url::encode(hmac(m_key, input));
}

std::optional<QJsonObject> JwtSigner::verify(const QByteArray& token, QString* error) const
{
    auto fail = [error](const char* message) {
        if (error)
            *error = QCoreApplication::translate("JwtSigner", message);
        return std::nullopt;
    };
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return fail("The access token is not a signed JWT.");
    const auto header = decodeObject(parts.at(0));
    const auto claims = decodeObject(parts.at(1));
    const auto signature = Base64Url::decode(parts.at(2));
    if (!header || !claims || !signature)
        return fail("The access token is malformed.");
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return fail("The access token is not signed with this server's algorithm.");
    if (!SecretCompare::equal(hmac(m_key, parts.at(0) + '.' + parts.at(1)), *signature))
        return fail("The access token's signature is not valid.");
    return claims;
}

} // namespace ccri::sandbox
