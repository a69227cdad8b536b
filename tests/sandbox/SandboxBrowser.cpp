#include "SandboxBrowser.h"

#include "auth/ClientRegistry.h"
#include "auth/FormBody.h"
#include "server/SandboxServer.h"

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

SandboxBrowser::SandboxBrowser(ccri::sandbox::SandboxServer& server)
    : m_server(server)
{
}

SandboxBrowser::Response SandboxBrowser::wait(QNetworkReply* reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        qWarning("request timed out: %s", qPrintable(reply->url().toString()));
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    response.location = QString::fromUtf8(reply->rawHeader("Location"));
    reply->deleteLater();
    return response;
}

SandboxBrowser::Response SandboxBrowser::get(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return wait(m_network.get(request));
}

SandboxBrowser::Response SandboxBrowser::post(const QUrl& url, const Form& form, const QByteArray& authorization)
{
    return postRaw(url, FormBody::encode(form), "application/x-www-form-urlencoded", authorization);
}

SandboxBrowser::Response SandboxBrowser::postRaw(const QUrl& url, const QByteArray& body, const QByteArray& contentType,
                                                 const QByteArray& authorization)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    return wait(m_network.post(request, body));
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
