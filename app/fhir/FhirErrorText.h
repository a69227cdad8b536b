#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ccri::fhir {

// The sentences a user reads when a FHIR request goes wrong. Each says what happened, where, and
// what to check — never just a code.
class FhirErrorText
{
public:
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

} // namespace ccri::fhir
