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
    return text.isEmpty() ? QStringLiteral("-") : SandboxRequestLog::escaped(text);
}
} // namespace

bool SandboxRequestLog::isSecretParameter(const QString& name)
{
    static const QStringList secrets
        = {QStringLiteral("code"),         QStringLiteral("code_verifier"),    QStringLiteral("token"),
           QStringLiteral("access_token"), QStringLiteral("refresh_token"),    QStringLiteral("id_token"),
           QStringLiteral("password"),     QStringLiteral("client_secret"),    QStringLiteral("state"),
           QStringLiteral("csrf"),         QStringLiteral("request"),          QStringLiteral("session"),
           QStringLiteral("assertion"),    QStringLiteral("client_assertion"), QStringLiteral("id_token_hint")};
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

QString SandboxRequestLog::escaped(const QString& value)
{
    // One request, one line: a newline would forge a log line, an ESC sequence would drive the
    // terminal or projector showing the log, a space would forge a field.
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'\\')
            out += QStringLiteral("\\\\");
        else if (u <= 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            out += QStringLiteral("\\x%1").arg(static_cast<uint>(u), 2, 16, QLatin1Char('0'));
        else if (u == 0x2028 || u == 0x2029 || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e)
                 || (u >= 0x2066 && u <= 0x2069) || u == 0xfeff)
            out += QStringLiteral("\\u%1").arg(static_cast<uint>(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString SandboxRequestLog::line(const QHttpServerRequest& request, int status, qint64 milliseconds,
                                const QString& clientId, const QString& user)
{
    return line(request.method(), request.url(), status, milliseconds, clientId, user);
}

QString SandboxRequestLog::line(QHttpServerRequest::Method method, const QUrl& url, int status, qint64 milliseconds,
                                const QString& clientId, const QString& user)
{
    // The time to the second, written once a second per thread (QDateTime::toString is no small cost
    // at thousands of lines a second).
    thread_local qint64 shownSecond = -1;
    thread_local QString shownTime;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != shownSecond) {
        shownSecond = now;
        shownTime = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate);
    }
    return QStringLiteral("%1 %2 %3 %4 %5ms client=%6 user=%7")
        .arg(shownTime, methodName(method), escaped(redactedTarget(url)), QString::number(status),
             QString::number(milliseconds), orDash(clientId), orDash(user));
}

} // namespace ccri::sandbox
