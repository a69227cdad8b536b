#include "app/probe/SmartConfigurationCheck.h"

#include "app/auth/Discovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

namespace ccri::probe {

namespace {
const QString kSmartMetadata = QStringLiteral("SMART App Launch 2.2 §Conformance (Metadata)");

QStringList stringsOf(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result << item.toString();
    return result;
}
} // namespace

QString SmartConfigurationCheck::title() const
{
    return tr("SMART configuration");
}

void SmartConfigurationCheck::start()
{
    const QUrl url = auth::Discovery::wellKnownUrl(m_context.fhirBase);
    get(url, [this, url](QNetworkReply* reply, const QByteArray& body, int status) {
        judgeTransport(reply, status);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (status != 200 || !document.isObject()) {
            report(QStringLiteral("smart-configuration"), ProbeFinding::Severity::Fail,
                   tr("The FHIR server publishes its SMART configuration as JSON at "
                      ".well-known/smart-configuration."),
                   kSmartMetadata,
                   status == 200 ? tr("%1 answered HTTP 200, but not with a JSON object.").arg(url.toString())
                                 : tr("%1 gave %2.").arg(url.toString(), describe(reply, body)),
                   tr("Serve the SMART configuration (application/json) at %1.").arg(url.toString()));
            done();
            return;
        }
        m_context.smartConfigurationFound = true;
        m_context.smartConfigurationJson = document.object();
        if (const auto parsed = auth::SmartConfiguration::fromSmartConfiguration(body, m_context.fhirBase))
            m_context.configuration = *parsed;
        pass(QStringLiteral("smart-configuration"),
             tr("The FHIR server publishes its SMART configuration as JSON at .well-known/smart-configuration."),
             kSmartMetadata, tr("%1 answered with a JSON object.").arg(url.toString()));
        judgeDocument(m_context.smartConfigurationJson);
        judgeEndpointSchemes();
        done();
    });
}

void SmartConfigurationCheck::judgeTransport(QNetworkReply* reply, int status)
{
    const QUrl url = m_context.fhirBase;
    const QString rule = tr("The server is reached over TLS with a certificate valid for its host (or trusted through "
                            "the profile's CA file); plain HTTP only on this computer's loopback.");
    const QString source = QStringLiteral("RFC 6749 §3.1, §10.9; SMART App Launch 2.2 §App Protection");
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        report(QStringLiteral("tls"), ProbeFinding::Severity::Fail, rule, source, describe(reply, QByteArray()),
               tr("Give %1 a certificate for this host name from a trusted CA, or add the private CA's PEM file to "
                  "the profile.")
                   .arg(url.host()));
        return;
    }
    if (url.scheme() == QLatin1String("https")) {
        if (status > 0)
            pass(QStringLiteral("tls"), rule, source,
                 tr("The TLS handshake with %1 succeeded and the certificate was accepted.").arg(url.host()));
        return;
    }
    if (isLoopback(url))
        pass(
            QStringLiteral("tls"), rule, source,
            tr("Plain HTTP to %1, a loopback address: acceptable for a server on this computer only.").arg(url.host()));
    else
        report(QStringLiteral("tls"), ProbeFinding::Severity::Fail, rule, source,
               tr("The FHIR base %1 uses plain HTTP to another computer: tokens would cross the network in clear.")
                   .arg(url.toString()),
               tr("Serve the FHIR API and the authorization server over https."));
}

