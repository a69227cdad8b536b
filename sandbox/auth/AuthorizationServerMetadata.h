#pragma once

#include "sandbox/server/SandboxUrls.h"

#include <nlohmann/json.hpp>
#include <QStringList>

namespace ccri::sandbox {

// What the sandbox's authorization server says about itself, at the issuer <origin>/auth:
//   GET /auth/.well-known/openid-configuration        OpenID Connect Discovery 1.0 §4
//   GET /.well-known/oauth-authorization-server/auth   RFC 8414 §3 (the issuer's path after the suffix)
// Both carry document() (RFC 8414 §3.2: its members are OIDC Discovery's), and the FHIR base's
// .well-known/smart-configuration (SMART App Launch 2.2 §"Metadata") is that document plus SMART
// capabilities, so the three never disagree. `resourceTypes` name the scopes_supported.
class AuthorizationServerMetadata
{
public:
    static nlohmann::json document(const SandboxUrls& urls, const QStringList& resourceTypes);
    static nlohmann::json smartConfiguration(const SandboxUrls& urls, const QStringList& resourceTypes);

    static QString openIdConfigurationPath() { return QStringLiteral(".well-known/openid-configuration"); }
    // RFC 8414 §3.1: "/.well-known/oauth-authorization-server" inserted before the issuer's path.
    static QString rfc8414Path()
    {
        return QStringLiteral("/.well-known/oauth-authorization-server") + SandboxUrls::authPathPrefix();
    }
};

} // namespace ccri::sandbox
