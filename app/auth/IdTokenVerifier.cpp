#include "app/auth/IdTokenVerifier.h"

#include "app/crypto/CompactJws.h"
#include "app/crypto/JwkSet.h"
#include "app/net/NetworkErrorText.h"
#include "app/net/NetworkRequest.h"

#include <nlohmann/json.hpp>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ccri::auth {

namespace {

QString stringClaim(const nlohmann::json& claims, const char* name)
{
    const auto it = claims.find(name);
    return it != claims.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString kidOf(const nlohmann::json& header)
{
    return header.is_object() ? stringClaim(header, "kid") : QString();
}

} // namespace

IdTokenVerifier::IdTokenVerifier(QNetworkAccessManager* network, const SmartConfiguration& configuration,
                                 const QString& clientId, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_configuration(configuration)
    , m_clientId(clientId)
{
}

IdTokenCheck IdTokenVerifier::checkClaims(const QString& idToken, const QString& expectedNonce,
                                          const QDateTime& now) const
{
    using Status = IdTokenCheck::Status;
    QString error;
    const auto parsed = crypto::CompactJws::parse(idToken.toLatin1(), &error);
    if (!parsed || !parsed->claims.is_object())
        return IdTokenCheck(Status::BadSignature, QString(), error);
    const nlohmann::json& claims = parsed->claims;
    const QString kid = kidOf(parsed->header);
    // §3.1.3.7 item 11: the nonce sent in the authentication request must come back exactly.
    if (!expectedNonce.isEmpty() && stringClaim(claims, "nonce") != expectedNonce)
        return IdTokenCheck(Status::WrongNonce, kid);
    // Item 2: iss exactly the issuer discovery named.
    if (!m_configuration.issuer.isEmpty() && QUrl(stringClaim(claims, "iss")) != m_configuration.issuer)
        return IdTokenCheck(Status::WrongIssuer, kid);
    // Item 3: aud (a string or an array) contains our client_id.
    bool audienceOk = false;
    const auto aud = claims.find("aud");
    if (aud != claims.end() && aud->is_string())
        audienceOk = QString::fromStdString(aud->get<std::string>()) == m_clientId;
    else if (aud != claims.end() && aud->is_array())
        for (const auto& entry : *aud)
            audienceOk
                = audienceOk || (entry.is_string() && QString::fromStdString(entry.get<std::string>()) == m_clientId);
    if (!audienceOk)
        return IdTokenCheck(Status::WrongAudience, kid);
    // Item 9: the current time before exp.
    const auto exp = claims.find("exp");
    if (exp == claims.end() || !exp->is_number() || exp->get<double>() <= double(now.toSecsSinceEpoch()))
        return IdTokenCheck(Status::Expired, kid);
    // Item 10 (iat "too far away from the current time") and RFC 7519 §4.1.5 (nbf): a fresh token
    // issued in the future, or long ago, means the two clocks differ.
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    for (const char* name : {"iat", "nbf"}) {
        const auto claim = claims.find(name);
        if (claim == claims.end() || !claim->is_number())
            continue;
        const qint64 offset = static_cast<qint64>(claim->get<double>()) - nowSeconds;
        if (offset > IdTokenCheck::clockLeewaySeconds || (name[0] == 'i' && -offset > IdTokenCheck::clockLeewaySeconds))
            return IdTokenCheck(Status::ClockSkew, kid,
                                QCoreApplication::translate("IdTokenVerifier", "%1 is %2 seconds from now.")
                                    .arg(QString::fromLatin1(name))
                                    .arg(offset));
    }
    return IdTokenCheck(Status::Checked, kid);
}

void IdTokenVerifier::verify(const QString& idToken, const QString& expectedNonce, const QDateTime& now, Done done)
{
    using Status = IdTokenCheck::Status;
    if (idToken.isEmpty()) {
        done(IdTokenCheck());
        return;
    }
    const IdTokenCheck claims = checkClaims(idToken, expectedNonce, now);
    if (claims.refusesSignIn()) {
        done(claims);
        return;
    }
    // Item 6 (with OIDC Core §10.1.1): the signature against the key the server publishes.
    if (m_configuration.jwksUri.isEmpty()) {
        done(IdTokenCheck(Status::NoJwksUri, claims.kid));
        return;
    }
    net::NetworkRequest request(m_configuration.jwksUri);
    request.accept("application/jwk-set+json, application/json").tls(m_ssl).transferTimeoutMs(20000);
    QNetworkReply* reply = request.send(m_network, QByteArray(), maxKeySetBytes);
    connect(reply, &QNetworkReply::finished, this, [reply, idToken, claims, done] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = net::NetworkErrorText::statusOf(reply);
        if (status != 200 || net::ReplySizeLimit::exceeded(reply)) {
            done(IdTokenCheck(Status::KeySetUnreachable, claims.kid, net::NetworkErrorText::describe(reply, body)));
            return;
        }
        QString error;
        const auto keys = crypto::JwkSet::parse(body, &error);
        if (!keys) {
            done(IdTokenCheck(Status::KeySetUnreachable, claims.kid, error));
            return;
        }
        const crypto::CompactJws::Verification verification = crypto::CompactJws::verify(idToken.toLatin1(), *keys);
        switch (verification.status) {
        case crypto::CompactJws::Status::Ok:
            done(claims); // Checked, or Expired (said, not refused)
            return;
        case crypto::CompactJws::Status::UnknownKey:
            done(IdTokenCheck(Status::UnknownKid, claims.kid));
            return;
        default:
            done(IdTokenCheck(Status::BadSignature, claims.kid, verification.message));
            return;
        }
    });
}

} // namespace ccri::auth
