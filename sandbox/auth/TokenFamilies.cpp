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

void TokenFamilies::revoke(const QString& family, RevocationList& revocations)
{
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
        if (family->isEmpty())
            family = m_families.erase(family);
        else
            ++family;
    }
}

} // namespace ccri::sandbox
