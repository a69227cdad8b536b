#include "sandbox/auth/RefreshTokenStore.h"

#include "sandbox/auth/RandomToken.h"
#include "sandbox/auth/TokenDigest.h"
#include "sandbox/server/SandboxClock.h"

namespace ccri::sandbox {

RefreshTokenStore::RefreshTokenStore(const SandboxClock& clock, int lifetimeSeconds)
    : m_clock(clock)
    , m_lifetimeSeconds(lifetimeSeconds)
{
}

QString RefreshTokenStore::issue(const AuthorizationGrant& grant, const QString& accessTokenId)
{
    const QDateTime now = m_clock.now();
    for (auto it = m_records.begin(); it != m_records.end();) {
        if (it->expires <= now)
            it = m_records.erase(it);
        else
            ++it;
    }
    const QString token = RandomToken::generate();
    m_records.insert(TokenDigest::of(token), Record {grant, now.addSecs(m_lifetimeSeconds), accessTokenId});
    return token;
}

std::optional<RefreshTokenStore::Record> RefreshTokenStore::take(const QString& token)
{
    auto record = find(token);
    m_records.remove(TokenDigest::of(token));
    return record;
}

std::optional<RefreshTokenStore::Record> RefreshTokenStore::find(const QString& token) const
{
    auto it = m_records.constFind(TokenDigest::of(token));
    if (it == m_records.constEnd() || it->expires <= m_clock.now())
        return std::nullopt;
    return *it;
}

} // namespace ccri::sandbox
