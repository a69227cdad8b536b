#pragma once

#include <optional>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ccri::auth {

// Where a FHIR server's OAuth2 endpoints are, from `.well-known/smart-configuration` (SMART v2)
// or from the CapabilityStatement's `oauth-uris` extension (SMART v1, what CCRI used).
// Relative URLs are resolved against the FHIR base.
class SmartConfiguration
{
public:
    enum class Source
    {
        None,
        WellKnown,
        CapabilityStatement
    };

    SmartConfiguration() = default;

    Source source = Source::None;
    QUrl fhirBase;
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint; // empty: sign-out can only forget the tokens locally
    QUrl introspectionEndpoint;
    QUrl registrationEndpoint;
    QUrl managementEndpoint;
    QUrl jwksUri; // empty: the server publishes no keys, so an id_token's signature cannot be checked
    QStringList capabilities;
    QStringList codeChallengeMethods; // empty: the server did not say
    QStringList grantTypes;
    QStringList scopesSupported;
    QStringList tokenEndpointAuthMethods; // token_endpoint_auth_methods_supported, e.g. private_key_jwt
    QStringList tokenEndpointSigningAlgorithms; // token_endpoint_auth_signing_alg_values_supported
    QString fhirVersion; // from the CapabilityStatement, e.g. "3.0.1"
    // The CapabilityStatement itself, as discovery read it from `fhirBase`/metadata (JSON, shared, not
    // copied); empty when none was read. The capability view shows it instead of asking again.
    QByteArray capabilityStatement;
    // RFC 9207 §3: authorization_response_iss_parameter_supported; then every authorization
    // response must carry `iss`, equal to `issuer`.
    bool issParameterSupported = false;

    bool isStu3() const { return fhirVersion.startsWith(QLatin1String("3.")); }
    bool isR4() const { return fhirVersion.startsWith(QLatin1String("4.")); }
    QString fhirReleaseName() const; // "STU3", "R4", ... or the raw version
    bool advertisesS256() const { return codeChallengeMethods.contains(QLatin1String("S256")); }
    // SMART App Launch 2.2 §2.1.4 capability client-confidential-asymmetric, or private_key_jwt listed.
    bool advertisesSignedJwt() const
    {
        return capabilities.contains(QLatin1String("client-confidential-asymmetric"))
            || tokenEndpointAuthMethods.contains(QLatin1String("private_key_jwt"));
    }

    // Fills the endpoints this one lacks from `other` (the two discovery documents together).
    void complementWith(const SmartConfiguration& other);

    static std::optional<SmartConfiguration> fromSmartConfiguration(const QByteArray& json, const QUrl& fhirBase,
                                                                    QString* error = nullptr);
    // Endpoints from rest[].security.extension oauth-uris, plus fhirVersion. A CapabilityStatement
    // without the extension gives a configuration without endpoints (and *error says so).
    static std::optional<SmartConfiguration> fromCapabilityStatement(const QByteArray& json, const QUrl& fhirBase,
                                                                     QString* error = nullptr);
    static QString oauthUrisExtension()
    {
        return QStringLiteral("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
    }
};

} // namespace ccri::auth
