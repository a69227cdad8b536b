#pragma once

#include "app/crypto/JwkSet.h"
#include "app/crypto/SigningKey.h"

#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ccri::sandbox {

// Signs the sandbox's access tokens and id_tokens with RS256 (RSASSA-PKCS1-v1_5 SHA-256, RFC 7518 §3.3)
// and checks them against its own public key set, the one GET /auth/jwks publishes. The header names
// the key (`kid`, its RFC 7638 thumbprint) and `typ` "JWT". Only RS256 signed by this key verifies:
// `none`, HS256 (the sandbox's old tokens) and any other key are refused (RFC 8725 §3.1).
class JwtSigner
{
public:
    JwtSigner(); // a fresh RSA 2048 key, for this process only
    explicit JwtSigner(ccri::crypto::SigningKey key);

    QByteArray sign(const QJsonObject& claims) const;
    // The claims when the token is well formed and signed by this key; else nullopt and a sentence.
    std::optional<QJsonObject> verify(const QByteArray& token, QString* error) const;

    const ccri::crypto::SigningKey& key() const { return m_key; }
    const ccri::crypto::JwkSet& keySet() const { return m_keys; } // public keys only

private:
    ccri::crypto::SigningKey m_key;
    ccri::crypto::JwkSet m_keys;
};

} // namespace ccri::sandbox
