#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ccri::auth {

// The authorization-code request URL (SMART App Launch, standalone): response_type=code,
// client_id, redirect_uri, scope, state, aud, with `openid` a nonce (OIDC Core §3.1.2.1) and, with
// PKCE, code_challenge + method S256.
// Every key and value is percent-encoded strictly (RFC 3986 unreserved characters only stay as
// they are), so a '+' is sent as %2B and never turns into a space.
class AuthorizationRequest
{
public:
    AuthorizationRequest() = default;

    QUrl authorizationEndpoint;
    QString clientId;
    QUrl redirectUri;
    QString scope;
    QString state;
    QString nonce; // empty: not sent
    QUrl audience; // the FHIR base URL
    QByteArray codeChallenge; // empty: no PKCE
    QByteArray codeChallengeMethod = QByteArrayLiteral("S256");

    QList<QPair<QString, QString>> parameters() const; // in the order sent
    QUrl url() const;
    static QByteArray encode(const QString& text); // strict percent-encoding
};

} // namespace ccri::auth
