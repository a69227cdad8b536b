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
//
// Passwords are checked off the serving thread, several at once. A check under way counts as a
// failure until it is decided (mustWait): guesses sent all at once get no more checks than the same
// guesses sent one after another; the attempts beyond wait (not blocking) for the checks under way.
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
    // A password check for this user name and address starts / ends (call checked() before
    // failed() or succeeded()).
    void checking(const QString& username, const QString& address);
    void checked(const QString& username, const QString& address);
    // True when the checks under way for this user name or address, counted as failures, use up what
    // is left of its free failures: the attempt must wait until one of them is decided.
    bool mustWait(const QString& username, const QString& address) const;

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
    QHash<QString, int> m_checking; // checks under way, by key
};

} // namespace ccri::sandbox
