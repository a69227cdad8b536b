#include "app/probe/CapabilityStatementCheck.h"

#include "app/auth/Discovery.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace ccri::probe {

namespace {
const QString kOauthUris = QStringLiteral("SMART App Launch 1.0 §Conformance (oauth-uris); SMART 2.2 §Conformance");

// The release a base URL names in its last segment (".../STU3", ".../R4"), or empty.
QString releaseInPath(const QUrl& base)
{
    const QString last = base.path().section(QLatin1Char('/'), -1).toUpper();
    for (const QString& release : {QStringLiteral("DSTU2"), QStringLiteral("STU3"), QStringLiteral("R4B"),
                                   QStringLiteral("R4"), QStringLiteral("R5")}) {
        if (last == release)
            return release;
    }
    return QString();
}

// FHIR's published versions: DSTU2 1.0.x, STU3 3.0.x, R4 4.0.x, R4B 4.3.x, R5 5.0.x.
QString releaseOf(const QString& version)
{
    if (version.startsWith(QLatin1String("1.0.")))
        return QStringLiteral("DSTU2");
    if (version.startsWith(QLatin1String("3.0.")))
        return QStringLiteral("STU3");
    if (version.startsWith(QLatin1String("4.0.")))
        return QStringLiteral("R4");
    if (version.startsWith(QLatin1String("4.3.")))
        return QStringLiteral("R4B");
    if (version.startsWith(QLatin1String("5.0.")))
        return QStringLiteral("R5");
    return QString();
}
} // namespace

QString CapabilityStatementCheck::title() const
{
    return tr("CapabilityStatement");
}

void CapabilityStatementCheck::start()
{
    const QUrl url = auth::Discovery::metadataUrl(m_context.fhirBase);
    get(url, [this, url](QNetworkReply* reply, const QByteArray& body, int status) {
        const QString rule = tr("The FHIR server answers GET metadata with its CapabilityStatement, without a token.");
        const QString source = QStringLiteral("FHIR RESTful API §capabilities");
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString type = object.value(QLatin1String("resourceType")).toString();
        if (status != 200 || (type != QLatin1String("CapabilityStatement") && type != QLatin1String("Conformance"))) {
            report(QStringLiteral("capability-statement"), ProbeFinding::Severity::Fail, rule, source,
                   status == 200 ? tr("%1 answered HTTP 200, but not with a CapabilityStatement.").arg(url.toString())
                                 : tr("%1 gave %2.").arg(url.toString(), describe(reply, body)),
                   tr("Check that the FHIR base URL is right and that the FHIR server is running; it must answer "
                      "metadata without a token."));
            done();
            return;
        }
        m_context.capabilityStatementFound = true;
        m_context.capabilityStatementJson = object;
        pass(QStringLiteral("capability-statement"), rule, source,
             tr("%1 answered with a %2.").arg(url.toString(), type));
        judge(body);
        done();
    });
}

void CapabilityStatementCheck::judge(const QByteArray& body)
{
    const auto capability = auth::SmartConfiguration::fromCapabilityStatement(body, m_context.fhirBase);
    judgeFhirVersion(capability ? capability->fhirVersion : QString());
    if (!capability)
        return;
    const QString rule = tr("The CapabilityStatement carries the SMART oauth-uris extension (what SMART 1.0 "
                            "clients, such as those written for CCRI, look for).");
    if (!capability->tokenEndpoint.isEmpty()) {
        pass(QStringLiteral("oauth-uris"), rule, kOauthUris,
             tr("oauth-uris gives token %1 and authorize %2.")
                 .arg(capability->tokenEndpoint.toString(), capability->authorizationEndpoint.toString()));
        judgeAgreement(*capability);
    } else if (m_context.smartConfigurationFound) {
        report(QStringLiteral("oauth-uris"), ProbeFinding::Severity::Warning, rule, kOauthUris,
               tr("No oauth-uris extension with a token endpoint in rest.security."),
               tr("Add the oauth-uris extension so SMART 1.0 clients find the endpoints too."));
    } else {
        report(QStringLiteral("oauth-uris"), ProbeFinding::Severity::Fail, rule, kOauthUris,
               tr("Neither .well-known/smart-configuration nor the CapabilityStatement's oauth-uris says where to "
                  "sign in."),
               tr("Publish .well-known/smart-configuration (SMART 2.2) and the oauth-uris extension."));
    }
    if (m_context.smartConfigurationFound)
        m_context.configuration.complementWith(*capability);
    else if (!capability->tokenEndpoint.isEmpty())
        m_context.configuration = *capability;
}

