#include "sandbox/auth/RevocationList.h"

namespace ccri::sandbox {

void RevocationList::revoke(const QString& jti, const QDateTime& tokenExpires)
{
    if (jti.isEmpty())
        return;
    QWriteLocker locker(&m_lock);
    m_revoked.insert(jti, tokenExpires);
}

bool RevocationList::isRevoked(const QString& jti) const
{
    QReadLocker locker(&m_lock);
    return m_revoked.contains(jti);
}

void RevocationList::prune(const QDateTime& now)
{
    QWriteLocker locker(&m_lock);
    for (auto it = m_revoked.begin(); it != m_revoked.end();) {
        if (it.value() < now)
            it = m_revoked.erase(it);
        else
            ++it;
    }
}

} // namespace ccri::sandbox
