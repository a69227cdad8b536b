#include "sandbox/auth/LoginThrottle.h"

#include "sandbox/server/SandboxClock.h"

namespace ccri::sandbox {

namespace {
QString userKey(const QString& username)
{
    return QStringLiteral("user:") + username.toCaseFolded();
}

QString addressKey(const QString& address)
{
    return QStringLiteral("address:") + address;
}
} // namespace

LoginThrottle::LoginThrottle(const SandboxClock& clock)
    : m_clock(clock)
{
}

qint64 LoginThrottle::waitSeconds(const QString& username, const QString& address) const
{
    const QDateTime now = m_clock.now();
    qint64 wait = 0;
    for (const QString& key : {userKey(username), addressKey(address)}) {
        const auto it = m_entries.constFind(key);
        if (it != m_entries.constEnd() && it->notBefore.isValid() && it->notBefore > now)
            wait = qMax(wait, now.secsTo(it->notBefore) + (now.msecsTo(it->notBefore) % 1000 ? 1 : 0));
    }
    return wait;
}

void LoginThrottle::failed(const QString& username, const QString& address)
{
    prune();
    fail(userKey(username), freeFailuresPerUser);
    fail(addressKey(address), freeFailuresPerAddress);
}

void LoginThrottle::succeeded(const QString& username, const QString& address)
{
    m_entries.remove(userKey(username));
    m_entries.remove(addressKey(address));
}

void LoginThrottle::checking(const QString& username, const QString& address)
{
    ++m_checking[userKey(username)];
    ++m_checking[addressKey(address)];
}

void LoginThrottle::checked(const QString& username, const QString& address)
{
    for (const QString& key : {userKey(username), addressKey(address)}) {
        auto it = m_checking.find(key);
        if (it != m_checking.end() && --it.value() <= 0)
            m_checking.erase(it);
    }
}

bool LoginThrottle::mustWait(const QString& username, const QString& address) const
{
    const auto full = [this](const QString& key, int freeFailures) {
        const int underWay = m_checking.value(key);
        return underWay > 0 && m_entries.value(key).failures + underWay >= freeFailures;
    };
    return full(userKey(username), freeFailuresPerUser) || full(addressKey(address), freeFailuresPerAddress);
}

void LoginThrottle::fail(const QString& key, int freeFailures)
{
    const QDateTime now = m_clock.now();
    Entry& entry = m_entries[key];
    entry.failures = qMin(entry.failures + 1, 64);
    entry.last = now;
    const int over = entry.failures - freeFailures + 1; // the next attempt after the last free mistake waits
    if (over > 0)
        entry.notBefore = now.addSecs(over > 9 ? maxWaitSeconds : qMin(qint64(1) << (over - 1), maxWaitSeconds));
}

void LoginThrottle::prune()
{
    if (m_entries.size() < 1000)
        return;
    const QDateTime hourAgo = m_clock.now().addSecs(-3600);
    m_entries.removeIf([&hourAgo](const auto& item) { return item.value().last < hourAgo; });
}

} // namespace ccri::sandbox