void CapabilityStatementCheck::judgeFhirVersion(const QString& version)
{
    const QString rule = tr("fhirVersion names a published FHIR version, the one the base URL says.");
    const QString source = QStringLiteral("FHIR CapabilityStatement.fhirVersion");
    const QString release = releaseOf(version);
    const QString expected = releaseInPath(m_context.fhirBase);
    if (version.isEmpty()) {
        report(QStringLiteral("fhir-version"), ProbeFinding::Severity::Fail, rule, source,
               tr("The CapabilityStatement has no fhirVersion."),
               tr("Give fhirVersion (e.g. 3.0.2 for STU3, 4.0.1 for R4)."));
    } else if (release.isEmpty()) {
        report(QStringLiteral("fhir-version"), ProbeFinding::Severity::Fail, rule, source,
               tr("fhirVersion %1 is not a published FHIR version.").arg(version),
               tr("Give the FHIR version the server implements (e.g. 3.0.2, 4.0.1)."));
    } else if (!expected.isEmpty() && expected != release) {
        report(QStringLiteral("fhir-version"), ProbeFinding::Severity::Fail, rule, source,
               tr("The base URL ends in %1, but fhirVersion %2 is %3.").arg(expected, version, release),
               tr("Serve %1 under this base URL, or correct fhirVersion.").arg(expected));
    } else {
        m_context.configuration.fhirVersion = version;
        pass(QStringLiteral("fhir-version"), rule, source, tr("fhirVersion %1 (%2).").arg(version, release));
    }
}

void CapabilityStatementCheck::judgeAgreement(const auth::SmartConfiguration& fromCapability)
{
    if (!m_context.smartConfigurationFound)
        return;
    const auth::SmartConfiguration& smart = m_context.configuration;
    QStringList differ;
    auto compare = [&differ](const QString& name, const QUrl& a, const QUrl& b) {
        if (!a.isEmpty() && !b.isEmpty()
            && a.adjusted(QUrl::StripTrailingSlash) != b.adjusted(QUrl::StripTrailingSlash))
            differ << QStringLiteral("%1: %2 / %3").arg(name, a.toString(), b.toString());
    };
    compare(QStringLiteral("token"), smart.tokenEndpoint, fromCapability.tokenEndpoint);
    compare(QStringLiteral("authorize"), smart.authorizationEndpoint, fromCapability.authorizationEndpoint);
    compare(QStringLiteral("revoke"), smart.revocationEndpoint, fromCapability.revocationEndpoint);
    compare(QStringLiteral("introspect"), smart.introspectionEndpoint, fromCapability.introspectionEndpoint);
    const QString rule = tr("The smart-configuration and the CapabilityStatement name the same endpoints.");
    if (differ.isEmpty())
        pass(QStringLiteral("discovery-agree"), rule, kOauthUris, tr("The two documents agree."));
    else
        report(
            QStringLiteral("discovery-agree"), ProbeFinding::Severity::Fail, rule, kOauthUris,
            tr("They differ (smart-configuration / CapabilityStatement): %1.").arg(differ.join(QStringLiteral("; "))),
            tr("Generate both documents from one place so they cannot drift apart."));
}

} // namespace ccri::probe
