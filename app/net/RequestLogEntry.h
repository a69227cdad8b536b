#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ccri::net {

// One HTTP exchange as the request log keeps it. Built only through record(), which redacts the
// `Authorization` header, so no entry ever holds a token.
class RequestLogEntry
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // Redacts request headers and keeps at most maxBodyBytes of the response body.
    static RequestLogEntry record(const QByteArray& method, const QUrl& url, const Headers& requestHeaders,
                                  int httpStatus, const Headers& responseHeaders, const QByteArray& responseBody,
                                  qint64 responseSize, const QDateTime& started, qint64 elapsedMs,
                                  const QString& outcome, qsizetype maxBodyBytes);

    // "Bearer abc...wxyz" -> "Bearer …wxyz" (the last 4 characters); other schemes likewise.
    static QByteArray redactAuthorization(const QByteArray& value);
    // A request or response body with its secrets cut to "…" and their last 4 characters: the values
    // of code, code_verifier, access_token, refresh_token, id_token, token, client_secret, password
    // and assertion fields in a form or a JSON object. A client_assertion (or assertion) JWT in a form
    // keeps its header and claims and loses its signature: "<header>.<claims>.…wxyz". A body that
    // names such a field but cannot be read is not kept at all.
    static QByteArray redactBody(const QByteArray& contentType, const QByteArray& body);
    static bool isSecretField(const QString& name);

    // A curl command line that repeats the request: the bearer token as $TOKEN, Basic credentials as
    // $CLIENT_ID:$CLIENT_SECRET, and each redacted form field as $FIELD_NAME.
    QString curlCommand() const;

    quint64 id = 0;
    QByteArray method;
    QUrl url;
    Headers requestHeaders; // redacted
    QByteArray requestBody; // redacted (redactBody); empty for a GET
    int httpStatus = 0; // 0: no HTTP answer (refused, timeout, ...)
    Headers responseHeaders;
    QByteArray responseBody; // possibly truncated, see bodyTruncated
    bool bodyTruncated = false;
    qint64 responseSize = 0;
    QDateTime started;
    qint64 elapsedMs = 0;
    QString outcome; // "OK", or the sentence the user saw
};

} // namespace ccri::net
