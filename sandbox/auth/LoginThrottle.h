#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace ccri::sandbox {

class SandboxClock;

// Slows down password guessing on the login page, per user name and per client address: after
// 3 wrong passwords in a row for a user name (10 from one address: a classroom may share one),
// each further attempt must wait twice as long as the one
// before (1 s, 2 s, 4 s ... at most 5 minutes). Attempts made too early are not checked at all, and
// the page says when to try again; nothing sleeps, so the event loop keeps serving everyone else.
// A right password clears its user name and address. Entries an hour quiet are forgotten.
class LoginThrottle
{
public:
    static constexpr int freeFailuresPerUser = 3;
    static constexpr int freeFailuresPerAddress = 10;
    static constexpr qint64 maxWaitSeconds = 300;

    explicit LoginThrottle(const SandboxClock& clock);

    // Seconds before an attempt for this user name or from this address will be checked; 0: now.
    qint64 waitSeconds(const QString& username, const QString& address) const;
    void failed(const QString& username, const QString& address);
    void succeeded(const QString& username, const QString& address);

private:
    struct Entry
    {
        int failures = 0;
        QDateTime notBefore;
        QDateTime last;
    };
    void fail(const QString& key, int freeFailures);
    void prune();

    const SandboxClock& m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace ccri::sandbox
