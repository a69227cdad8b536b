#include "sandbox/auth/PendingAuthorizations.h"

#include "sandbox/auth/RandomToken.h"
#include "sandbox/server/SandboxClock.h"

namespace ccri::sandbox {

PendingAuthorizations::PendingAuthorizations(const SandboxClock& clock, int lifetimeSeconds)
    : m_clock(clock)
    , m_lifetimeSeconds(lifetimeSeconds)
{
}

QString PendingAuthorizations::add(PendingAuthorization request)
{
    const QDateTime now = m_clock.now();
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        if (it->expires <= now)
            it = m_requests.erase(it);
        else
            ++it;
    }
    request.id = RandomToken::generate(18);
    request.expires = now.addSecs(m_lifetimeSeconds);
    m_requests.insert(request.id, request);
    return request.id;
}

PendingAuthorization* PendingAuthorizations::find(const QString& id, const QString& sessionId)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end() || it->sessionId != sessionId || it->expires <= m_clock.now())
        return nullptr;
    return &it.value();
}

void PendingAuthorizations::remove(const QString& id)
{
    m_requests.remove(id);
}

} // namespace ccri::sandbox
