#include "tests/sandbox/SandboxBrowser.h"

#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/server/SandboxServer.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using ccri::sandbox::FormBody;

QJsonObject SandboxBrowser::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

nlohmann::json SandboxBrowser::Response::fhirJson() const
{
    return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

QString SandboxBrowser::Response::diagnostics() const
{
    return SandboxBrowser::diagnostics(fhirJson());
}

namespace {
// A string member of an OperationOutcome's first issue; "" when there is none.
QString firstIssueText(const nlohmann::json& outcome, const char* member)
{
    if (!outcome.is_object() || outcome.value("resourceType", "") != "OperationOutcome")
        return {};
    const nlohmann::json issues = outcome.value("issue", nlohmann::json::array());
    if (!issues.is_array() || issues.empty() || !issues.front().is_object())
        return {};
    const nlohmann::json text = issues.front().value(member, nlohmann::json());
    return text.is_string() ? QString::fromStdString(text.get<std::string>()) : QString();
}
} // namespace

QString SandboxBrowser::Response::severity() const
{
    return SandboxBrowser::severity(fhirJson());
}

QString SandboxBrowser::diagnostics(const nlohmann::json& outcome)
{
    return firstIssueText(outcome, "diagnostics");
}

QString SandboxBrowser::severity(const nlohmann::json& outcome)
{
    return firstIssueText(outcome, "severity");
}

QJsonObject SandboxBrowser::jwtClaims(const QString& jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

ccri::crypto::JwkSet SandboxBrowser::jwks()
{
    const Response response = get(m_server.urls().auth(QStringLiteral("jwks")));
    QString error;
    auto set = ccri::crypto::JwkSet::parse(response.body, &error);
    if (!set)
        qWarning("jwks: %s", qPrintable(error));
    return set.value_or(ccri::crypto::JwkSet());
}

SandboxBrowser::SandboxBrowser(ccri::sandbox::SandboxServer& server)
    : m_server(server)
{
}

SandboxBrowser::Response SandboxBrowser::send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                              const Headers& headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Response response;
    if (!reply->isFinished() && !finished.wait(20000)) {
        qWarning("request timed out: %s", qPrintable(url.toString()));
        response.networkError = QStringLiteral("no answer within 20 s");
        reply->abort();
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    response.location = QString::fromUtf8(reply->rawHeader("Location"));
    if (reply->error() != QNetworkReply::NoError && response.status == 0)
        response.networkError = reply->errorString();
    reply->deleteLater();
    return response;
}

SandboxBrowser::Response SandboxBrowser::get(const QUrl& url, const QByteArray& token, const QByteArray& accept)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token});
    if (!accept.isEmpty())
        headers.append({"Accept", accept});
    return send("GET", url, {}, headers);
}

SandboxBrowser::Response SandboxBrowser::post(const QUrl& url, const Form& form, const QByteArray& authorization)
{
    return postRaw(url, FormBody::encode(form), "application/x-www-form-urlencoded", authorization);
}

