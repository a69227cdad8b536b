#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ccri::sandbox {

// Responses of the OAuth2 endpoints: JSON with Cache-Control: no-store, RFC 6749 §5.2 errors,
// and redirects back to the client (§4.1.2) with parameters encoded strictly ('+' as %2B).
class OAuthResponse
{
public:
    static QHttpServerResponse json(const QJsonObject& body,
                                    QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
    static QHttpServerResponse error(const QString& error, const QString& description,
                                     QHttpServerResponse::StatusCode status
                                     = QHttpServerResponse::StatusCode::BadRequest);
    // invalid_client: 401 with WWW-Authenticate: Basic.
    static QHttpServerResponse invalidClient(const QString& description);
    static QHttpServerResponse redirect(const QString& location);
    // <redirectUri>?<params> (appended with '&' when the URI has a query already).
    static QString withParameters(const QString& redirectUri, const QList<QPair<QString, QString>>& parameters);
    // RFC 9207 §2: `issuer` (when given) goes along as `iss`, as on every authorization response.
    static QHttpServerResponse errorRedirect(const QString& redirectUri, const QString& error,
                                             const QString& description, const QString& state,
                                             const QString& issuer = QString());
    static QHttpServerResponse methodNotAllowed(const QByteArray& allow);
};

} // namespace ccri::sandbox
