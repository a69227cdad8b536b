#include "sandbox/auth/RefreshTokenStore.h"

#include "sandbox/auth/RandomToken.h"
#include "sandbox/server/SandboxClock.h"

namespace ccri::sandbox {

RefreshTokenStore::RefreshTokenStore(const SandboxClock& clock, int lifetimeSeconds)
    : m_clock(clock)
    , m_lifetimeSeconds(lifetimeSeconds)
{
}

QString RefreshTokenStore::issue(const AuthorizationGrant& grant, const QString& family)
{
    prune();
    const QString token = RandomToken::generate();
    m_records.insert(RandomToken::digest(token), Record {grant, m_clock.now().addSecs(m_lifetimeSeconds), family});
    return token;
}

std::optional<RefreshTokenStore::Record> RefreshTokenStore::find(const QString& token) const
{
    auto it = m_records.constFind(RandomToken::digest(token));
    if (it == m_records.constEnd() || it->expires <= m_clock.now())
        return std::nullopt;
    return *it;
}

QString RefreshTokenStore::rotatedFamily(const QString& token) const
{
    auto it = m_rotated.constFind(RandomToken::digest(token));
    if (it == m_rotated.constEnd() || it->expires <= m_clock.now())
        return {};
    return it->family;
}

void RefreshTokenStore::rotate(const QString& token)
{
    const QByteArray digest = RandomToken::digest(token);
    if (auto record = m_records.take(digest); !record.family.isEmpty())
        m_rotated.insert(digest, record);
}

void RefreshTokenStore::dropFamily(const QString& family)
{
    m_records.removeIf([&family](const auto& item) { return item.value().family == family; });
}

QStringList RefreshTokenStore::families(const QString& subject) const
{
    QStringList found;
    const QDateTime now = m_clock.now();
    for (const Record& record : m_records) {
        if (record.expires > now && (subject.isEmpty() || record.grant.subject == subject)
            && !found.contains(record.family))
            found << record.family;
    }
    return found;
}

void RefreshTokenStore::prune()
{
    const QDateTime now = m_clock.now();
    const auto expired = [&now](const auto& item) { return item.value().expires <= now; };
    m_records.removeIf(expired);
    m_rotated.removeIf(expired);
}

} // namespace ccri::sandbox
