#include "app/auth/AuthorizationRequest.h"

namespace ccri::auth {

QList<QPair<QString, QString>> AuthorizationRequest::parameters() const
{
    QList<QPair<QString, QString>> result {
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("state"), state},
        {QStringLiteral("aud"), audience.toString(QUrl::FullyEncoded)},
    };
    if (!nonce.isEmpty()) // OIDC Core §3.1.2.1: binds the id_token to this request
        result.append({QStringLiteral("nonce"), nonce});
    if (!codeChallenge.isEmpty()) {
        result.append({QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge)});
        result.append({QStringLiteral("code_challenge_method"), QString::fromLatin1(codeChallengeMethod)});
    }
    return result;
}

QByteArray AuthorizationRequest::encode(const QString& text)
{
    // toPercentEncoding keeps exactly ALPHA / DIGIT / "-" / "." / "_" / "~" and encodes the rest.
    return text.toUtf8().toPercentEncoding();
}

QUrl AuthorizationRequest::url() const
{
    QByteArray query = authorizationEndpoint.query(QUrl::FullyEncoded).toLatin1();
    for (const auto& [key, value] : parameters()) {
        if (!query.isEmpty())
            query += '&';
        query += encode(key) + '=' + encode(value);
    }
    QUrl url = authorizationEndpoint;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace ccri::auth
