#include "sandbox/fhir/SmartConfigurationBuilder.h"

namespace ccri::sandbox {

SmartConfigurationBuilder::SmartConfigurationBuilder(const SandboxUrls& urls, const QStringList& resourceTypes)
    : m_urls(urls)
    , m_resourceTypes(resourceTypes)
{
}

nlohmann::json SmartConfigurationBuilder::build() const
{
    const auto auth
        = [this](const char* path) { return m_urls.auth(QString::fromLatin1(path)).toString().toStdString(); };
    nlohmann::json scopes = {"openid",         "fhirUser",      "profile",        "launch",     "launch/patient",
                             "offline_access", "online_access", "patient/*.read", "user/*.read"};
    for (const QString& type : m_resourceTypes) {
        scopes.push_back("patient/" + type.toStdString() + ".read");
        scopes.push_back("user/" + type.toStdString() + ".read");
    }
    scopes.push_back("user/MedicationPrescription.read"); // what the CCRI policy asks for MedicationRequest
    return {{"issuer", m_urls.issuer().toStdString()},
            {"authorization_endpoint", auth("authorize")},
            {"token_endpoint", auth("token")},
            {"revocation_endpoint", auth("revoke")},
            {"introspection_endpoint", auth("introspect")},
            {"token_endpoint_auth_methods_supported", {"client_secret_basic", "none"}},
            {"grant_types_supported", {"authorization_code", "refresh_token", "client_credentials"}},
            {"response_types_supported", {"code"}},
            {"code_challenge_methods_supported", {"S256"}},
            {"scopes_supported", std::move(scopes)},
            // No "sso-openid-connect": SMART requires a jwks_uri with it, and the sandbox signs its
            // id_tokens with a key of its own (HS256) that no client can check. They are for display.
            {"capabilities",
             {"launch-standalone", "client-public", "client-confidential-symmetric", "context-standalone-patient",
              "permission-offline", "permission-patient", "permission-user", "permission-v1"}}};
}

} // namespace ccri::sandbox
