#include "app/probe/IssuerMetadataCheck.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace ccri::probe {

namespace {
const QString kMetadataSources = QStringLiteral("OpenID Connect Discovery 1.0 §4; RFC 8414 §3");

QString origin(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}
} // namespace

QString IssuerMetadataCheck::title() const
{
    return tr("Authorization server metadata");
}

QUrl IssuerMetadataCheck::openIdConfigurationUrl(const QUrl& issuer)
{
    // OIDC Discovery §4: the issuer with "/.well-known/openid-configuration" appended.
    QUrl url = issuer.adjusted(QUrl::StripTrailingSlash);
    url.setPath(url.path() + QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

QUrl IssuerMetadataCheck::rfc8414Url(const QUrl& issuer)
{
    // RFC 8414 §3.1: the well-known suffix inserted between the host and the issuer's path.
    QUrl url = issuer.adjusted(QUrl::StripTrailingSlash);
    url.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + url.path());
    return url;
}

void IssuerMetadataCheck::start()
{
    const QUrl issuer = m_context.configuration.issuer;
    reportHosts();
    if (issuer.isEmpty()) {
        done();
        return;
    }
    const QList<QPair<QString, QUrl>> documents
        = {{QStringLiteral("OpenID Connect Discovery"), openIdConfigurationUrl(issuer)},
           {QStringLiteral("RFC 8414"), rfc8414Url(issuer)}};
    m_waiting = int(documents.size());
    for (const auto& [which, url] : documents) {
        get(url, [this, which, url](QNetworkReply* reply, const QByteArray& body, int status) {
            onAnswer(which, url, reply, body, status);
        });
    }
}

void IssuerMetadataCheck::reportHosts()
{
    const QUrl issuer = m_context.configuration.issuer;
    const QUrl authorize = m_context.configuration.authorizationEndpoint;
    const QString rule = tr("Which server is which: the authorization server (the issuer, where sign-in and tokens "
                            "happen) and the FHIR server (the aud of every authorization request).");
    const QString source = QStringLiteral("SMART App Launch 2.2 §Conformance; RFC 8707 §2");
    if (issuer.isEmpty()) {
        report(QStringLiteral("issuer"), ProbeFinding::Severity::Warning, rule, source,
               tr("The discovery documents name no issuer, so an id_token's iss and an authorization response's iss "
                  "cannot be checked. Authorization endpoint: %1; FHIR server: %2.")
                   .arg(authorize.toString(), m_context.fhirBase.toString()),
               tr("Give issuer in the smart-configuration."));
        return;
    }
    const bool sameOrigin = origin(issuer) == origin(m_context.fhirBase);
    pass(QStringLiteral("issuer"), rule, source,
         (sameOrigin ? tr("Authorization server (issuer) %1 and FHIR server %2 are on the same host %3.")
                           .arg(issuer.toString(), m_context.fhirBase.toString(), issuer.host())
                     : tr("Authorization server (issuer) %1 is on another host than the FHIR server %2: tokens come "
                          "from %3, aud names %2.")
                           .arg(issuer.toString(), m_context.fhirBase.toString(), issuer.host())));
}

void IssuerMetadataCheck::onAnswer(const QString& which, const QUrl& url, QNetworkReply* reply, const QByteArray& body,
                                   int status)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (status != 200 || !document.isObject()) {
        m_unanswered << tr("%1 (%2) gave %3").arg(which, url.toString(), describe(reply, body));
    } else {
        m_answered << QStringLiteral("%1 (%2)").arg(which, url.toString());
        if (which.startsWith(QLatin1String("OpenID")))
            m_openIdFound = true;
        const QJsonObject metadata = document.object();
        if (m_context.issuerMetadataJson.isEmpty())
            m_context.issuerMetadataJson = metadata;
        // OIDC Discovery §4.3, RFC 8414 §3.3: the issuer inside is identical to the one it was fetched for.
        const QString expected = m_context.configuration.issuer.toString();
        const QString named = metadata.value(QLatin1String("issuer")).toString();
        const QString rule = tr("The %1 document names exactly the issuer it was fetched for.").arg(which);
        const QString id = which.startsWith(QLatin1String("OpenID")) ? QStringLiteral("issuer-match-openid")
                                                                     : QStringLiteral("issuer-match-rfc8414");
        const QString source = which.startsWith(QLatin1String("OpenID"))
            ? QStringLiteral("OpenID Connect Discovery 1.0 §4.3")
            : QStringLiteral("RFC 8414 §3.3");
        if (named == expected)
            pass(id, rule, source, tr("issuer %1.").arg(named));
        else
            report(id, ProbeFinding::Severity::Fail, rule, source,
                   tr("The smart-configuration names %1, but %2 names %3.")
                       .arg(expected, url.toString(), named.isEmpty() ? tr("no issuer") : named),
                   tr("Make the issuer identical, character for character, in every discovery document and token."));
        QStringList differ;
        for (const QString& field :
             {QStringLiteral("authorization_endpoint"), QStringLiteral("token_endpoint"), QStringLiteral("jwks_uri")}) {
            const QString mine = m_context.smartConfigurationJson.value(field).toString();
            const QString theirs = metadata.value(field).toString();
            if (!mine.isEmpty() && !theirs.isEmpty() && mine != theirs)
                differ << QStringLiteral("%1: %2 / %3").arg(field, mine, theirs);
        }
        if (!differ.isEmpty())
            report(QStringLiteral("issuer-endpoints-agree"), ProbeFinding::Severity::Warning,
                   tr("The issuer's metadata and the smart-configuration name the same endpoints."), kMetadataSources,
                   tr("%1 differs (smart-configuration / issuer metadata): %2.")
                       .arg(which, differ.join(QStringLiteral("; "))),
                   tr("Generate both documents from one place."));
    }
    if (--m_waiting == 0)
        conclude();
}

void IssuerMetadataCheck::conclude()
{
    const QString rule = tr("The issuer publishes its own metadata (OpenID Connect Discovery or RFC 8414); with "
                            "sso-openid-connect, OpenID Connect Discovery is required.");
    const bool openIdNeeded = m_context.configuration.capabilities.contains(QLatin1String("sso-openid-connect"));
    if (m_answered.isEmpty() || (openIdNeeded && !m_openIdFound))
        report(QStringLiteral("issuer-metadata"),
               openIdNeeded ? ProbeFinding::Severity::Fail : ProbeFinding::Severity::Warning, rule, kMetadataSources,
               m_unanswered.join(QStringLiteral("; ")) + QLatin1Char('.'),
               tr("Serve the issuer's metadata at %1.")
                   .arg(openIdConfigurationUrl(m_context.configuration.issuer).toString()));
    else
        pass(QStringLiteral("issuer-metadata"), rule, kMetadataSources,
             tr("Answered: %1.").arg(m_answered.join(QStringLiteral(", "))));
    done();
}

} // namespace ccri::probe
