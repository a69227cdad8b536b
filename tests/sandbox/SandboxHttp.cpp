#include "SandboxHttp.h"

#include "server/SandboxServer.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

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

SandboxHttp::SandboxHttp(ccri::sandbox::SandboxServer& server)
    : m_server(server)
    , m_browser(server)
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

QByteArray SandboxHttp::accessToken(const SandboxBrowser::Response& response, QString* error) const
{
    const nlohmann::json body
        = nlohmann::json::parse(response.body.constBegin(), response.body.constEnd(), nullptr, false);
    if (response.status != 200 || body.is_discarded() || !body.contains("access_token")) {
        *error = QStringLiteral("token request failed: HTTP %1 %2")
                     .arg(response.status)
                     .arg(QString::fromUtf8(response.body.left(400)));
        return {};
    }
    return QByteArray::fromStdString(body.at("access_token").get<std::string>());
}

QByteArray SandboxHttp::clientCredentials(const QString& clientId, const QString& scope, QString* error)
{
    SandboxBrowser::Form form {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    return accessToken(m_browser.post(m_server.urls().auth(QStringLiteral("token")), form, m_browser.basic(clientId)),
                       error);
}

QByteArray SandboxHttp::authorizationCode(const QString& user, const QString& scope, const QString& patientId,
                                          QString* error)
{
    SandboxBrowser::Response consent = m_browser.openConsent(m_browser.authorizeUrl(scope), user);
    if (consent.status == 302 && consent.location.startsWith(QStringLiteral("/auth/consent")))
        consent = m_browser.get(m_browser.url(consent.location)); // already signed in: straight to consent
    if (consent.status != 200) {
        *error = QStringLiteral("no consent page: HTTP %1 %2")
                     .arg(consent.status)
                     .arg(QString::fromUtf8(consent.body.left(400)));
        return {};
    }
    const SandboxBrowser::Response done
        = m_browser.submitConsent(consent, scope.split(QLatin1Char(' ')), QStringLiteral("authorize"), patientId);
    const QString code = QUrlQuery(QUrl(done.location)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        *error = QStringLiteral("no code after consent: HTTP %1, Location %2").arg(done.status).arg(done.location);
        return {};
    }
    return accessToken(m_browser.exchangeCode(code), error);
}

} // namespace ccri::test
