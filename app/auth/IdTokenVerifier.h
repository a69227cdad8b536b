#pragma once

#include "app/auth/IdTokenCheck.h"
#include "app/auth/SmartConfiguration.h"

#include <functional>
#include <QDateTime>
#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;

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

    void setSslConfiguration(const QSslConfiguration& configuration) { m_ssl = configuration; }

    // `expectedNonce` empty: no nonce was sent (a refresh), so none is required (OIDC Core §12.2).
    void verify(const QString& idToken, const QString& expectedNonce, const QDateTime& now, Done done);

    // The claim checks alone (no network), for verify() and its tests.
    IdTokenCheck checkClaims(const QString& idToken, const QString& expectedNonce, const QDateTime& now) const;

    static constexpr qint64 maxKeySetBytes = 256 * 1024;

private:
    QNetworkAccessManager* m_network;
    SmartConfiguration m_configuration;
    QString m_clientId;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
};

} // namespace ccri::auth
