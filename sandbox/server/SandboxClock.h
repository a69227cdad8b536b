#pragma once

#include <atomic>
#include <QDateTime>

namespace ccri::sandbox {

// The sandbox's notion of "now" (UTC), for code, token and session expiry. Tests move it forward
// instead of sleeping (e.g. past an authorization code's 60 s).
class SandboxClock
{
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds.load()); }
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }

private:
    std::atomic<qint64> m_offsetSeconds {0};
};

} // namespace ccri::sandbox
