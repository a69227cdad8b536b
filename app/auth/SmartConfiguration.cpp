#include "app/auth/SmartConfiguration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ccri::auth {

namespace {

QUrl resolve(const QUrl& fhirBase, const QString& value)
{
    if (value.isEmpty())
        return QUrl();
    const QUrl url(value);
    if (!url.isRelative())
        return url;
    QUrl base = fhirBase;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    return base.resolved(url);
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString())
            result << item.toString();
    }
    return result;
}

QString describeJsonError(const QJsonParseError& parseError, const QByteArray& body)
{
    const QByteArray start = body.trimmed().left(64).toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<"))
        return QCoreApplication::translate("SmartConfiguration", "an HTML or XML page instead of JSON");
    if (body.trimmed().isEmpty())
        return QCoreApplication::translate("SmartConfiguration", "an empty answer");
    return QCoreApplication::translate("SmartConfiguration", "text that is not valid JSON (%1 at offset %2)")
        .arg(parseError.errorString())
        .arg(parseError.offset);
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

std::optional<QJsonObject> parseObject(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        setError(error,
                 document.isNull() ? describeJsonError(parseError, json)
                                   : QCoreApplication::translate("SmartConfiguration", "JSON that is not an object"));
        return std::nullopt;
    }
    return document.object();
}

} // namespace

QString SmartConfiguration::fhirReleaseName() const
{
    if (isStu3())
        return QStringLiteral("STU3");
    if (isR4())
        return QStringLiteral("R4");
    if (fhirVersion.startsWith(QLatin1String("4.3")))
        return QStringLiteral("R4B");
    if (fhirVersion.startsWith(QLatin1String("5.")))
        return QStringLiteral("R5");
    return fhirVersion;
}

void SmartConfiguration::complementWith(const SmartConfiguration& other)
{
    auto fill = [](QUrl& mine, const QUrl& theirs) {
        if (mine.isEmpty())
            mine = theirs;
    };
    fill(authorizationEndpoint, other.authorizationEndpoint);
    fill(tokenEndpoint, other.tokenEndpoint);
    fill(revocationEndpoint, other.revocationEndpoint);
    fill(introspectionEndpoint, other.introspectionEndpoint);
    fill(registrationEndpoint, other.registrationEndpoint);
    fill(managementEndpoint, other.managementEndpoint);
    fill(jwksUri, other.jwksUri);
    if (fhirVersion.isEmpty())
        fhirVersion = other.fhirVersion;
    if (capabilityStatement.isEmpty())
        capabilityStatement = other.capabilityStatement;
}

std::optional<SmartConfiguration> SmartConfiguration::fromSmartConfiguration(const QByteArray& json,
                                                                             const QUrl& fhirBase, QString* error)
{
    const auto parsed = parseObject(json, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject& object = *parsed;
    SmartConfiguration config;
    config.source = Source::WellKnown;
    config.fhirBase = fhirBase;
    config.issuer = resolve(fhirBase, object.value(QLatin1String("issuer")).toString());
    config.authorizationEndpoint = resolve(fhirBase, object.value(QLatin1String("authorization_endpoint")).toString());
    config.tokenEndpoint = resolve(fhirBase, object.value(QLatin1String("token_endpoint")).toString());
    config.revocationEndpoint = resolve(fhirBase, object.value(QLatin1String("revocation_endpoint")).toString());
    config.introspectionEndpoint = resolve(fhirBase, object.value(QLatin1String("introspection_endpoint")).toString());
    config.registrationEndpoint = resolve(fhirBase, object.value(QLatin1String("registration_endpoint")).toString());
    config.managementEndpoint = resolve(fhirBase, object.value(QLatin1String("management_endpoint")).toString());
    // SMART App Launch 2.2 §2.1.4 / OIDC Discovery §3: where the server's signing keys are.
    config.jwksUri = resolve(fhirBase, object.value(QLatin1String("jwks_uri")).toString());
    config.capabilities = strings(object.value(QLatin1String("capabilities")));
    config.codeChallengeMethods = strings(object.value(QLatin1String("code_challenge_methods_supported")));
    config.grantTypes = strings(object.value(QLatin1String("grant_types_supported")));
    config.scopesSupported = strings(object.value(QLatin1String("scopes_supported")));
    config.tokenEndpointAuthMethods = strings(object.value(QLatin1String("token_endpoint_auth_methods_supported")));
    config.tokenEndpointSigningAlgorithms
        = strings(object.value(QLatin1String("token_endpoint_auth_signing_alg_values_supported")));
    config.issParameterSupported
        = object.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false);
    if (config.tokenEndpoint.isEmpty()) {
        setError(error,
                 QCoreApplication::translate("SmartConfiguration", "a SMART configuration without a token_endpoint"));
        return std::nullopt;
    }
    return config;
}

std::optional<SmartConfiguration> SmartConfiguration::fromCapabilityStatement(const QByteArray& json,
                                                                              const QUrl& fhirBase, QString* error)
{
    const auto parsed = parseObject(json, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject& object = *parsed;
    if (object.value(QLatin1String("resourceType")).toString() != QLatin1String("CapabilityStatement")
        && object.value(QLatin1String("resourceType")).toString() != QLatin1String("Conformance")) {
        setError(error, QCoreApplication::translate("SmartConfiguration", "JSON that is not a CapabilityStatement"));
        return std::nullopt;
    }
    SmartConfiguration config;
    config.source = Source::CapabilityStatement;
    config.fhirBase = fhirBase;
    config.capabilityStatement = json;
    config.fhirVersion = object.value(QLatin1String("fhirVersion")).toString();
    for (const QJsonValue& rest : object.value(QLatin1String("rest")).toArray()) {
        const QJsonObject security = rest.toObject().value(QLatin1String("security")).toObject();
        for (const QJsonValue& extension : security.value(QLatin1String("extension")).toArray()) {
            const QJsonObject ext = extension.toObject();
            if (ext.value(QLatin1String("url")).toString() != oauthUrisExtension())
                continue;
            for (const QJsonValue& sub : ext.value(QLatin1String("extension")).toArray()) {
                const QJsonObject item = sub.toObject();
                const QString name = item.value(QLatin1String("url")).toString();
                const QUrl value = resolve(fhirBase, item.value(QLatin1String("valueUri")).toString());
                if (name == QLatin1String("authorize"))
                    config.authorizationEndpoint = value;
                else if (name == QLatin1String("token"))
                    config.tokenEndpoint = value;
                else if (name == QLatin1String("revoke"))
                    config.revocationEndpoint = value;
                else if (name == QLatin1String("introspect"))
                    config.introspectionEndpoint = value;
                else if (name == QLatin1String("register"))
                    config.registrationEndpoint = value;
                else if (name == QLatin1String("manage"))
                    config.managementEndpoint = value;
            }
        }
    }
    if (config.tokenEndpoint.isEmpty())
        setError(error,
                 QCoreApplication::translate("SmartConfiguration",
                                             "a CapabilityStatement without the SMART oauth-uris extension"));
    return config;
}

} // namespace ccri::auth
