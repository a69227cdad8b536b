#include "SandboxHttp.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUuid>

namespace ccri::test {

QByteArray SandboxHttp::Reply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

nlohmann::json SandboxHttp::Reply::json() const
{
    return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

SandboxHttp::SandboxHttp(const QUrl& origin)
    : m_origin(origin)
{
}

SandboxHttp::Reply SandboxHttp::send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                                     const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!reply->isFinished() && !finished.wait(20000)) {
        result.networkError = QStringLiteral("no answer within 20 s");
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

SandboxHttp::Reply SandboxHttp::get(const QUrl& url, const QByteArray& token, const QByteArray& accept)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token});
    if (!accept.isEmpty())
        headers.append({"Accept", accept});
    return send("GET", url, {}, headers);
}

SandboxHttp::Reply SandboxHttp::postForm(const QUrl& url, const QUrlQuery& form,
                                         const QList<QPair<QByteArray, QByteArray>>& headers)
{
    auto all = headers;
    all.append({"Content-Type", "application/x-www-form-urlencoded"});
    QByteArray body;
    for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return send("POST", url, body, all);
}

QByteArray SandboxHttp::clientCredentials(const QString& clientId, const QString& secret, const QString& scope,
                                          QString* error)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    if (!scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), scope);
    const QByteArray basic = "Basic " + (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
    QUrl token = m_origin;
    token.setPath(QStringLiteral("/auth/token"));
    const Reply reply = postForm(token, form, {{"Authorization", basic}});
    const nlohmann::json body = reply.json();
    if (reply.status != 200 || body.is_discarded() || !body.contains("access_token")) {
        *error = QStringLiteral("token request failed: %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
        return {};
    }
    return QByteArray::fromStdString(body.at("access_token").get<std::string>());
}

QUrl SandboxHttp::resolve(const QByteArray& location) const
{
    return m_origin.resolved(QUrl::fromEncoded(location));
}

QString SandboxHttp::hiddenInput(const QByteArray& html, const QString& name)
{
    const QRegularExpression pattern(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
    const auto match = pattern.match(QString::fromUtf8(html));
    return match.hasMatch() ? match.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&")) : QString();
}

QByteArray SandboxHttp::authorizationCode(const QString& user, const QString& password, const QString& scope,
                                          const QString& patientId, QString* error)
{
    const QString redirectUri = QStringLiteral("http://127.0.0.1:1/callback");
    const QByteArray verifier = (QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122())
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray challenge = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrl fhirBase = m_origin;
    fhirBase.setPath(QStringLiteral("/fhir/STU3"));
    QUrl authorize = m_origin;
    authorize.setPath(QStringLiteral("/auth/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("ccri-explorer"));
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("scope"), scope);
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("test-state"));
    query.addQueryItem(QStringLiteral("aud"), fhirBase.toString());
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    authorize.setQuery(query);

    const auto fail = [error](const QString& step, const Reply& reply) {
        *error
            = QStringLiteral("%1: HTTP %2 %3").arg(step).arg(reply.status).arg(QString::fromUtf8(reply.body.left(400)));
        return QByteArray();
    };
    Reply reply = get(authorize);
    if (reply.status != 302 && reply.status != 303)
        return fail(QStringLiteral("authorize"), reply);
    const QUrl loginUrl = resolve(reply.header("Location"));
    reply = get(loginUrl);
    if (reply.status != 200)
        return fail(QStringLiteral("login page"), reply);
    QUrlQuery login;
    login.addQueryItem(QStringLiteral("request"), hiddenInput(reply.body, QStringLiteral("request")));
    login.addQueryItem(QStringLiteral("csrf"), hiddenInput(reply.body, QStringLiteral("csrf")));
    login.addQueryItem(QStringLiteral("username"), user);
    login.addQueryItem(QStringLiteral("password"), password);
    login.addQueryItem(QStringLiteral("login"), QStringLiteral("1"));
    QUrl loginPost = m_origin;
    loginPost.setPath(QStringLiteral("/auth/login"));
    reply = postForm(loginPost, login);
    if (reply.status != 302 && reply.status != 303)
        return fail(QStringLiteral("login"), reply);
    reply = get(resolve(reply.header("Location")));
    if (reply.status != 200)
        return fail(QStringLiteral("consent page"), reply);
    QUrlQuery consent;
    consent.addQueryItem(QStringLiteral("request"), hiddenInput(reply.body, QStringLiteral("request")));
    consent.addQueryItem(QStringLiteral("csrf"), hiddenInput(reply.body, QStringLiteral("csrf")));
    for (const QString& one : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        consent.addQueryItem(QStringLiteral("scope"), one);
    if (!patientId.isEmpty())
        consent.addQueryItem(QStringLiteral("patient"), patientId);
    consent.addQueryItem(QStringLiteral("authorize"), QStringLiteral("1"));
    QUrl consentPost = m_origin;
    consentPost.setPath(QStringLiteral("/auth/consent"));
    reply = postForm(consentPost, consent);
    if (reply.status != 302 && reply.status != 303)
        return fail(QStringLiteral("consent"), reply);
    const QUrl callback = QUrl::fromEncoded(reply.header("Location"));
    const QString code = QUrlQuery(callback).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return fail(QStringLiteral("callback ") + callback.toString(), reply);

    QUrlQuery tokenForm;
    tokenForm.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    tokenForm.addQueryItem(QStringLiteral("code"), code);
    tokenForm.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    tokenForm.addQueryItem(QStringLiteral("client_id"), QStringLiteral("ccri-explorer"));
    tokenForm.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    QUrl token = m_origin;
    token.setPath(QStringLiteral("/auth/token"));
    reply = postForm(token, tokenForm);
    const nlohmann::json body = reply.json();
    if (reply.status != 200 || body.is_discarded() || !body.contains("access_token"))
        return fail(QStringLiteral("token"), reply);
    return QByteArray::fromStdString(body.at("access_token").get<std::string>());
}

} // namespace ccri::test
