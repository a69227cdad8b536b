#include "sandbox/server/AuthHandoff.h"

#include <QMetaObject>
#include <QThread>

namespace ccri::sandbox {

AuthHandoff::AuthHandoff(QObject* parent)
    : QObject(parent)
{
}

bool AuthHandoff::run(const std::function<void()>& work)
{
    Q_ASSERT(QThread::currentThread() != thread()); // the auth thread would wait for itself
    auto call = std::make_shared<Call>();
    call->work = &work;
    {
        QMutexLocker locker(&m_lock);
        if (m_closed)
            return false;
        m_waiting.append(call);
    }
    QMetaObject::invokeMethod(
        this,
        [this, call] {
            {
                QMutexLocker locker(&m_lock);
                if (call->state != Call::State::Waiting)
                    return; // dropped by close(): the serving thread has gone on
            }
            // Only close(), on this same thread, drops a call: the caller is still waiting here.
            (*call->work)();
            QMutexLocker locker(&m_lock);
            call->state = Call::State::Done;
            m_waiting.removeOne(call);
            m_changed.wakeAll();
        },
        Qt::QueuedConnection);
    QMutexLocker locker(&m_lock);
    while (call->state == Call::State::Waiting)
        m_changed.wait(&m_lock);
    return call->state == Call::State::Done;
}

void AuthHandoff::close()
{
    QMutexLocker locker(&m_lock);
    m_closed = true;
    for (const std::shared_ptr<Call>& call : std::as_const(m_waiting))
        call->state = Call::State::Dropped;
    m_waiting.clear();
    m_changed.wakeAll();
}

} // namespace ccri::sandbox
