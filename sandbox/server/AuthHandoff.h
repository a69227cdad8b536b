#pragma once

#include <functional>
#include <memory>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

namespace ccri::sandbox {

// Runs an auth request that arrived on an extra serving thread on the auth server's thread (the
// sandbox's own, where AuthServer, its timers and its login pool's answers live), while the
// serving thread waits: the request object (not copyable in Qt 6.4) stays alive on the waiting
// thread's stack. The work itself is short: the slow parts of auth (password checks, a client's
// key set) answer later, through the `done` the work hands on.
//
// No deadlock: the auth thread never waits for a serving thread while they serve. It only posts
// answers back to them (queued), and the SandboxServer joins them in its destructor after close(),
// which releases every serving thread still waiting here, before it waits for any of them. Not a
// nested event loop: the serving thread blocks on a wait condition, the auth thread runs the work
// from its own event loop.
//
//   // on a serving thread:
//   if (!handoff.run([&] { auth.handle(request, done); })) ... // closed: the sandbox is stopping
class AuthHandoff : public QObject
{
    Q_OBJECT

public:
    explicit AuthHandoff(QObject* parent = nullptr); // on the auth server's thread

    // From a serving thread other than this object's: `work` runs on this object's thread and run()
    // returns true once it has; false at once (the work not run) when closed.
    bool run(const std::function<void()>& work);
    // On this object's thread: no work starts any more; every run() still waiting returns false.
    void close();

private:
    struct Call
    {
        const std::function<void()>* work = nullptr;
        enum class State
        {
            Waiting,
            Done,
            Dropped
        } state
            = State::Waiting;
    };

    QMutex m_lock;
    QWaitCondition m_changed;
    bool m_closed = false;
    QList<std::shared_ptr<Call>> m_waiting;
};

} // namespace ccri::sandbox
