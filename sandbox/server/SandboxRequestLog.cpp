#include "sandbox/server/SandboxRequestLog.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QMetaEnum>

namespace ccri::sandbox {

namespace {
QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}
} // namespace

bool SandboxRequestLog::isSecretParameter(const QString& name)
{
    static const QStringList secrets
        = {QStringLiteral("code"),         QStringLiteral("code_verifier"),   QStringLiteral("token"),
           QStringLiteral("access_token"), QStringLiteral("refresh_token"),   QStringLiteral("id_token"),
           QStringLiteral("password"),     QStringLiteral("client_secret"),   QStringLiteral("state"),
           QStringLiteral("csrf"),         QStringLiteral("request"),         QStringLiteral("session"),
           QStringLiteral("assertion"),    QStringLiteral("client_assertion")};
    return secrets.contains(name.toLower());
}

QString SandboxRequestLog::redactedTarget(const QUrl& url)
{
    QString target = url.path(QUrl::FullyEncoded);
    if (!url.hasQuery())
        return target;
    QStringList parts;
    const QStringList pairs = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? pair : pair.left(eq);
        const QString decodedName = QUrl::fromPercentEncoding(name.toLatin1());
        if (isSecretParameter(decodedName))
            parts << name + QStringLiteral("=[redacted]");
        else
            parts << pair;
    }
    return target + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

QString SandboxRequestLog::line(const QHttpServerRequest& request, int status, qint64 milliseconds,
                                const QString& clientId, const QString& user)
{
    return QStringLiteral("%1 %2 %3 %4 %5ms client=%6 user=%7")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), methodName(request.method()),
             redactedTarget(request.url()), QString::number(status), QString::number(milliseconds), orDash(clientId),
             orDash(user));
}

} // namespace ccri::sandbox
