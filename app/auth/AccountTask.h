#pragma once

#include "app/auth/ServerProfile.h"

#include <QObject>

class QNetworkAccessManager;

namespace ccri::auth {

class ProfileStore;
class TokenStore;

// What a task on one profile's account works with: the profile, the network, the keychain and the
// profile store (none owned). SignInFlow and SessionResumer are such tasks.
class AccountTask : public QObject
{
    Q_OBJECT
public:
    AccountTask(const ServerProfile& profile, QNetworkAccessManager* network, TokenStore* tokens,
                ProfileStore* profiles, QObject* parent = nullptr);

    const ServerProfile& profile() const { return m_profile; }

protected:
    ServerProfile m_profile;
    QNetworkAccessManager* m_network;
    TokenStore* m_tokens;
    ProfileStore* m_profiles;
};

} // namespace ccri::auth
