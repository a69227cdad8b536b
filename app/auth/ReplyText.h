#pragma once

#include <QByteArray>
#include <QString>

class QNetworkReply;

namespace ccri::auth {

// What came back from a server, in words, for error messages: "HTTP 404 with an HTML page",
// "no answer: Connection refused", "a TLS error: ...". Never quotes a body that could hold a token.
class ReplyText
{
public:
    static QString describe(QNetworkReply* reply, const QByteArray& body);
    static int httpStatus(QNetworkReply* reply);
    static bool isHtml(QNetworkReply* reply, const QByteArray& body);
    // The RFC 6749 §5.2 error of a JSON error body: "invalid_grant: The code has expired", or empty.
    static QString oauthError(const QByteArray& body);
};

} // namespace ccri::auth
