#pragma once

#include "app/auth/IdToken.h"
#include "app/auth/ServerProfile.h"
#include "app/auth/SmartConfiguration.h"
#include "app/auth/TokenRecord.h"
#include "app/core/ScopeSet.h"

#include <functional>
#include <memory>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccri::auth {

class Clock;
class ProfileStore;
class TokenClient;
class TokenStore;

// A signed-in session with one server: the current tokens, kept fresh.
// - Refreshes at 80% of the access token's lifetime (a timer; the time comes from a Clock seam),
//   whenever a refresh token exists, and saves the rotated record to the keychain (when the
//   profile keepsSessions()).
// - send(): an authorised request; on a 401 it refreshes once and retries the request once.
// - signOut(): revokes the refresh token and then the access token when the server has a
//   revocation endpoint, deletes the keychain record, and forgets the tokens.
class Session : public QObject
{
    Q_OBJECT
public:
    using ReplyHandler = std::function<void(QNetworkReply* reply)>; // the reply is deleted after the call
    using DoneHandler = std::function<void(bool ok, const QString& error)>;

    Session(const ServerProfile& profile, const SmartConfiguration& configuration, const TokenRecord& record,
            const QString& user, QNetworkAccessManager* network, TokenStore* tokens, QObject* parent = nullptr);
    ~Session() override;

    void setClock(const Clock* clock); // not owned; nullptr: the system clock
    void setProfileStore(ProfileStore* profiles) { m_profiles = profiles; }
    void setClientSecret(const QString& secret); // confidential clients: for refresh, revoke, introspect

    const ServerProfile& profile() const { return m_profile; }
    const SmartConfiguration& configuration() const { return m_configuration; }
    const TokenRecord& tokens() const { return m_record; }
    QString user() const { return m_user; }
    QString keychainKey() const;
    bool isSignedIn() const { return !m_record.accessToken.isEmpty(); }
    QString accessToken() const { return m_record.accessToken; }
    ScopeSet grantedScopes() const { return ScopeSet::parse(m_record.scope); }
    ScopeSet requestedScopes() const { return ScopeSet::parse(m_profile.scopes); }
    IdToken identity() const { return IdToken::decode(m_record.idToken); }
    QString patient() const { return m_record.patient; }
    qint64 secondsLeft() const; // -1 when the server gave no expiry
    QDateTime refreshDue() const; // invalid when no refresh is planned
    TokenClient* tokenClient() const { return m_client.get(); }

    // Adds "Authorization: Bearer <token>", the profile's TLS settings and a same-origin redirect policy
    // (a redirect to another host fails with QNetworkReply::InsecureRedirectError; the token stays here).
    void authorize(QNetworkRequest& request) const;
    // Sends an authorised request; on 401, refreshes once and retries once. `done` gets the final reply.
    void send(const QNetworkRequest& request, ReplyHandler done, const QByteArray& verb = QByteArrayLiteral("GET"),
              const QByteArray& body = QByteArray());
    // Refreshes now. Concurrent calls share one refresh.
    void refresh(DoneHandler done = {});
    void signOut(DoneHandler done = {});

signals:
    void tokensChanged();
    void signInRequired(const QString& reason); // refresh failed: the user must sign in again
    void signedOut();

private:
    void scheduleRefresh();
    void finishRefresh(bool ok, const QString& error);
    void dispatch(QNetworkRequest request, const QByteArray& verb, const QByteArray& body, bool retried,
                  ReplyHandler done);
    QDateTime now() const;

    ServerProfile m_profile;
    SmartConfiguration m_configuration;
    TokenRecord m_record;
    QString m_user;
    QNetworkAccessManager* m_network;
    TokenStore* m_tokens;
    ProfileStore* m_profiles = nullptr;
    const Clock* m_clock = nullptr;
    std::unique_ptr<Clock> m_systemClock;
    std::unique_ptr<TokenClient> m_client;
    QTimer m_refreshTimer;
    QList<DoneHandler> m_refreshWaiters;
    bool m_refreshing = false;
};

} // namespace ccri::auth
