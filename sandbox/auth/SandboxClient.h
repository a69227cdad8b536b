#pragma once

#include "app/crypto/JwkSet.h"

#include <optional>
#include <QString>
#include <QStringList>

namespace ccri::sandbox {

// One OAuth2 client registered with the sandbox.
struct SandboxClient
{
    QString clientId;
    QString name;
    QString secret; // empty: a public client (PKCE required)
    QStringList redirectUris;
    QStringList grantTypes; // authorization_code, refresh_token, client_credentials
    QString scope; // the most this client may be granted (space-separated)
    // A resource server's credential (clients file "resource_server": true, confidential only): may
    // introspect any token. Other confidential clients introspect only their own (RFC 7662 §2.1, §4).
    bool resourceServer = false;
    // token_endpoint_auth_method "private_key_jwt" (RFC 7523 §2.2, SMART App Launch 2.2 "Client
    // Authentication: Asymmetric"): no secret; the client signs a JWT with a key of `jwks` or of the
    // JWK Set at `jwksUri` (exactly one of the two).
    bool privateKeyJwt = false;
    std::optional<ccri::crypto::JwkSet> jwks = std::nullopt;
    QString jwksUri = QString();
    bool registered = false; // made by POST /auth/register (RFC 7591), kept in memory only

    bool isPublic() const { return !privateKeyJwt && secret.isEmpty(); }
    QString authMethod() const; // "client_secret_basic", "none" or "private_key_jwt"
    bool allowsGrant(const QString& grantType) const { return grantTypes.contains(grantType); }
    // Exact match against a registered URI; a registered loopback URI (http://127.0.0.1/... or
    // http://[::1]/...) also matches the same URI on any port (RFC 8252 §7.3).
    bool acceptsRedirect(const QString& redirectUri) const;
};

} // namespace ccri::sandbox
