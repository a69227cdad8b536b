#pragma once

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace ccri::sandbox {

// Request-log lines from the serving threads, carried to the thread this object lives on in
// batches: post() from any thread queues a line and, only when the queue was empty, wakes this
// thread to start a short timer (kBatchMs); the lines are emitted when it fires. So under load one
// wake-up carries every line of a few milliseconds instead of one line per request, and an idle
// sandbox thread is not woken for each request. Lines keep their order per posting thread.
//
//   RequestLogQueue queue;                       // on the sandbox's own thread
//   connect(&queue, &RequestLogQueue::lineReady, server, &SandboxServer::requestLogged);
//   queue.post(line);                            // on a serving thread
class RequestLogQueue : public QObject
{
    Q_OBJECT

public:
    explicit RequestLogQueue(QObject* parent = nullptr);

    void post(QString line); // any thread

signals:
    void lineReady(const QString& line); // on this object's thread

private:
    void drain();

    static constexpr int kBatchMs = 20;
    QMutex m_lock;
    QStringList m_lines; // under m_lock
    QTimer m_batch; // this object's thread only
};

} // namespace ccri::sandbox