void SmartConfigurationCheck::judgeDocument(const QJsonObject& document)
{
    const QStringList capabilities = stringsOf(document.value(QLatin1String("capabilities")));
    // SMART 2.2 §Conformance: token_endpoint, capabilities, grant_types_supported and
    // code_challenge_methods_supported are REQUIRED; authorization_endpoint with a launch capability;
    // issuer and jwks_uri with sso-openid-connect.
    QStringList required
        = {QStringLiteral("token_endpoint"), QStringLiteral("capabilities"), QStringLiteral("grant_types_supported"),
           QStringLiteral("code_challenge_methods_supported")};
    if (capabilities.contains(QLatin1String("launch-standalone")) || capabilities.contains(QLatin1String("launch-ehr"))
        || !document.contains(QLatin1String("capabilities")))
        required << QStringLiteral("authorization_endpoint");
    if (capabilities.contains(QLatin1String("sso-openid-connect")))
        required << QStringLiteral("issuer") << QStringLiteral("jwks_uri");
    QStringList missing;
    for (const QString& field : required) {
        const QJsonValue value = document.value(field);
        if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
            || (value.isArray() && field == QLatin1String("capabilities") && value.toArray().isEmpty()))
            missing << field;
    }
    const QString fieldsRule = tr("The SMART configuration has every field SMART App Launch 2.2 requires.");
    if (missing.isEmpty())
        pass(QStringLiteral("smart-required-fields"), fieldsRule, kSmartMetadata,
             tr("Present: %1.").arg(required.join(QStringLiteral(", "))));
    else
        report(QStringLiteral("smart-required-fields"), ProbeFinding::Severity::Fail, fieldsRule, kSmartMetadata,
               tr("Missing: %1.").arg(missing.join(QStringLiteral(", "))),
               tr("Add %1 to the smart-configuration.").arg(missing.join(QStringLiteral(", "))));

    const QStringList methods = stringsOf(document.value(QLatin1String("code_challenge_methods_supported")));
    const QString methodsSeen = methods.isEmpty()
        ? tr("code_challenge_methods_supported is absent or empty.")
        : tr("code_challenge_methods_supported: %1.").arg(methods.join(QStringLiteral(", ")));
    const QString pkceSource = kSmartMetadata + QStringLiteral("; RFC 7636 §4.2");
    const QString s256Rule = tr("PKCE: S256 is advertised in code_challenge_methods_supported.");
    if (methods.contains(QLatin1String("S256")))
        pass(QStringLiteral("pkce-s256-advertised"), s256Rule, pkceSource, methodsSeen);
    else
        report(QStringLiteral("pkce-s256-advertised"), ProbeFinding::Severity::Fail, s256Rule, pkceSource, methodsSeen,
               tr("Support PKCE with S256 and list it in code_challenge_methods_supported."));
    const QString plainRule = tr("PKCE: the method plain is not advertised (it protects nothing if the request is "
                                 "seen).");
    if (methods.contains(QLatin1String("plain")))
        report(QStringLiteral("pkce-plain-not-advertised"), ProbeFinding::Severity::Fail, plainRule, pkceSource,
               methodsSeen, tr("Remove plain from code_challenge_methods_supported and refuse it."));
    else
        pass(QStringLiteral("pkce-plain-not-advertised"), plainRule, pkceSource, methodsSeen);

    const QStringList grants = stringsOf(document.value(QLatin1String("grant_types_supported")));
    const QString grantRule = tr("grant_types_supported lists authorization_code for a server apps sign in to.");
    if (grants.contains(QLatin1String("authorization_code")))
        pass(QStringLiteral("grant-types"), grantRule, kSmartMetadata,
             tr("grant_types_supported: %1.").arg(grants.join(QStringLiteral(", "))));
    else
        report(QStringLiteral("grant-types"), ProbeFinding::Severity::Warning, grantRule, kSmartMetadata,
               grants.isEmpty() ? tr("grant_types_supported is absent or empty.")
                                : tr("grant_types_supported: %1.").arg(grants.join(QStringLiteral(", "))),
               tr("List authorization_code (and refresh_token, client_credentials where supported)."));

    const QString issRule = tr("Authorization responses name their issuer (iss), and the metadata says so with "
                               "authorization_response_iss_parameter_supported.");
    const QString issSource = QStringLiteral("RFC 9207 §2, §3");
    if (document.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false))
        pass(QStringLiteral("iss-parameter-advertised"), issRule, issSource,
             tr("authorization_response_iss_parameter_supported: true."));
    else
        report(QStringLiteral("iss-parameter-advertised"), ProbeFinding::Severity::Warning, issRule, issSource,
               tr("authorization_response_iss_parameter_supported is absent or false: a client cannot tell which "
                  "server an authorization response came from (mix-up attacks)."),
               tr("Send iss in every authorization response and advertise "
                  "authorization_response_iss_parameter_supported: true."));
}

void SmartConfigurationCheck::judgeEndpointSchemes()
{
    QStringList clear;
    for (const QString& field :
         {QStringLiteral("issuer"), QStringLiteral("authorization_endpoint"), QStringLiteral("token_endpoint"),
          QStringLiteral("jwks_uri"), QStringLiteral("revocation_endpoint"), QStringLiteral("introspection_endpoint"),
          QStringLiteral("registration_endpoint"), QStringLiteral("management_endpoint")}) {
        const QString value = m_context.smartConfigurationJson.value(field).toString();
        if (value.isEmpty())
            continue;
        const QUrl url = m_context.fhirBase.resolved(QUrl(value));
        if (url.scheme() != QLatin1String("https") && !isLoopback(url))
            clear << QStringLiteral("%1 (%2)").arg(field, value);
    }
    const QString rule = tr("Every endpoint in the SMART configuration uses https (plain HTTP on loopback only).");
    const QString source = QStringLiteral("RFC 6749 §3.1, §3.2; RFC 8414 §2");
    if (clear.isEmpty())
        pass(QStringLiteral("endpoints-tls"), rule, source, tr("No endpoint leaves this computer over plain HTTP."));
    else
        report(QStringLiteral("endpoints-tls"), ProbeFinding::Severity::Fail, rule, source,
               tr("Plain HTTP to another computer: %1.").arg(clear.join(QStringLiteral(", "))),
               tr("Publish https URLs for these endpoints."));
}

} // namespace ccri::probe
