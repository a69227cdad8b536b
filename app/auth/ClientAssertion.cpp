#include "app/auth/ClientAssertion.h"

#include "app/core/Base64Url.h"
#include "app/crypto/CompactJws.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace ccri::auth {

std::optional<QByteArray> ClientAssertion::make(const crypto::SigningKey& key, const QString& clientId,
                                                const QUrl& tokenEndpoint, const QDateTime& now, QString* error)
{
    // RFC 7519 §4.1.7 / RFC 7523 §3 item 7: a unique jti, so the server can refuse a replay. 128 random bits.
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    const qint64 issuedAt = now.toSecsSinceEpoch();
    const nlohmann::json claims {
        {"iss", clientId.toStdString()}, // RFC 7523 §3 item 1, SMART: the client id
        {"sub", clientId.toStdString()}, // RFC 7523 §3 item 2: the client id for client authentication
        {"aud", tokenEndpoint.toString(QUrl::FullyEncoded).toStdString()}, // §3 item 3, SMART: the token URL
        {"exp", issuedAt + kLifetimeSeconds}, // §3 item 4; SMART: no more than five minutes in the future
        {"iat", issuedAt},
        {"jti", Base64Url::encode(random).toStdString()},
    };
    // SMART App Launch 2.2 "Client Authentication: Asymmetric": header alg, kid and typ "JWT".
    const nlohmann::json header {{"typ", "JWT"}, {"kid", key.kid().toStdString()}};
    return crypto::CompactJws::sign(header, claims, key, error);
}

QString ClientAssertion::explainRefusal(const QString& description, const QString& clientId, const QUrl& tokenEndpoint)
{
    const QString text = description.toLower();
    auto names
        = [&text](const char* pattern) { return text.contains(QRegularExpression(QString::fromLatin1(pattern))); };
    // The rule: the first claim or header the server quotes ('alg' before a 'kid' it mentions in
    // passing), else the first word that names one.
    static const QRegularExpression quoted(QStringLiteral("['\"`](iss|sub|aud|exp|jti|kid|alg)['\"`]"));
    QString named = quoted.match(text).captured(1);
    if (named.isEmpty()) {
        if (names("\\bjwks\\b|jwks_uri|key set url"))
            named = QStringLiteral("jwks");
        else if (names("\\bkid\\b"))
            named = QStringLiteral("kid");
        else if (names("\\balg\\b|algorithm"))
            named = QStringLiteral("alg");
        else if (names("signature"))
            named = QStringLiteral("signature");
        else if (names("\\baud\\b|audience"))
            named = QStringLiteral("aud");
        else if (names("\\biss\\b|\\bsub\\b|issuer|subject"))
            named = QStringLiteral("iss");
        else if (names("\\bexp\\b|expir"))
            named = QStringLiteral("exp");
        else if (names("\\bjti\\b|replay"))
            named = QStringLiteral("jti");
    }
    QString rule;
    if (named == QLatin1String("jwks"))
        rule = tr("The server could not fetch this client's public keys from the JWK Set URL registered for it, "
                  "so it could not check the assertion's signature. Make sure that address answers.");
    else if (named == QLatin1String("kid"))
        rule = tr("The server does not know the key the assertion was signed with (its kid): register this "
                  "profile's public JWK Set with the server (Copy public JWK Set) or import the key it knows.");
    else if (named == QLatin1String("alg"))
        rule = tr("The server does not accept the assertion's signing algorithm (alg): choose one it lists in "
                  "token_endpoint_auth_signing_alg_values_supported.");
    else if (named == QLatin1String("signature"))
        rule = tr("The server found the assertion's signature wrong: the public key it holds for this client is not "
                  "the pair of this profile's private key.");
    else if (named == QLatin1String("aud"))
        rule = tr("The server refused the assertion's audience (aud): it must be the token endpoint's URL exactly, "
                  "and this app sent %1.")
                   .arg(tokenEndpoint.toString());
    else if (named == QLatin1String("iss") || named == QLatin1String("sub"))
        rule = tr("The server says the assertion's issuer and subject (iss, sub) are not the client it expects: "
                  "both are the profile's client id, \"%1\". Check the client id.")
                   .arg(clientId);
    else if (named == QLatin1String("exp") && names("future|ahead|minutes"))
        rule = tr("The server says the assertion's expiry (exp) is too far ahead: it allows at most five "
                  "minutes. Check that this computer's clock is right.");
    else if (named == QLatin1String("exp"))
        rule = tr("The server says the assertion had expired (exp) or had no expiry: check that this "
                  "computer's clock is right.");
    else if (named == QLatin1String("jti"))
        rule = tr("The server says the assertion's jti was missing or already used: each assertion may be used "
                  "once. Try again; if it happens again, the server is counting one assertion twice.");
    else if (names("unknown client|not found|unknown_client"))
        rule = tr("The server does not know the client id \"%1\": register this app with the server first, then "
                  "put the client id it gives in the profile.")
                   .arg(clientId);
    else if (names("private_key_jwt"))
        rule = tr("The server knows the client \"%1\", but not as a client that signs in with a signed JWT "
                  "(private_key_jwt): register it with its public JWK Set.")
                   .arg(clientId);
    else
        rule = tr("The server did not accept the client's signed assertion.");
    if (description.isEmpty())
        return rule;
    return tr("%1 The server said: \"%2\"").arg(rule, description);
}

} // namespace ccri::auth
