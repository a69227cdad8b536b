#include "sandbox/auth/WorkerPool.h"

#include <QThread>

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

} // namespace ccri::sandbox
