#include "sandbox/server/RequestLogQueue.h"

#include <QMutexLocker>
#include <utility>

namespace ccri::sandbox {

void RequestLogQueue::post(QString line)
{
    bool wasEmpty = false;
    {
        const QMutexLocker locker(&m_lock);
        wasEmpty = m_lines.isEmpty();
        m_lines.append(std::move(line));
    }
    if (wasEmpty)
        QMetaObject::invokeMethod(this, &RequestLogQueue::drain, Qt::QueuedConnection);
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
