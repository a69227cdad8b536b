#pragma once

#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>
#include <utility>

namespace ccri::sandbox {

// A thread pool of its own for one of the auth server's slow steps (LoginPage's password checks,
// TokenSigner's signatures), whose answers come back on the thread that made it, the serving
// thread: no blocking wait, no nested event loop. One thread less than the cores: one core stays
// with the serving thread, so a class signing in at once never takes them all; and its threads run
// at a lower priority (nice 10), so that where they compete with the serving thread for a core (two
// cores, a storm of sign-ins: PBKDF2 takes a whole one) the FHIR requests go first (issue 13,
// docs/performance.md: the storm's FHIR p99 about halved). Destroyed only when
// the sandbox stops: work not started is dropped, the running work ends first, and no answer comes
// after.
class WorkerPool
{
public:
    explicit WorkerPool(const QString& name);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // work() on the pool, then then(its result) on this thread.
    template<typename Work, typename Then> void run(Work&& work, Then&& then)
    {
        QtConcurrent::run(&m_pool, [work = std::forward<Work>(work)]() mutable {
            yieldToServing();
            return work();
        }).then(&m_context, std::forward<Then>(then));
    }

private:
    static void yieldToServing(); // lowers the calling pool thread's priority, once
    QThreadPool m_pool;
    QObject m_context; // the answers run on this thread; declared after the pool, so destroyed first
};

} // namespace ccri::sandbox
