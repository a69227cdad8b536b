#include "app/auth/Session.h"

#include "app/auth/Clock.h"
#include "app/auth/IdTokenVerifier.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"

namespace ccri::auth {

Session::Session(const ServerProfile& profile, const SmartConfiguration& configuration, const TokenRecord& record,
                 const QString& user, QNetworkAccessManager* network, TokenStore* tokens, QObject* parent)
    : net::AccessTokenProvider(parent)
    , m_profile(profile)
    , m_configuration(configuration)
    , m_record(record)
    , m_user(user)
    , m_tokens(tokens)
    , m_network(network)
    , m_systemClock(std::make_unique<Clock>())
    , m_client(std::make_unique<TokenClient>(network, configuration, profile.clientId))
{
    m_clock = m_systemClock.get();
    m_client->setSslConfiguration(profile.sslConfiguration());
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh(); });
    connect(this, &Session::tokensChanged, this, &AccessTokenProvider::accessTokenChanged);
    connect(m_client.get(), &TokenClient::assertionSent, this,
            [this](const QByteArray& assertion) { m_lastAssertion = assertion; });
    scheduleRefresh();
}

Session::~Session() = default;

void Session::setClock(const Clock* clock)
{
    m_clock = clock ? clock : m_systemClock.get();
    m_client->setClock(m_clock);
    scheduleRefresh();
}

void Session::setClientSecret(const QString& secret)
{
    m_client->setClientSecret(secret);
    scheduleRefresh();
}

void Session::setSigningKey(const crypto::SigningKey& key)
{
    m_client->setSigningKey(key);
    scheduleRefresh();
}

bool Session::canRenew() const
{
    // SMART Backend Services: no refresh token; the client asks again with a new assertion.
    return m_record.hasRefreshToken()
        || (m_profile.signInMode == ServerProfile::SignInMode::ClientCredentials && m_client->isConfidential());
}

QDateTime Session::now() const
{
    return m_clock->now();
}

QString Session::keychainKey() const
{
    return m_profile.tokenKey(m_user);
}

qint64 Session::secondsLeft() const
{
    if (!m_record.expiresAt.isValid())
        return -1;
    return std::max<qint64>(0, now().secsTo(m_record.expiresAt));
}

QDateTime Session::refreshDue() const
{
    const qint64 lifetime = m_record.lifetimeSeconds();
    if (!canRenew() || lifetime < 0)
        return QDateTime();
    return m_record.issuedAt.addMSecs(lifetime * 800); // 80% of the lifetime
}

void Session::scheduleRefresh()
{
    m_refreshTimer.stop();
    const QDateTime due = refreshDue();
    if (!due.isValid() || !isSignedIn())
        return;
    const qint64 wait = std::clamp<qint64>(now().msecsTo(due), 0, std::numeric_limits<int>::max());
    m_refreshTimer.start(int(wait));
}

void Session::refreshAfterUnauthorized(const QString& rejectedToken, RefreshDone done)
{
    if (!canRenew()) {
        done(false);
        return;
    }
    if (m_record.accessToken != rejectedToken) { // already refreshed since that request left
        done(true);
        return;
    }
    refresh([done](bool ok, const QString&) { done(ok); });
}

void Session::refresh(DoneHandler done)
{
    if (done)
        m_refreshWaiters.append(std::move(done));
    if (m_refreshing)
        return;
    if (!canRenew()) {
        finishRefresh(false, tr("The session has no refresh token; please sign in again."));
        return;
    }
    m_refreshing = true;
    m_refreshTimer.stop();
    if (!m_record.hasRefreshToken()) { // a backend service: a new client-credentials token
        m_client->clientCredentials(m_profile.scopes, [this](std::optional<TokenRecord> record, const QString& error) {
            if (!record) {
                finishRefresh(false, error);
                return;
            }
            acceptRefreshed(*record);
        });
        return;
    }
    m_client->refresh(m_record, [this](std::optional<TokenRecord> record, const QString& error) {
        if (!record) {
            finishRefresh(false, error);
            return;
        }
        if (record->idToken.isEmpty() || record->idToken == m_record.idToken) {
            acceptRefreshed(*record);
            return;
        }
        // A refresh that brings a new id_token: checked like the first (OIDC Core §12.2; no nonce then).
        auto* verifier = new IdTokenVerifier(m_network, m_configuration, m_profile.clientId, this);
        verifier->setSslConfiguration(m_profile.sslConfiguration());
        verifier->verify(record->idToken, QString(), now().toUTC(),
                         [this, verifier, refreshed = *record](const IdTokenCheck& check) {
                             verifier->deleteLater();
                             if (check.refusesSignIn()) {
                                 finishRefresh(false, check.describe());
                                 return;
                             }
                             TokenRecord checked = refreshed;
                             checked.idTokenCheck = check;
                             acceptRefreshed(checked);
                         });
    });
}

void Session::acceptRefreshed(const TokenRecord& record)
{
    m_record = record;
    if (m_profile.keepsSessions())
        m_tokens->saveRecord(keychainKey(), m_record);
    scheduleRefresh();
    emit tokensChanged();
    finishRefresh(true, QString());
}

void Session::finishRefresh(bool ok, const QString& error)
{
    m_refreshing = false;
    const QList<DoneHandler> waiters = std::exchange(m_refreshWaiters, {});
    for (const DoneHandler& waiter : waiters)
        waiter(ok, error);
    if (!ok)
        emit signInRequired(tr("The session could not be renewed, so please sign in again. %1").arg(error));
}

void Session::signOut(DoneHandler done)
{
    m_refreshTimer.stop();
    const TokenRecord record = std::exchange(m_record, TokenRecord());
    auto forget = [this, done](bool revoked, const QString& revokeError) {
        m_tokens->remove(
            keychainKey(), [this, done, revoked, revokeError](TokenStore::Result result, const QString& error) {
                if (m_profiles) {
                    m_profiles->setLastUser(m_profile.id, QString());
                    m_profiles->sync();
                }
                emit tokensChanged();
                emit signedOut();
                if (done)
                    done(revoked && result != TokenStore::Result::Failed, revokeError.isEmpty() ? error : revokeError);
            });
    };
    if (!m_client->canRevoke()) {
        forget(true, QString());
        return;
    }
    auto revokeAccess = [this, record, forget](bool refreshOk, const QString& refreshError) {
        if (record.accessToken.isEmpty()) {
            forget(refreshOk, refreshError);
            return;
        }
        m_client->revoke(record.accessToken, QStringLiteral("access_token"),
                         [forget, refreshOk, refreshError](bool ok, const QString& error) {
                             forget(refreshOk && ok, refreshError.isEmpty() ? error : refreshError);
                         });
    };
    if (record.refreshToken.isEmpty()) {
        revokeAccess(true, QString());
        return;
    }
    m_client->revoke(record.refreshToken, QStringLiteral("refresh_token"), revokeAccess);
}

} // namespace ccri::auth
