#pragma once

#include <map>
#include <QHash>
#include <QString>

namespace ccri::sandbox {

class SandboxClock;

// The client assertion `jti`s seen, each kept until its assertion's `exp` (RFC 7523 §3 item 7:
// the server may ensure a JWT is not replayed by keeping its jti until it expires; SMART App Launch
// 2.2 "Client Authentication: Asymmetric": the server must reject a jti it has seen). Expired
// entries are purged at every use; at most `capacity` live entries (assertions last at most 5
// minutes, so only a flood fills it, and then new assertions wait rather than old jtis being forgotten).
class JtiReplayCache
{
public:
    enum class Result
    {
        First, // recorded
        Replayed,
        Full
    };
    explicit JtiReplayCache(const SandboxClock& clock, int capacity = 100000);

    // Records (client, jti) until `expiresAt` (seconds since the epoch) unless already seen.
    Result use(const QString& clientId, const QString& jti, qint64 expiresAt);
    int size() const { return static_cast<int>(m_seen.size()); }

private:
    void purge();

    const SandboxClock& m_clock;
    int m_capacity;
    QHash<QString, qint64> m_seen; // client '\n' jti -> exp
    std::multimap<qint64, QString> m_byExpiry;
};

} // namespace ccri::sandbox
