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

IdTokenVerifier::~IdTokenVerifier()
{
    if (QNetworkReply* reply = m_prefetch) { // a sign-in given up while the keys were on their way
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
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
    if (m_prefetch) { // asked for while the user was at the browser: its answer is moments old
        connect(m_prefetch, &QNetworkReply::finished, this, [this, idToken, claims, done] {
            if (m_prefetched)
                useKeys(idToken, claims, done);
            else
                done(IdTokenCheck(IdTokenCheck::Status::KeySetUnreachable, claims.kid, m_prefetchProblem));
        });
        return;
    }
    if (m_prefetched) {
        useKeys(idToken, claims, done);
        return;
    }
    fetchKeys(idToken, claims, done);
}

QNetworkReply* IdTokenVerifier::requestKeys()
{
    net::NetworkRequest request(m_configuration.jwksUri);
    request.accept("application/jwk-set+json, application/json").tls(m_ssl).transferTimeoutMs(20000);
    return request.send(m_network, QByteArray(), maxKeySetBytes);
}

std::optional<crypto::JwkSet> IdTokenVerifier::readKeys(QNetworkReply* reply, QString* problem)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = net::NetworkErrorText::statusOf(reply);
    if (status != 200 || net::ReplySizeLimit::exceeded(reply)) {
        *problem = net::NetworkErrorText::describe(reply, body);
        return std::nullopt;
    }
    return crypto::JwkSet::parse(body, problem);
}

void IdTokenVerifier::prefetchKeys()
{
    if (m_configuration.jwksUri.isEmpty() || m_prefetch || m_prefetched)
        return;
    QNetworkReply* reply = requestKeys();
    m_prefetch = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_prefetch = nullptr;
        m_prefetched = readKeys(reply, &m_prefetchProblem);
    });
}

void IdTokenVerifier::useKeys(const QString& idToken, const IdTokenCheck& claims, const Done& done)
{
    const IdTokenCheck check = checkSignature(idToken, *m_prefetched, claims);
    // OIDC Core §10.1.1: a key the set fetched before did not have may have come since (rotation):
    // the set is asked for again, as if nothing had been fetched.
    if (check.status == IdTokenCheck::Status::UnknownKid) {
        m_prefetched.reset();
        fetchKeys(idToken, claims, done);
        return;
    }
    done(check);
}

void IdTokenVerifier::fetchKeys(const QString& idToken, const IdTokenCheck& claims, const Done& done)
{
    QNetworkReply* reply = requestKeys();
    connect(reply, &QNetworkReply::finished, this, [reply, idToken, claims, done] {
        QString problem;
        const std::optional<crypto::JwkSet> keys = readKeys(reply, &problem);
        if (!keys) {
            done(IdTokenCheck(IdTokenCheck::Status::KeySetUnreachable, claims.kid, problem));
            return;
        }
        done(checkSignature(idToken, *keys, claims));
    });
}

IdTokenCheck IdTokenVerifier::checkSignature(const QString& idToken, const crypto::JwkSet& keys,
                                             const IdTokenCheck& claims)
{
    using Status = IdTokenCheck::Status;
    const crypto::CompactJws::Verification verification = crypto::CompactJws::verify(idToken.toLatin1(), keys);
    switch (verification.status) {
    case crypto::CompactJws::Status::Ok:
        return claims; // Checked, or Expired (said, not refused)
    case crypto::CompactJws::Status::UnknownKey:
        return IdTokenCheck(Status::UnknownKid, claims.kid);
    default:
        return IdTokenCheck(Status::BadSignature, claims.kid, verification.message);
    }
}

} // namespace ccri::auth