SandboxBrowser::Response SandboxBrowser::postRaw(const QUrl& url, const QByteArray& body, const QByteArray& contentType,
                                                 const QByteArray& authorization)
{
    Headers headers {{"Content-Type", contentType}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    return send("POST", url, body, headers);
}

QUrl SandboxBrowser::url(const QString& pathAndQuery) const
{
    return m_server.urls().origin().resolved(QUrl(pathAndQuery));
}

QUrl SandboxBrowser::authorizeUrl(const QString& scope, const Form& changes) const
{
    Form parameters {{QStringLiteral("response_type"), QStringLiteral("code")},
                     {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")},
                     {QStringLiteral("redirect_uri"), redirectUri()},
                     {QStringLiteral("scope"), scope},
                     {QStringLiteral("state"), QStringLiteral("st+ate/1")},
                     {QStringLiteral("aud"), m_server.fhirBase().toString()},
                     {QStringLiteral("code_challenge"), challenge()},
                     {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    for (const auto& change : changes) {
        bool replaced = false;
        for (auto& parameter : parameters) {
            if (parameter.first == change.first) {
                parameter.second = change.second;
                replaced = true;
            }
        }
        if (!replaced)
            parameters.append(change);
    }
    Form kept;
    for (const auto& parameter : parameters) {
        if (!parameter.second.isEmpty())
            kept.append(parameter);
    }
    QUrl url = m_server.urls().auth(QStringLiteral("authorize"));
    url.setQuery(QString::fromLatin1(FormBody::encode(kept)), QUrl::StrictMode);
    return url;
}

SandboxBrowser::Response SandboxBrowser::openConsent(const QUrl& authorizeUrl, const QString& user,
                                                     const QString& password)
{
    const Response authorize = get(authorizeUrl);
    if (authorize.status == 302 && authorize.location.startsWith(QStringLiteral("/auth/consent")))
        return get(url(authorize.location)); // already signed in
    if (authorize.status != 302 || !authorize.location.startsWith(QStringLiteral("/auth/login")))
        return authorize;
    const Response loginPage = get(url(authorize.location));
    const Response login = post(url(QStringLiteral("/auth/login")),
                                {{QStringLiteral("request"), formValue(loginPage.body, QStringLiteral("request"))},
                                 {QStringLiteral("csrf"), formValue(loginPage.body, QStringLiteral("csrf"))},
                                 {QStringLiteral("username"), user},
                                 {QStringLiteral("password"), password},
                                 {QStringLiteral("login"), QStringLiteral("1")}});
    if (login.status != 302)
        return login;
    return get(url(login.location));
}

SandboxBrowser::Response SandboxBrowser::submitConsent(const Response& consentPage, const QStringList& ticked,
                                                       const QString& button, const QString& patient, bool withCsrf)
{
    Form form {{QStringLiteral("request"), formValue(consentPage.body, QStringLiteral("request"))}};
    if (withCsrf)
        form.append({QStringLiteral("csrf"), formValue(consentPage.body, QStringLiteral("csrf"))});
    for (const QString& scope : ticked)
        form.append({QStringLiteral("scope"), scope});
    if (!patient.isEmpty())
        form.append({QStringLiteral("patient"), patient});
    form.append({button, QStringLiteral("1")});
    return post(url(QStringLiteral("/auth/consent")), form);
}

QUrlQuery SandboxBrowser::signIn(const QString& scope, const QString& user, const QString& clientId)
{
    const QUrl authorize = authorizeUrl(scope, {{QStringLiteral("client_id"), clientId}});
    const Response consent = openConsent(authorize, user);
    QString patient;
    if (consent.body.contains("name=\"patient\"")) {
        static const QRegularExpression option(QStringLiteral("<option value=\"([^\"]*)\""));
        patient = option.match(QString::fromUtf8(consent.body)).captured(1);
    }
    const Response done = submitConsent(consent, checkboxValues(consent.body), QStringLiteral("authorize"), patient);
    return QUrlQuery(QUrl(done.location).query(QUrl::FullyEncoded));
}

SandboxBrowser::Response SandboxBrowser::exchangeCode(const QString& code, const QString& verifier,
                                                      const QString& clientId, const QString& redirect)
{
    Form form {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
               {QStringLiteral("code"), code},
               {QStringLiteral("redirect_uri"), redirect}};
    if (!verifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), verifier});
    const ccri::sandbox::SandboxClient* client = m_server.clients().find(clientId);
    if (client && !client->isPublic())
        return post(m_server.urls().auth(QStringLiteral("token")), form, basic(clientId));
    form.append({QStringLiteral("client_id"), clientId});
    return post(m_server.urls().auth(QStringLiteral("token")), form);
}

QByteArray SandboxBrowser::basic(const QString& clientId) const
{
    const ccri::sandbox::SandboxClient* client = m_server.clients().find(clientId);
    const QString secret = client ? client->secret : QString();
    return "Basic " + (QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(secret)).toBase64();
}

QByteArray SandboxBrowser::accessToken(const Response& response, QString* error)
{
    const nlohmann::json body = response.fhirJson();
    if (response.status != 200 || body.is_discarded() || !body.contains("access_token")) {
        *error = QStringLiteral("token request failed: HTTP %1 %2")
                     .arg(response.status)
                     .arg(QString::fromUtf8(response.body.left(400)));
        return {};
    }
    return QByteArray::fromStdString(body.at("access_token").get<std::string>());
}

SandboxBrowser::Response SandboxBrowser::refresh(const QString& refreshToken, const QString& scope)
{
    Form form {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
               {QStringLiteral("refresh_token"), refreshToken},
               {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}};
    if (!scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    return post(m_server.urls().auth(QStringLiteral("token")), form);
}

QByteArray SandboxBrowser::clientCredentials(const QString& clientId, const QString& scope, QString* error)
{
    Form form {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    return accessToken(post(m_server.urls().auth(QStringLiteral("token")), form, basic(clientId)), error);
}

QByteArray SandboxBrowser::authorizationCode(const QString& user, const QString& scope, const QString& patientId,
                                             QString* error, const QString& aud)
{
    const Form changes = aud.isEmpty() ? Form() : Form {{QStringLiteral("aud"), aud}};
    const Response consent = openConsent(authorizeUrl(scope, changes), user); // also when already signed in
    if (consent.status != 200) {
        *error = QStringLiteral("no consent page: HTTP %1 %2")
                     .arg(consent.status)
                     .arg(QString::fromUtf8(consent.body.left(400)));
        return {};
    }
    const Response done = submitConsent(consent, scope.split(QLatin1Char(' ')), QStringLiteral("authorize"), patientId);
    const QString code = QUrlQuery(QUrl(done.location)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        *error = QStringLiteral("no code after consent: HTTP %1, Location %2").arg(done.status).arg(done.location);
        return {};
    }
    return accessToken(exchangeCode(code), error);
}

QString SandboxBrowser::formValue(const QByteArray& html, const QString& name)
{
    const QRegularExpression input(
        QStringLiteral("<input[^>]*name=\"%1\"[^>]*value=\"([^\"]*)\"").arg(QRegularExpression::escape(name)));
    return input.match(QString::fromUtf8(html)).captured(1);
}

QStringList SandboxBrowser::checkboxValues(const QByteArray& html, bool enabledOnly)
{
    static const QRegularExpression box(QStringLiteral("<input type=\"checkbox\"[^>]*>"));
    static const QRegularExpression value(QStringLiteral("value=\"([^\"]*)\""));
    QStringList values;
    auto it = box.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const QString tag = it.next().captured(0);
        if (enabledOnly && tag.contains(QStringLiteral("disabled")))
            continue;
        const QString v = value.match(tag).captured(1);
        if (!v.isEmpty())
            values << v;
    }
    return values;
}
