#include "app/auth/AccountTask.h"

namespace ccri::auth {

AccountTask::AccountTask(const ServerProfile& profile, QNetworkAccessManager* network, TokenStore* tokens,
                         ProfileStore* profiles, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(network)
    , m_tokens(tokens)
    , m_profiles(profiles)
{
}

} // namespace ccri::auth
