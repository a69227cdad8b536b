#include "app/net/NetworkErrorText.h"

#include "app/net/ReplySizeLimit.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ccri::net {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ccri::net::NetworkErrorText", text, disambiguation, n);
}

} // namespace

int NetworkErrorText::statusOf(QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool NetworkErrorText::looksLikeHtml(const QByteArray& contentType, const QByteArray& body)
{
    if (contentType.toLower().contains("html")) {
        return true;
    }
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            continue;
        }
        return c == '<';
    }
    return false;
}

QString NetworkErrorText::oauthError(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString error = object.value(QLatin1String("error")).toString();
    if (error.isEmpty()) {
        return QString();
    }
    const QString description = object.value(QLatin1String("error_description")).toString();
    return description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description);
}

QString NetworkErrorText::describe(QNetworkReply* reply, const QByteArray& body)
{
    if (ReplySizeLimit::exceeded(reply)) {
        return tr("an answer larger than %1 KiB, which was refused").arg(ReplySizeLimit::maxBytes(reply) / 1024);
    }
    const int status = statusOf(reply);
    if (status == 0) {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("no answer: the connection was refused (is the server running?)");
        case QNetworkReply::HostNotFoundError:
            return tr("no answer: the host name was not found");
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return tr("no answer in time");
        case QNetworkReply::SslHandshakeFailedError:
            return tr("a TLS error: %1 (if the server uses a private certificate authority, set its CA file in the "
                      "profile)")
                .arg(reply->errorString());
        default:
            return tr("no answer: %1").arg(reply->errorString());
        }
    }
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (looksLikeHtml(type, body)) {
        return tr("HTTP %1 with an HTML page").arg(status);
    }
    const QString oauth = oauthError(body);
    if (!oauth.isEmpty()) {
        return tr("HTTP %1, %2").arg(status).arg(oauth);
    }
    if (type.isEmpty()) {
        return tr("HTTP %1").arg(status);
    }
    return tr("HTTP %1 (%2)").arg(status).arg(QString::fromLatin1(type));
}

QString NetworkErrorText::hostOf(const QUrl& url)
{
    return url.port() < 0 ? url.host() : url.host() + QLatin1Char(':') + QString::number(url.port());
}

QString NetworkErrorText::network(QNetworkReply::NetworkError error, const QUrl& url, const QString& detail)
{
    const QString host = hostOf(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server at %1 refused the connection. Is it running, and is the address and port right?")
            .arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("The server name %1 could not be found. Check the address and your network.").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server at %1 closed the connection before it answered.").arg(host);
    case QNetworkReply::TimeoutError:
        return tr("The connection to %1 timed out.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (url.scheme() == QLatin1String("https")) {
            return tr("The secure (TLS) connection to %1 failed: %2").arg(host, detail);
        }
        break;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return tr("The network is not available: %1").arg(detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The network proxy failed: %1").arg(detail);
    default:
        break;
    }
    return tr("The request to %1 failed: %2").arg(host, detail);
}

QString NetworkErrorText::tls(const QUrl& url, const QStringList& sslErrors)
{
    return tr("The secure (TLS) connection to %1 failed: %2. The explorer does not accept a certificate it "
              "cannot trust; for a private server, add its CA file to the server profile.")
        .arg(hostOf(url), sslErrors.join(QStringLiteral("; ")));
}

QString NetworkErrorText::timeout(const QUrl& url, int seconds)
{
    return (seconds == 1 ? tr("No answer from %1 within 1 second. The server may be busy or unreachable; try again.")
                               .arg(hostOf(url))
                         : tr("No answer from %1 within %2 seconds. The server may be busy or unreachable; try again.")
                               .arg(hostOf(url))
                               .arg(seconds));
}

QString NetworkErrorText::tooLarge(const QUrl& url, qint64 limitBytes)
{
    return tr("The answer from %1 is larger than the limit of %2 MB, so it was not loaded. Ask for a smaller "
              "page.")
        .arg(hostOf(url))
        .arg(double(limitBytes) / (1024.0 * 1024.0), 0, 'f', 0);
}

QString NetworkErrorText::cancelled()
{
    return tr("Cancelled.");
}

QString NetworkErrorText::notConnected()
{
    return tr("No FHIR server is chosen yet: sign in to a server first.");
}

QString NetworkErrorText::foreignOrigin(const QUrl& url, const QUrl& base)
{
    return tr("The server pointed to %1, which is not the FHIR server you are connected to (%2). Your token is "
              "not sent there, so the request was not made.")
        .arg(hostOf(url), hostOf(base));
}

QString NetworkErrorText::html(const QUrl& url, int httpStatus)
{
    return tr("The server at %1 answered with a web page (HTML, HTTP %2) instead of FHIR JSON. Check that the "
              "address is the FHIR base URL and not a login or error page.")
        .arg(hostOf(url))
        .arg(httpStatus);
}

QString NetworkErrorText::notJson(const QUrl& url, int httpStatus, const QByteArray& contentType)
{
    return tr("The server at %1 answered with %2 (HTTP %3) instead of FHIR JSON.")
        .arg(hostOf(url), QString::fromLatin1(contentType))
        .arg(httpStatus);
}

QString NetworkErrorText::malformedJson(const QString& parserMessage)
{
    return tr("The server's answer is not valid JSON, so it cannot be shown: %1").arg(parserMessage);
}

QString NetworkErrorText::httpStatus(int httpStatus, const QByteArray& reason, const QString& diagnostics)
{
    const QString status = reason.isEmpty()
        ? QString::number(httpStatus)
        : QString::number(httpStatus) + QLatin1Char(' ') + QString::fromLatin1(reason);
    QString sentence;
    switch (httpStatus) {
    case 401:
        sentence = tr("The server did not accept your sign-in (HTTP %1).").arg(status);
        break;
    case 403:
        sentence = tr("The server refused access (HTTP %1).").arg(status);
        break;
    case 404:
        sentence = tr("The server has no such resource (HTTP %1).").arg(status);
        break;
    case 400:
        sentence = tr("The server did not understand the request (HTTP %1).").arg(status);
        break;
    default:
        sentence = httpStatus >= 500 ? tr("The server failed (HTTP %1).").arg(status)
                                     : tr("The server refused the request (HTTP %1).").arg(status);
        break;
    }
    if (!diagnostics.isEmpty()) {
        sentence += QLatin1Char(' ') + tr("It said: %1").arg(diagnostics);
    }
    if (httpStatus == 401) {
        sentence += QLatin1Char(' ') + tr("Sign in again.");
    }
    return sentence;
}

} // namespace ccri::net
