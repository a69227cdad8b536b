#include "sandbox/auth/JtiReplayCache.h"

#include "sandbox/server/SandboxClock.h"

namespace ccri::sandbox {

JtiReplayCache::JtiReplayCache(const SandboxClock& clock, int capacity)
    : m_clock(clock)
    , m_capacity(capacity)
{
}

void JtiReplayCache::purge()
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    while (!m_byExpiry.empty() && m_byExpiry.begin()->first < now) {
        m_seen.remove(m_byExpiry.begin()->second);
        m_byExpiry.erase(m_byExpiry.begin());
    }
}

JtiReplayCache::Result JtiReplayCache::use(const QString& clientId, const QString& jti, qint64 expiresAt)
{
    purge();
    const QString key = clientId + QLatin1Char('\n') + jti;
    if (m_seen.contains(key))
        return Result::Replayed;
    if (m_seen.size() >= m_capacity)
        return Result::Full;
    m_seen.insert(key, expiresAt);
    m_byExpiry.emplace(expiresAt, key);
    return Result::First;
}

} // namespace ccri::sandbox
