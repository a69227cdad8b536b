#include "sandbox/auth/WorkerPool.h"

#include <QThread>
#include <sys/resource.h>
#include <unistd.h>

namespace ccri::sandbox {

WorkerPool::WorkerPool(const QString& name)
{
    m_pool.setObjectName(name);
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
}

WorkerPool::~WorkerPool()
{
    // Work not started is dropped; the running work (milliseconds) ends before the answers' context goes.
    m_pool.clear();
    m_pool.waitForDone();
}

void WorkerPool::yieldToServing()
{
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        // Linux: a thread's own nice value (setpriority(2) on its tid); raising it needs no privilege.
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
    }
}

} // namespace ccri::sandbox
