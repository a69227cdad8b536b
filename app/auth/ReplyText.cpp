#include "app/auth/ReplyText.h"

#include "app/auth/ReplySizeLimit.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace ccri::auth {

int ReplyText::httpStatus(QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool ReplyText::isHtml(QNetworkReply* reply, const QByteArray& body)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (type.contains(QLatin1String("html"), Qt::CaseInsensitive))
        return true;
    const QByteArray start = body.trimmed().left(32).toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

QString ReplyText::oauthError(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString error = object.value(QLatin1String("error")).toString();
    if (error.isEmpty())
        return QString();
    const QString description = object.value(QLatin1String("error_description")).toString();
    return description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description);
}

QString ReplyText::describe(QNetworkReply* reply, const QByteArray& body)
{
    if (ReplySizeLimit::exceeded(reply)) {
        return QCoreApplication::translate("ReplyText", "an answer larger than %1 KiB, which was refused")
            .arg(ReplySizeLimit::maxBytes(reply) / 1024);
    }
    const int status = httpStatus(reply);
    if (status == 0) {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            return QCoreApplication::translate("ReplyText",
                                               "no answer: the connection was refused (is the server running?)");
        case QNetworkReply::HostNotFoundError:
            return QCoreApplication::translate("ReplyText", "no answer: the host name was not found");
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return QCoreApplication::translate("ReplyText", "no answer in time");
        case QNetworkReply::SslHandshakeFailedError:
            return QCoreApplication::translate("ReplyText",
                                               "a TLS error: %1 (if the server uses a private "
                                               "certificate authority, set its CA file in the profile)")
                .arg(reply->errorString());
        default:
            return QCoreApplication::translate("ReplyText", "no answer: %1").arg(reply->errorString());
        }
    }
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (isHtml(reply, body))
        return QCoreApplication::translate("ReplyText", "HTTP %1 with an HTML page").arg(status);
    const QString oauth = oauthError(body);
    if (!oauth.isEmpty())
        return QCoreApplication::translate("ReplyText", "HTTP %1, %2").arg(status).arg(oauth);
    if (type.isEmpty())
        return QCoreApplication::translate("ReplyText", "HTTP %1").arg(status);
    return QCoreApplication::translate("ReplyText", "HTTP %1 (%2)").arg(status).arg(type);
}

} // namespace ccri::auth
