#pragma once

#include <nlohmann/json.hpp>
#include <QString>

namespace ccri::sandbox {

struct SandboxClient;

// The key-related client metadata of RFC 7591 §2, shared by the --clients file and dynamic
// registration: token_endpoint_auth_method, jwks, jwks_uri. For "private_key_jwt" exactly one of
// `jwks` (a JWK Set with at least one usable public key) or `jwks_uri` (an absolute http or https
// URL) must be given (RFC 7591 §2: "MUST NOT both be present").
class ClientKeyMetadata
{
public:
    enum class Outcome
    {
        NotKeyBased, // another method (or none given): nothing set
        Ok, // client->privateKeyJwt with jwks or jwksUri
        Invalid // *error says why, in words
    };
    static Outcome read(const nlohmann::json& object, SandboxClient* client, QString* error);
};

} // namespace ccri::sandbox
