#include "sandbox/auth/AuthorizationCodeStore.h"

#include "sandbox/auth/RandomToken.h"
#include "sandbox/server/SandboxClock.h"

namespace ccri::sandbox {

AuthorizationCodeStore::AuthorizationCodeStore(const SandboxClock& clock, int lifetimeSeconds)
    : m_clock(clock)
    , m_lifetimeSeconds(lifetimeSeconds)
{
}

QString AuthorizationCodeStore::issue(const AuthorizationGrant& grant)
{
    prune();
    const QString code = RandomToken::generate();
    m_entries.insert(RandomToken::digest(code), Entry {grant, m_clock.now().addSecs(m_lifetimeSeconds), false, {}});
    return code;
}

AuthorizationCodeStore::Redemption AuthorizationCodeStore::redeem(const QString& code)
{
    Redemption result;
    auto it = m_entries.find(RandomToken::digest(code));
    if (it == m_entries.end())
        return result;
    if (it->redeemed) {
        result.outcome = Outcome::Reused;
        result.family = it->family;
        return result;
    }
    if (m_clock.now() >= it->expires) {
        m_entries.erase(it);
        result.outcome = Outcome::Expired;
        return result;
    }
    it->redeemed = true;
    result.outcome = Outcome::Redeemed;
    result.grant = it->grant;
    return result;
}

void AuthorizationCodeStore::recordIssued(const QString& code, const QString& family)
{
    auto it = m_entries.find(RandomToken::digest(code));
    if (it != m_entries.end())
        it->family = family;
}

void AuthorizationCodeStore::prune()
{
    // A redeemed code is kept a while longer, to recognise reuse.
    const QDateTime now = m_clock.now();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->expires.addSecs(it->redeemed ? 600 : 0) <= now)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace ccri::sandbox
