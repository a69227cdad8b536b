#pragma once

#include <QHttpServerRequest>
#include <QString>
#include <QUrl>

namespace ccri::sandbox {

// One line per request: time, method, path (query values that could be secrets replaced by
// "[redacted]"), status, milliseconds, client and user. Never a token, code, verifier, password
// or secret: those are only ever in bodies and headers, which are not logged, or redacted here.
class SandboxRequestLog
{
public:
    static QString line(const QHttpServerRequest& request, int status, qint64 milliseconds, const QString& clientId,
                        const QString& user);
    // The same from the request's method and URL, kept for an answer that comes later.
    static QString line(QHttpServerRequest::Method method, const QUrl& url, int status, qint64 milliseconds,
                        const QString& clientId, const QString& user);
    static QString redactedTarget(const QUrl& url);
    static bool isSecretParameter(const QString& name);
    // Control characters, spaces, backslashes and bidi/line-separator marks as \xNN / \uNNNN.
    static QString escaped(const QString& value);
};

} // namespace ccri::sandbox
