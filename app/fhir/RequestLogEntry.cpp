#include "RequestLogEntry.h"

#include <QStringList>

namespace ccri::fhir {

namespace {

bool isAuthorization(const QByteArray& name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0;
}

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QByteArray RequestLogEntry::redactAuthorization(const QByteArray& value)
{
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = space < 0 ? QByteArray() : value.left(space);
    const QByteArray credential = space < 0 ? value : value.mid(space + 1).trimmed();
    const QByteArray tail = credential.size() > 8 ? credential.right(4) : QByteArray();
    QByteArray redacted = scheme.isEmpty() ? QByteArray() : scheme + ' ';
    redacted += "\xE2\x80\xA6"; // …
    redacted += tail;
    return redacted;
}

RequestLogEntry RequestLogEntry::record(const QByteArray& method, const QUrl& url, const Headers& requestHeaders,
                                        int httpStatus, const Headers& responseHeaders, const QByteArray& responseBody,
                                        qint64 responseSize, const QDateTime& started, qint64 elapsedMs,
                                        const QString& outcome, qsizetype maxBodyBytes)
{
    RequestLogEntry entry;
    entry.method = method;
    entry.url = url;
    for (const auto& header : requestHeaders) {
        entry.requestHeaders.append(
            {header.first, isAuthorization(header.first) ? redactAuthorization(header.second) : header.second});
    }
    entry.httpStatus = httpStatus;
    entry.responseHeaders = responseHeaders;
    entry.bodyTruncated = responseBody.size() > maxBodyBytes;
    entry.responseBody = entry.bodyTruncated ? responseBody.left(maxBodyBytes) : responseBody;
    entry.responseSize = responseSize;
    entry.started = started;
    entry.elapsedMs = elapsedMs;
    entry.outcome = outcome;
    return entry;
}

QString RequestLogEntry::curlCommand() const
{
    QStringList parts {QStringLiteral("curl"), QStringLiteral("-sS")};
    if (method != "GET") {
        parts << QStringLiteral("-X") << QString::fromLatin1(method);
    }
    for (const auto& header : requestHeaders) {
        if (isAuthorization(header.first)) {
            // Double quotes so the shell substitutes the token from the environment.
            parts << QStringLiteral("-H") << QStringLiteral("\"Authorization: Bearer $TOKEN\"");
        } else {
            parts << QStringLiteral("-H")
                  << shellQuote(QString::fromLatin1(header.first) + QStringLiteral(": ")
                                + QString::fromLatin1(header.second));
        }
    }
    parts << shellQuote(url.toString(QUrl::FullyEncoded));
    return parts.join(QLatin1Char(' '));
}

} // namespace ccri::fhir
