#pragma once

#include "sandbox/auth/PendingAuthorization.h"

#include <QHash>
#include <QString>

namespace ccri::sandbox {

class SandboxClock;

// Authorization requests between /auth/authorize and the consent answer (10 minutes at most).
class PendingAuthorizations
{
public:
    explicit PendingAuthorizations(const SandboxClock& clock, int lifetimeSeconds = 600);

    QString add(PendingAuthorization request); // returns its new id
    // The request when it exists, has not expired and belongs to `sessionId`; else nullptr.
    PendingAuthorization* find(const QString& id, const QString& sessionId);
    void remove(const QString& id);

private:
    const SandboxClock& m_clock;
    int m_lifetimeSeconds;
    QHash<QString, PendingAuthorization> m_requests;
};

} // namespace ccri::sandbox
