#pragma once

#include "app/auth/IdTokenCheck.h"
#include "app/auth/SmartConfiguration.h"
#include "app/crypto/JwkSet.h"

#include <functional>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccri::auth {

// Checks one id_token as OIDC Core §3.1.3.7 asks, asynchronously: the claims first (iss equals the
// discovered issuer when there is one, item 2; aud contains the client_id, item 3; exp not passed,
// item 9; nonce equals the one sent, item 11), then the signature (item 6) against the JWK Set
// fetched from the configuration's jwks_uri through net::NetworkRequest (the profile's TLS, a
// size limit). Answers through its callback exactly once.
class IdTokenVerifier : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const IdTokenCheck& check)>;

    IdTokenVerifier(QNetworkAccessManager* network, const SmartConfiguration& configuration, const QString& clientId,
                    QObject* parent = nullptr);
    ~IdTokenVerifier() override;

    void setSslConfiguration(const QSslConfiguration& configuration) { m_ssl = configuration; }

    // `expectedNonce` empty: no nonce was sent (a refresh), so none is required (OIDC Core §12.2).
    void verify(const QString& idToken, const QString& expectedNonce, const QDateTime& now, Done done);

    // Fetches the key set now, before any id_token has come: the set is public (OIDC Core §10.1.1),
    // so a sign-in asks for it while the user is at the browser. verify() then uses it, waits for it
    // if it is still on its way, and asks again if it lacks the token's key (rotated meanwhile) or
    // was not there when the token came.
    void prefetchKeys();

    // The claim checks alone (no network), for verify() and its tests.
    IdTokenCheck checkClaims(const QString& idToken, const QString& expectedNonce, const QDateTime& now) const;

    static constexpr qint64 maxKeySetBytes = 256 * 1024;

private:
    QNetworkReply* requestKeys();
    static std::optional<crypto::JwkSet> readKeys(QNetworkReply* reply, QString* problem);
    void useKeys(const QString& idToken, const IdTokenCheck& claims, const Done& done);
    void fetchKeys(const QString& idToken, const IdTokenCheck& claims, const Done& done);
    static IdTokenCheck checkSignature(const QString& idToken, const crypto::JwkSet& keys, const IdTokenCheck& claims);

    QNetworkAccessManager* m_network;
    SmartConfiguration m_configuration;
    QString m_clientId;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    QPointer<QNetworkReply> m_prefetch; // prefetchKeys()'s request, while on its way
    std::optional<crypto::JwkSet> m_prefetched; // its answer
    QString m_prefetchProblem; // or why there is none
};

} // namespace ccri::auth
