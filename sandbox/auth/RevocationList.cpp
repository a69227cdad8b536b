#include "sandbox/auth/RevocationList.h"

namespace ccri::sandbox {

void RevocationList::revoke(const QString& jti, const QDateTime& tokenExpires)
{
    if (!jti.isEmpty())
        m_revoked.insert(jti, tokenExpires);
}

void RevocationList::prune(const QDateTime& now)
{
    for (auto it = m_revoked.begin(); it != m_revoked.end();) {
        if (it.value() < now)
            it = m_revoked.erase(it);
        else
            ++it;
    }
}

} // namespace ccri::sandbox
