#include "sandbox/auth/JwtSigner.h"

#include "app/crypto/CompactJws.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ccri::sandbox {

namespace {
using ccri::crypto::CompactJws;

QString tr(const char* text)
{
    return QCoreApplication::translate("JwtSigner", text);
}

ccri::crypto::SigningKey freshKey()
{
    QString error;
    auto key = ccri::crypto::SigningKey::generate(ccri::crypto::JwsAlgorithm::Id::RS256, &error);
    if (!key)
        qFatal("%s", qPrintable(error)); // OpenSSL cannot make an RSA key: nothing can be signed
    return *key;
}
} // namespace

JwtSigner::JwtSigner()
    : JwtSigner(freshKey())
{
}

JwtSigner::JwtSigner(ccri::crypto::SigningKey key)
    : m_key(std::move(key))
    , m_keys({m_key.verifyingKey()})
{
}

QByteArray JwtSigner::sign(const QJsonObject& claims) const
{
    const QByteArray json = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    const auto token
        = CompactJws::sign({{"typ", "JWT"}}, nlohmann::json::parse(json.constBegin(), json.constEnd()), m_key);
    return token.value_or(QByteArray());
}

std::optional<QJsonObject> JwtSigner::verify(const QByteArray& token, QString* error) const
{
    const CompactJws::Verification result = CompactJws::verify(token, m_keys);
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    switch (result.status) {
    case CompactJws::Status::Ok:
        break;
    case CompactJws::Status::Malformed:
        return fail(tr("The access token is malformed: %1").arg(result.message));
    case CompactJws::Status::UnsupportedAlgorithm:
        return fail(tr("The access token is not signed with this server's algorithm (RS256): %1").arg(result.message));
    case CompactJws::Status::UnknownKey:
        return fail(tr("The access token was signed with a key this server does not have (see its jwks_uri)."));
    case CompactJws::Status::BadSignature:
        return fail(tr("The access token's signature is not valid."));
    }
    const QByteArray claims = QByteArray::fromStdString(result.claims.dump());
    return QJsonDocument::fromJson(claims).object();
}

} // namespace ccri::sandbox
