#pragma once

#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ccri::sandbox {

// Signs and checks compact JWS tokens with HS256 (HMAC-SHA256) and a key made at start, which
// never leaves the process. Only "alg":"HS256" is accepted ("none" and everything else refused).
class JwtSigner
{
public:
    JwtSigner(); // a random 256-bit key
    explicit JwtSigner(const QByteArray& key);

    QByteArray sign(const QJsonObject& claims) const;
    // The claims when the token is well formed and its signature is right; else nullopt and a sentence.
    std::optional<QJsonObject> verify(const QByteArray& token, QString* error) const;

private:
    QByteArray m_key;
};

} // namespace ccri::sandbox
