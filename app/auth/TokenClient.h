#pragma once

#include "app/auth/SmartConfiguration.h"
#include "app/auth/TokenRecord.h"
#include "app/crypto/SigningKey.h"

#include <functional>
#include <optional>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccri::auth {

class Clock;

// The token endpoint and its neighbours (RFC 6749, 7009, 7662), on QNetworkAccessManager.
// Public clients identify with `client_id` in the body; confidential clients authenticate with
// HTTP Basic (client_secret_basic), or, with a signing key, with a signed JWT (private_key_jwt:
// RFC 7523 §2.2, SMART App Launch 2.2 "Client Authentication: Asymmetric"; a fresh ClientAssertion
// per request, aud the token endpoint, and no client_id in the form). Every call is asynchronous and answers through
// its callback exactly once, with a record or a sentence. Nothing here logs a token, code, verifier or secret.
class TokenClient : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(std::optional<TokenRecord> record, const QString& error)>;
    using DoneCallback = std::function<void(bool ok, const QString& error)>;
    using IntrospectionCallback = std::function<void(std::optional<QJsonObject> answer, const QString& error)>;

    TokenClient(QNetworkAccessManager* network, const SmartConfiguration& configuration, const QString& clientId,
                const QString& clientSecret = QString(), QObject* parent = nullptr);

    // A new trust (the profile's CA file was added or changed) also drops the connections the
    // network manager keeps: Qt reuses them without looking at the new configuration.
    void setSslConfiguration(const QSslConfiguration& configuration);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setClock(const Clock* clock) { m_clock = clock; } // not owned; nullptr: the system clock
    void setClientSecret(const QString& secret) { m_clientSecret = secret; }
    void setSigningKey(const std::optional<crypto::SigningKey>& key) { m_signingKey = key; }
    bool hasSigningKey() const { return m_signingKey.has_value(); }
    bool isConfidential() const { return !m_clientSecret.isEmpty() || m_signingKey; }
    QByteArray lastAssertion() const { return m_lastAssertion; } // the last client assertion sent (a credential)
    // Test seams, to see a server refuse a broken assertion: another aud than the token endpoint
    // (empty: the token endpoint, the rule); this assertion instead of a fresh one, once (a replay).
    void setAssertionAudience(const QUrl& audience) { m_assertionAudience = audience; }
    void setNextAssertion(const QByteArray& assertion) { m_nextAssertion = assertion; }
    const SmartConfiguration& configuration() const { return m_configuration; }
    QString clientId() const { return m_clientId; }

    void exchangeCode(const QString& code, const QUrl& redirectUri, const QByteArray& codeVerifier,
                      const QString& requestedScope, TokenCallback done);
    // `previous` keeps what the answer does not repeat (a refresh token that was not rotated, the id_token).
    void refresh(const TokenRecord& previous, TokenCallback done, const QString& scope = QString());
    void clientCredentials(const QString& scope, TokenCallback done);
    bool canRevoke() const { return !m_configuration.revocationEndpoint.isEmpty(); }
    void revoke(const QString& token, const QString& tokenTypeHint, DoneCallback done);
    bool canIntrospect() const { return !m_configuration.introspectionEndpoint.isEmpty(); }
    void introspect(const QString& token, IntrospectionCallback done);

signals:
    // A client assertion was sent (for the token inspector; it is a short-lived credential: show it
    // decoded, never log it whole).
    void assertionSent(const QByteArray& assertion);

private:
    QNetworkReply* post(const QUrl& endpoint, QList<QPair<QString, QString>> form);
    void postForToken(QList<QPair<QString, QString>> form, const QString& requestedScope, const TokenRecord* previous,
                      TokenCallback done);

    QNetworkAccessManager* m_network;
    SmartConfiguration m_configuration;
    QString m_clientId;
    QString m_clientSecret;
    std::optional<crypto::SigningKey> m_signingKey;
    QByteArray m_lastAssertion;
    QUrl m_assertionAudience;
    QByteArray m_nextAssertion;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    int m_timeoutMs = 20000;
    const Clock* m_clock = nullptr;
};

} // namespace ccri::auth
