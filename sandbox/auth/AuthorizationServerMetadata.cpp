#include "sandbox/auth/AuthorizationServerMetadata.h"

namespace ccri::sandbox {

namespace {
nlohmann::json scopesSupported(const QStringList& resourceTypes)
{
    nlohmann::json scopes = {"openid",         "fhirUser",      "profile",        "launch",     "launch/patient",
                             "offline_access", "online_access", "patient/*.read", "user/*.read"};
    for (const QString& type : resourceTypes) {
        scopes.push_back("patient/" + type.toStdString() + ".read");
        scopes.push_back("user/" + type.toStdString() + ".read");
    }
    for (const QString& type : resourceTypes)
        scopes.push_back("system/" + type.toStdString() + ".read"); // SMART Backend Services
    scopes.push_back("user/MedicationPrescription.read"); // what the CCRI policy asks for MedicationRequest
    return scopes;
}
} // namespace

nlohmann::json AuthorizationServerMetadata::document(const SandboxUrls& urls, const QStringList& resourceTypes)
{
    const auto auth = [&urls](const QString& path) { return urls.auth(path).toString().toStdString(); };
    // OIDC Discovery §3 / RFC 8414 §2. The issuer is exactly the id_token's and access token's `iss`.
    nlohmann::json metadata
        = {{"issuer", urls.issuer().toStdString()},
           {"authorization_endpoint", auth(QStringLiteral("authorize"))},
           {"token_endpoint", auth(QStringLiteral("token"))},
           {"jwks_uri", auth(QStringLiteral("jwks"))},
           {"revocation_endpoint", auth(QStringLiteral("revoke"))},
           {"introspection_endpoint", auth(QStringLiteral("introspect"))},
           {"scopes_supported", scopesSupported(resourceTypes)},
           {"response_types_supported", {"code"}},
           {"response_modes_supported", {"query"}},
           {"grant_types_supported", {"authorization_code", "refresh_token", "client_credentials"}},
           {"subject_types_supported", {"public"}},
           {"id_token_signing_alg_values_supported", {"RS256"}},
           // RFC 7523 §2.2 / SMART 2.2 "Client Authentication: Asymmetric": signed-JWT client authentication.
           {"token_endpoint_auth_methods_supported", {"client_secret_basic", "none", "private_key_jwt"}},
           {"token_endpoint_auth_signing_alg_values_supported", {"RS256", "RS384", "ES384", "RS512"}},
           // RFC 8414 §2: revocation and introspection authenticate clients as the token endpoint does.
           {"revocation_endpoint_auth_methods_supported", {"client_secret_basic", "none", "private_key_jwt"}},
           {"revocation_endpoint_auth_signing_alg_values_supported", {"RS256", "RS384", "ES384", "RS512"}},
           // RFC 7662 §2.1: introspection needs a confidential client's credentials.
           {"introspection_endpoint_auth_methods_supported", {"client_secret_basic", "private_key_jwt"}},
           {"introspection_endpoint_auth_signing_alg_values_supported", {"RS256", "RS384", "ES384", "RS512"}},
           {"code_challenge_methods_supported", {"S256"}},
           // RFC 9207 §3: every authorization response carries `iss`.
           {"authorization_response_iss_parameter_supported", true},
           {"claims_supported",
            {"iss", "sub", "aud", "azp", "exp", "iat", "auth_time", "nonce", "name", "given_name", "family_name",
             "fhirUser"}},
           {"prompt_values_supported", {"none", "login", "consent"}},
           // OIDC Discovery §3 defaults request_uri_parameter_supported to true: say it is not.
           {"request_parameter_supported", false},
           {"request_uri_parameter_supported", false},
           {"claims_parameter_supported", false}};
    // RFC 8414 §2 / RFC 7591 §3: only when dynamic registration is open.
    if (!urls.registrationEndpoint().isEmpty())
        metadata["registration_endpoint"] = urls.registrationEndpoint().toString().toStdString();
    return metadata;
}

nlohmann::json AuthorizationServerMetadata::smartConfiguration(const SandboxUrls& urls,
                                                               const QStringList& resourceTypes)
{
    nlohmann::json configuration = document(urls, resourceTypes);
    // "sso-openid-connect" needs id_tokens a client can check: RS256, keys at jwks_uri (SMART 2.2
    // §"Scopes for requesting identity data"; OIDC Core §10.1: never a shared secret for public clients).
    configuration["capabilities"] = {"launch-standalone",
                                     "client-public",
                                     "client-confidential-symmetric",
                                     "client-confidential-asymmetric",
                                     "context-standalone-patient",
                                     "sso-openid-connect",
                                     "permission-offline",
                                     "permission-patient",
                                     "permission-user",
                                     "permission-v1"};
    return configuration;
}

} // namespace ccri::sandbox
