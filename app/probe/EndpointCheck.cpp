#include "app/probe/EndpointCheck.h"

#include "app/core/Pkce.h"
#include "app/net/NetworkErrorText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUuid>

namespace ccri::probe {

namespace {
QByteArray form(const QList<QPair<QString, QString>>& fields)
{
    QByteArrayList pairs;
    for (const auto& [name, value] : fields)
        pairs << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return pairs.join('&');
}

QString madeUp()
{
    return QStringLiteral("ccri-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

QString EndpointCheck::title() const
{
    return tr("Endpoints at work");
}

void EndpointCheck::start()
{
    const auth::SmartConfiguration& config = m_context.configuration;
    m_waiting = 1;
    if (!config.tokenEndpoint.isEmpty()) {
        ++m_waiting;
        checkToken();
    }
    const QString revokeRule = tr("A revocation endpoint the server advertises answers.");
    if (config.revocationEndpoint.isEmpty())
        report(QStringLiteral("revocation-endpoint"), ProbeFinding::Severity::Warning, revokeRule,
               QStringLiteral("RFC 7009 §2; SMART App Launch 2.2 §Conformance"),
               tr("No revocation_endpoint is advertised: signing out can only forget tokens on this computer."),
               tr("Offer RFC 7009 token revocation and advertise it."));
    else {
        ++m_waiting;
        checkTokenManagement(QStringLiteral("revocation-endpoint"), QStringLiteral("revocation_endpoint"),
                             config.revocationEndpoint, QStringLiteral("RFC 7009 §2.1, §2.2"));
    }
    if (!config.introspectionEndpoint.isEmpty()) {
        ++m_waiting;
        checkTokenManagement(QStringLiteral("introspection-endpoint"), QStringLiteral("introspection_endpoint"),
                             config.introspectionEndpoint, QStringLiteral("RFC 7662 §2.1, §2.2"));
    }
    checkFhirRead();
}

void EndpointCheck::checkToken()
{
    const QUrl url = m_context.configuration.tokenEndpoint;
    QList<QPair<QString, QString>> fields
        = {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
           {QStringLiteral("code"), madeUp()},
           {QStringLiteral("code_verifier"), QString::fromLatin1(Pkce::generateVerifier(Pkce::DefaultLength))}};
    if (m_context.redirectUri.isValid())
        fields.append({QStringLiteral("redirect_uri"), m_context.redirectUri.toString()});
    if (!m_context.clientId.isEmpty())
        fields.append({QStringLiteral("client_id"), m_context.clientId});
    postForm(url, form(fields), [this, url](QNetworkReply* reply, const QByteArray& body, int status) {
        const QString rule = tr("The token endpoint answers a request it must refuse (a made-up code) with HTTP 400 "
                                "or 401 and a JSON error.");
        const QString source = QStringLiteral("RFC 6749 §5.2");
        const QString error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
        if ((status == 400 || status == 401) && !error.isEmpty())
            pass(QStringLiteral("token-endpoint"), rule, source,
                 tr("%1 answered HTTP %2 with error %3.").arg(url.toString()).arg(status).arg(error));
        else if (status == 200)
            report(QStringLiteral("token-endpoint"), ProbeFinding::Severity::Fail, rule, source,
                   tr("%1 answered HTTP 200 to a made-up authorization code.").arg(url.toString()),
                   tr("Refuse unknown codes with invalid_grant."));
        else
            report(QStringLiteral("token-endpoint"), ProbeFinding::Severity::Fail, rule, source,
                   tr("%1 gave %2.").arg(url.toString(), describe(reply, body)),
                   tr("Check that the token endpoint is running and answers errors as JSON "
                      "({\"error\": \"invalid_grant\", ...})."));
        oneDone();
    });
}

void EndpointCheck::checkTokenManagement(const QString& id, const QString& name, const QUrl& url, const QString& source)
{
    QList<QPair<QString, QString>> fields
        = {{QStringLiteral("token"), madeUp()}, {QStringLiteral("token_type_hint"), QStringLiteral("access_token")}};
    if (!m_context.clientId.isEmpty())
        fields.append({QStringLiteral("client_id"), m_context.clientId});
    postForm(
        url, form(fields), [this, id, name, url, source](QNetworkReply* reply, const QByteArray& body, int status) {
            const QString rule = tr("The advertised %1 answers (200 for an unknown token, or 400/401 asking for client "
                                    "authentication).")
                                     .arg(name);
            if (status == 200 || status == 400 || status == 401)
                pass(id, rule, source, tr("%1 answered HTTP %2.").arg(url.toString()).arg(status));
            else
                report(id, ProbeFinding::Severity::Fail, rule, source,
                       tr("%1 gave %2.").arg(url.toString(), describe(reply, body)),
                       tr("Serve %1 where the metadata says, or stop advertising it.").arg(name));
            oneDone();
        });
}

void EndpointCheck::checkFhirRead()
{
    QUrl url = m_context.fhirBase;
    url.setPath(url.path() + QStringLiteral("/Patient"));
    url.setQuery(QStringLiteral("_count=1"));
    get(
        url,
        [this, url](QNetworkReply* reply, const QByteArray& body, int status) {
            const QString rule = tr("The FHIR API answers, and refuses a read without an access token with HTTP 401.");
            const QString source = QStringLiteral("RFC 6750 §3.1; SMART App Launch 2.2 §Conformance");
            if (status == 401 || status == 403)
                pass(QStringLiteral("fhir-requires-token"), rule, source,
                     tr("%1 without a token: HTTP %2.").arg(url.toString()).arg(status));
            else if (status == 200)
                report(QStringLiteral("fhir-requires-token"), ProbeFinding::Severity::Warning, rule, source,
                       tr("%1 without a token: HTTP 200, data without sign-in.").arg(url.toString()),
                       tr("If this server holds real records, require a bearer token."));
            else
                report(QStringLiteral("fhir-requires-token"), ProbeFinding::Severity::Fail, rule, source,
                       tr("%1 without a token gave %2.").arg(url.toString(), describe(reply, body)),
                       tr("Check that the FHIR API is running behind %1.").arg(m_context.fhirBase.toString()));
            oneDone();
        },
        Follow::Nothing);
}

void EndpointCheck::oneDone()
{
    if (--m_waiting == 0)
        done();
}

} // namespace ccri::probe
