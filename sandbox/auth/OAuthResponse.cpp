#include "sandbox/auth/OAuthResponse.h"

#include "sandbox/auth/FormBody.h"

#include <QJsonDocument>

namespace ccri::sandbox {

QHttpServerResponse OAuthResponse::json(const QJsonObject& body, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response("application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

QHttpServerResponse OAuthResponse::error(const QString& error, const QString& description,
                                         QHttpServerResponse::StatusCode status)
{
    return json({{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status);
}

QHttpServerResponse OAuthResponse::invalidClient(const QString& description)
{
    QHttpServerResponse response
        = error(QStringLiteral("invalid_client"), description, QHttpServerResponse::StatusCode::Unauthorized);
    response.setHeader("WWW-Authenticate", "Basic realm=\"ccri-sandbox\"");
    return response;
}

QHttpServerResponse OAuthResponse::redirect(const QString& location)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    response.setHeader("Location", location.toUtf8());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QString OAuthResponse::withParameters(const QString& redirectUri, const QList<QPair<QString, QString>>& parameters)
{
    const QChar separator = redirectUri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return redirectUri + separator + QString::fromLatin1(FormBody::encode(parameters));
}

QHttpServerResponse OAuthResponse::errorRedirect(const QString& redirectUri, const QString& error,
                                                 const QString& description, const QString& state,
                                                 const QString& issuer)
{
    QList<QPair<QString, QString>> parameters {{QStringLiteral("error"), error},
                                               {QStringLiteral("error_description"), description}};
    if (!state.isEmpty())
        parameters.append({QStringLiteral("state"), state});
    if (!issuer.isEmpty())
        parameters.append({QStringLiteral("iss"), issuer});
    return redirect(withParameters(redirectUri, parameters));
}

QHttpServerResponse OAuthResponse::methodNotAllowed(const QByteArray& allow)
{
    QHttpServerResponse response
        = error(QStringLiteral("invalid_request"),
                QStringLiteral("This endpoint only answers %1.").arg(QString::fromLatin1(allow)),
                QHttpServerResponse::StatusCode::MethodNotAllowed);
    response.setHeader("Allow", allow);
    return response;
}

} // namespace ccri::sandbox
