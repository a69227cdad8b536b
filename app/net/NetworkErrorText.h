#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ccri::net {

// The sentences a user reads when a request goes wrong, for sign-in and FHIR alike. Each says what
// happened, where, and what to check — never just a code, and never a body that could hold a token.
class NetworkErrorText
{
public:
    // What came back, in a phrase for the sign-in's messages ("HTTP 404 with an HTML page", "no answer:
    // the connection was refused ...", "a TLS error: ...").
    static QString describe(QNetworkReply* reply, const QByteArray& body);
    static int statusOf(QNetworkReply* reply); // 0 when no HTTP answer came
    // The RFC 6749 §5.2 error of a JSON error body: "invalid_grant: The code has expired", or empty.
    static QString oauthError(const QByteArray& body);
    // An HTML page (a login page, a proxy's error page) rather than the JSON asked for.
    static bool looksLikeHtml(const QByteArray& contentType, const QByteArray& body);

    // Full sentences for the FHIR client.
    static QString network(QNetworkReply::NetworkError error, const QUrl& url, const QString& detail);
    static QString tls(const QUrl& url, const QStringList& sslErrors);
    static QString timeout(const QUrl& url, int seconds);
    static QString tooLarge(const QUrl& url, qint64 limitBytes);
    static QString cancelled();
    static QString notConnected();
    static QString foreignOrigin(const QUrl& url, const QUrl& base);
    static QString html(const QUrl& url, int httpStatus);
    static QString notJson(const QUrl& url, int httpStatus, const QByteArray& contentType);
    static QString malformedJson(const QString& parserMessage);
    static QString httpStatus(int httpStatus, const QByteArray& reason, const QString& diagnostics);
    static QString hostOf(const QUrl& url); // "127.0.0.1:8080"
};

} // namespace ccri::net
