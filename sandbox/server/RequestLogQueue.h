#pragma once

#include <QMutex>
#include <QObject>
#include <QStringList>

namespace ccri::sandbox {

// Request-log lines from the extra serving threads, carried to the thread this object lives on in
// batches: post() from any thread queues a line and wakes this thread only when the queue was empty,
// so under load one wake-up (one queued call) carries many lines instead of one per request.
// Lines keep their order per posting thread.
//
//   RequestLogQueue queue;                       // on the sandbox's own thread
//   connect(&queue, &RequestLogQueue::lineReady, server, &SandboxServer::requestLogged);
//   queue.post(line);                            // on a serving thread
class RequestLogQueue : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void post(QString line); // any thread

signals:
    void lineReady(const QString& line); // on this object's thread

private:
    void drain();

    QMutex m_lock;
    QStringList m_lines; // under m_lock
};

} // namespace ccri::sandbox
