#pragma once

#include "app/auth/ServerProfile.h"
#include "app/auth/SmartConfiguration.h"
#include "app/auth/TokenRecord.h"
#include "app/core/ScopeSet.h"
#include "app/crypto/SigningKey.h"
#include "app/net/AccessTokenProvider.h"
#include "app/net/JwtDecoder.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace ccri::auth {

class Clock;
class ProfileStore;
class TokenClient;
class TokenStore;

// A signed-in session with one server: the current tokens, kept fresh.
// - Refreshes at 80% of the access token's lifetime (a timer; the time comes from a Clock seam),
//   whenever a refresh token exists — or, for a backend service (client credentials: no refresh
//   token, SMART Backend Services), fetches a new token the same way at the same moment, and saves the rotated record
//   to the keychain (when the profile keepsSessions()).
// - It is the FHIR client's AccessTokenProvider: the client sends its token and, on a 401, asks it
//   once for a refresh before it retries once (FhirReply holds that rule).
// - signOut(): revokes the refresh token and then the access token when the server has a
//   revocation endpoint, deletes the keychain record, and forgets the tokens.
class Session : public net::AccessTokenProvider
{
    Q_OBJECT
public:
    using DoneHandler = std::function<void(bool ok, const QString& error)>;

    Session(const ServerProfile& profile, const SmartConfiguration& configuration, const TokenRecord& record,
            const QString& user, QNetworkAccessManager* network, TokenStore* tokens, QObject* parent = nullptr);
    ~Session() override;

    void setClock(const Clock* clock); // not owned; nullptr: the system clock
    void setProfileStore(ProfileStore* profiles) { m_profiles = profiles; }
    void setClientSecret(const QString& secret); // confidential clients: for refresh, revoke, introspect
    void setSigningKey(const crypto::SigningKey& key); // signed-JWT clients: the same
    // Whether the tokens can be renewed without the user: a refresh token, or client credentials.
    bool canRenew() const;
    QString clientAssertion() const override { return QString::fromLatin1(m_lastAssertion); } // empty: none
    void setClientAssertion(const QByteArray& assertion) { m_lastAssertion = assertion; } // the sign-in's

    const ServerProfile& profile() const { return m_profile; }
    const SmartConfiguration& configuration() const { return m_configuration; }
    const TokenRecord& tokens() const { return m_record; }
    QString user() const { return m_user; }
    QString keychainKey() const;
    bool isSignedIn() const { return !m_record.accessToken.isEmpty(); }
    QString accessToken() const override { return m_record.accessToken; }
    ScopeSet grantedScopes() const { return ScopeSet::parse(m_record.scope); }
    ScopeSet requestedScopes() const { return ScopeSet::parse(m_profile.scopes); }
    net::JwtDecoder::Identity identity() const { return net::JwtDecoder::identity(m_record.idToken); }
    QString patient() const { return m_record.patient; }
    qint64 secondsLeft() const; // -1 when the server gave no expiry
    QDateTime refreshDue() const; // invalid when no refresh is planned
    TokenClient* tokenClient() const { return m_client.get(); }

    // AccessTokenProvider: refreshes (once, shared) unless the token was already renewed since
    // `rejectedToken` left; done(false) without a refresh token.
    void refreshAfterUnauthorized(const QString& rejectedToken, RefreshDone done) override;
    QString idToken() const override { return m_record.idToken; }
    QString idTokenCheck() const override
    {
        return m_record.idToken.isEmpty() ? QString() : m_record.idTokenCheck.describe();
    }
    QString grantedScope() const override { return m_record.scope; }
    QString patientContext() const override { return m_record.patient; }
    // Refreshes now. Concurrent calls share one refresh.
    void refresh(DoneHandler done = {});
    void signOut(DoneHandler done = {});

signals:
    void tokensChanged();
    void signInRequired(const QString& reason); // refresh failed: the user must sign in again
    void signedOut();

private:
    void scheduleRefresh();
    void acceptRefreshed(const TokenRecord& record);
    void finishRefresh(bool ok, const QString& error);
    QDateTime now() const;

    ServerProfile m_profile;
    SmartConfiguration m_configuration;
    TokenRecord m_record;
    QString m_user;
    TokenStore* m_tokens;
    QNetworkAccessManager* m_network;
    ProfileStore* m_profiles = nullptr;
    const Clock* m_clock = nullptr;
    std::unique_ptr<Clock> m_systemClock;
    std::unique_ptr<TokenClient> m_client;
    QTimer m_refreshTimer;
    QList<DoneHandler> m_refreshWaiters;
    bool m_refreshing = false;
    QByteArray m_lastAssertion;
};

} // namespace ccri::auth
