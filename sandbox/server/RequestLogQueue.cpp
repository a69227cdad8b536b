#include "sandbox/server/RequestLogQueue.h"

#include <QMutexLocker>
#include <utility>

namespace ccri::sandbox {

RequestLogQueue::RequestLogQueue(QObject* parent)
    : QObject(parent)
    , m_batch(this) // a child: it moves with this object to its thread
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &RequestLogQueue::drain);
}

void RequestLogQueue::post(QString line)
{
    bool wasEmpty = false;
    {
        const QMutexLocker locker(&m_lock);
        wasEmpty = m_lines.isEmpty();
        m_lines.append(std::move(line));
    }
    // The first line of a batch: the timer is started on this object's thread, where it lives.
    if (wasEmpty)
        QMetaObject::invokeMethod(&m_batch, qOverload<>(&QTimer::start), Qt::QueuedConnection);
}

void RequestLogQueue::drain()
{
    QStringList lines;
    {
        const QMutexLocker locker(&m_lock);
        lines.swap(m_lines);
    }
    for (const QString& line : std::as_const(lines))
        emit lineReady(line);
}

} // namespace ccri::sandbox
