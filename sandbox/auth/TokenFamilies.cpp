#include "sandbox/auth/TokenFamilies.h"

#include "sandbox/auth/RandomToken.h"
#include "sandbox/auth/RevocationList.h"
#include "sandbox/server/SandboxClock.h"

namespace ccri::sandbox {

TokenFamilies::TokenFamilies(const SandboxClock& clock)
    : m_clock(clock)
{
}

QString TokenFamilies::start()
{
    prune();
    return RandomToken::generate(16);
}

void TokenFamilies::addAccessToken(const QString& family, const QString& jti, const QDateTime& expires)
{
    if (!family.isEmpty())
        m_families[family].append(Member {jti, expires});
}

void TokenFamilies::setSubject(const QString& family, const QString& subject)
{
    if (m_families.contains(family))
        m_subjects.insert(family, subject);
}

QStringList TokenFamilies::families(const QString& subject) const
{
    QStringList found;
    for (auto it = m_families.cbegin(); it != m_families.cend(); ++it) {
        if (subject.isEmpty() || m_subjects.value(it.key()) == subject)
            found << it.key();
    }
    return found;
}

void TokenFamilies::revoke(const QString& family, RevocationList& revocations)
{
    m_subjects.remove(family);
    for (const Member& member : m_families.take(family))
        revocations.revoke(member.jti, member.expires);
}

void TokenFamilies::prune()
{
    // An access token past its expiry needs no revocation; a family with none left is dropped (its
    // refresh token, if any, still names it, and a refresh starts the list again).
    const QDateTime now = m_clock.now();
    for (auto family = m_families.begin(); family != m_families.end();) {
        family->removeIf([&now](const Member& member) { return member.expires <= now; });
        if (family->isEmpty()) {
            m_subjects.remove(family.key());
            family = m_families.erase(family);
        } else {
            ++family;
        }
    }
}

} // namespace ccri::sandbox
