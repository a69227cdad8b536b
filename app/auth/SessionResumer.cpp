#include "app/auth/SessionResumer.h"

#include "app/auth/Clock.h"
#include "app/auth/Discovery.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/Session.h"
#include "app/auth/SigningKeyStore.h"
#include "app/auth/TokenStore.h"

namespace ccri::auth {

SessionResumer::SessionResumer(const ServerProfile& profile, QNetworkAccessManager* network, TokenStore* tokens,
                               ProfileStore* profiles, QObject* parent)
    : AccountTask(profile, network, tokens, profiles, parent)
{
}

void SessionResumer::start()
{
    const QString user = m_profiles->lastUser(m_profile.id);
    if (!m_profile.keepsSessions()) {
        // Never resumed; a record left by an older version (or a crash) is deleted.
        if (!user.isEmpty()) {
            m_tokens->remove(m_profile.tokenKey(user));
            m_profiles->setLastUser(m_profile.id, QString());
            m_profiles->sync();
        }
        emit noSavedSession();
        return;
    }
    if (user.isEmpty()) {
        emit noSavedSession();
        return;
    }
    m_tokens->loadRecord(
        m_profile.tokenKey(user),
        [this, user](TokenStore::Result result, std::optional<TokenRecord> record, const QString& error) {
            if (result == TokenStore::Result::NotFound) {
                emit noSavedSession();
                return;
            }
            if (!record) {
                emit signInRequired(tr("The saved session could not be read, so please sign in again. %1").arg(error));
                return;
            }
            auto* discovery = new Discovery(m_network, this);
            discovery->setSslConfiguration(m_profile.sslConfiguration());
            connect(discovery, &Discovery::failed, this, [this, discovery](const QString& message) {
                discovery->deleteLater();
                emit signInRequired(message);
            });
            connect(
                discovery, &Discovery::finished, this,
                [this, discovery, user, record = *record](const SmartConfiguration& configuration) {
                    discovery->deleteLater();
                    auto continueWith = [this, configuration, user, record](const QString& secret) {
                        auto* session = new Session(m_profile, configuration, record, user, m_network, m_tokens);
                        session->setProfileStore(m_profiles);
                        session->setClock(m_clock);
                        if (!secret.isEmpty())
                            session->setClientSecret(secret);
                        if (m_signingKey)
                            session->setSigningKey(*m_signingKey);
                        const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
                        if (!record.isExpired(now) && !record.accessToken.isEmpty()) {
                            emit resumed(session);
                            return;
                        }
                        session->refresh([this, session](bool ok, const QString& error) {
                            if (ok) {
                                emit resumed(session);
                                return;
                            }
                            session->deleteLater();
                            emit signInRequired(
                                tr("Your saved session has expired and could not be renewed; please sign in again. %1")
                                    .arg(error));
                        });
                    };
                    if (m_profile.clientType == ServerProfile::ClientType::SignedJwt) {
                        SigningKeyStore::load(m_tokens, m_profile,
                                              [this, configuration, user, record,
                                               continueWith](std::optional<crypto::SigningKey> key, TokenStore::Result,
                                                             const QString& error) {
                                                  if (!key) {
                                                      emit signInRequired(error);
                                                      return;
                                                  }
                                                  m_signingKey = std::move(key);
                                                  continueWith(QString());
                                              });
                        return;
                    }
                    if (m_profile.clientType != ServerProfile::ClientType::Confidential) {
                        continueWith(QString());
                        return;
                    }
                    m_tokens->loadText(m_profile.secretKey(),
                                       [continueWith](TokenStore::Result, const QString& secret, const QString&) {
                                           continueWith(secret);
                                       });
                });
            discovery->start(m_profile.fhirBase);
        });
}

} // namespace ccri::auth
