#include "app/probe/AuthorizationRequestCheck.h"

#include "app/auth/AuthorizationRequest.h"
#include "app/auth/AuthorizationStep.h"
#include "app/auth/StateToken.h"
#include "app/core/Pkce.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ccri::probe {

namespace {
const QString kPkceRequired = QStringLiteral("SMART App Launch 2.2 §App Protection; RFC 7636 §4.4.1");

// What a person would read on an HTML page, shortened: the server's words, never its markup.
QString pageText(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    text.remove(
        QRegularExpression(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption));
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    // The few character references error pages use; the report escapes the result again.
    static const QRegularExpression numeric(QStringLiteral("&#(\\d{1,6});"));
    for (QRegularExpressionMatch match = numeric.match(text); match.hasMatch(); match = numeric.match(text)) {
        const uint code = match.captured(1).toUInt();
        text.replace(match.capturedStart(), match.capturedLength(),
                     code > 0 && code < 0x110000 ? QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1)
                                                 : QString());
    }
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    text = text.simplified();
    return text.size() > 300 ? text.left(300) + QStringLiteral("…") : text;
}
} // namespace

QString AuthorizationRequestCheck::title() const
{
    return tr("Authorization request");
}

QUrl AuthorizationRequestCheck::requestUrl(bool withPkce) const
{
    auth::AuthorizationRequest request;
    request.authorizationEndpoint = m_context.configuration.authorizationEndpoint;
    request.clientId = m_context.clientId;
    request.redirectUri = m_context.redirectUri;
    request.scope = m_context.scope;
    request.state = auth::StateToken().value();
    request.audience = m_context.fhirBase; // SMART 2.2: aud is the FHIR base, never the issuer
    if (withPkce)
        request.codeChallenge = Pkce().challenge();
    return request.url();
}

void AuthorizationRequestCheck::start()
{
    if (m_context.clientId.isEmpty() || m_context.configuration.authorizationEndpoint.isEmpty()) {
        done();
        return;
    }
    get(
        requestUrl(true),
        [this](QNetworkReply* reply, const QByteArray& body, int status) {
            judgeWithPkce(reply, body, status);
            get(
                requestUrl(false),
                [this](QNetworkReply* second, const QByteArray& secondBody, int secondStatus) {
                    judgeWithoutPkce(second, secondBody, secondStatus);
                    done();
                },
                Follow::Nothing);
        },
        Follow::Nothing);
}

AuthorizationRequestCheck::Answer AuthorizationRequestCheck::classify(QNetworkReply* reply, const QByteArray& body,
                                                                      int status, QString* observed)
{
    if (status == 0) {
        *observed = describe(reply, body);
        return Answer::Broken;
    }
    if (status >= 300 && status < 400) {
        const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (!auth::AuthorizationStep::matchesRedirect(location, m_context.redirectUri)) {
            *observed = tr("HTTP %1 on to %2 (the server's sign-in).")
                            .arg(status)
                            .arg(location.adjusted(QUrl::RemoveQuery).toString());
            return Answer::Accepted;
        }
        judgeIssuer(location);
        const QUrlQuery query(location);
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                                        .replace(QLatin1Char('+'), QLatin1Char(' '));
        if (error.isEmpty()) {
            *observed = tr("HTTP %1 straight back to the redirect URI without an error or a sign-in.").arg(status);
            return Answer::Broken;
        }
        *observed = description.isEmpty()
            ? tr("Redirected back to the redirect URI with error=%1.").arg(error)
            : tr("Redirected back to the redirect URI with error=%1: %2").arg(error, description);
        return Answer::Refused;
    }
    if (status == 200) {
        *observed = tr("HTTP 200 with a page (the sign-in page).");
        return Answer::Accepted;
    }
    const QString text = pageText(body);
    *observed = text.isEmpty() ? tr("HTTP %1.").arg(status) : tr("HTTP %1: %2").arg(status).arg(text);
    return status >= 500 ? Answer::Broken : Answer::Refused;
}

void AuthorizationRequestCheck::judgeIssuer(const QUrl& location)
{
    if (m_issuerJudged)
        return;
    m_issuerJudged = true;
    const auth::SmartConfiguration& config = m_context.configuration;
    const bool required = config.issParameterSupported
        || m_context.issuerMetadataJson.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool();
    const QUrlQuery query(location);
    const QString rule = tr("An authorization response that carries iss names exactly the discovered issuer (not the "
                            "FHIR base); a server that advertises the parameter always sends it.");
    const QString source = QStringLiteral("RFC 9207 §2.4");
    const QString problem = auth::AuthorizationStep::issuerProblem(query, config.issuer, required, m_context.fhirBase);
    if (!problem.isEmpty())
        report(QStringLiteral("authorization-response-iss"), ProbeFinding::Severity::Fail, rule, source, problem,
               tr("Send iss equal to the issuer in the metadata (%1) in every authorization response.")
                   .arg(config.issuer.toString()));
    else if (query.hasQueryItem(QStringLiteral("iss")))
        pass(QStringLiteral("authorization-response-iss"), rule, source,
             tr("iss %1 equals the issuer.").arg(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded)));
}

void AuthorizationRequestCheck::judgeWithPkce(QNetworkReply* reply, const QByteArray& body, int status)
{
    QString observed;
    const Answer answer = classify(reply, body, status, &observed);
    const QString rule = tr("The server accepts this client's authorization request: client id %1, redirect URI %2, "
                            "aud %3 (the FHIR base), PKCE S256.")
                             .arg(m_context.clientId, m_context.redirectUri.toString(), m_context.fhirBase.toString());
    const QString source = QStringLiteral("SMART App Launch 2.2 §Obtain authorization code; RFC 6749 §4.1.1");
    if (answer == Answer::Accepted)
        pass(QStringLiteral("authorization-request"), rule, source, observed);
    else
        report(QStringLiteral("authorization-request"), ProbeFinding::Severity::Fail, rule, source, observed,
               answer == Answer::Broken
                   ? tr("Check that the authorization endpoint %1 is running.")
                         .arg(m_context.configuration.authorizationEndpoint.toString())
                   : tr("Check that the client id is registered, that %1 is one of its redirect URIs, and that the "
                        "server accepts %2 as aud.")
                         .arg(m_context.redirectUri.toString(), m_context.fhirBase.toString()));
}

void AuthorizationRequestCheck::judgeWithoutPkce(QNetworkReply* reply, const QByteArray& body, int status)
{
    QString observed;
    const Answer answer = classify(reply, body, status, &observed);
    const QString rule = tr("The server refuses an authorization request without code_challenge (PKCE is required).");
    if (answer == Answer::Refused)
        pass(QStringLiteral("pkce-required"), rule, kPkceRequired, observed);
    else if (answer == Answer::Accepted)
        report(QStringLiteral("pkce-required"), ProbeFinding::Severity::Fail, rule, kPkceRequired,
               tr("Without code_challenge: %1 The server went on to sign-in, so a stolen code could be used without "
                  "the verifier.")
                   .arg(observed),
               tr("Refuse authorization requests without code_challenge (code_challenge_method S256) for every "
                  "client."));
    else
        report(QStringLiteral("pkce-required"), ProbeFinding::Severity::Fail, rule, kPkceRequired, observed,
               tr("Check that the authorization endpoint %1 is running.")
                   .arg(m_context.configuration.authorizationEndpoint.toString()));
}

} // namespace ccri::probe
