#include "bench/signin/EventTimingApplication.h"

#include <QPaintEvent>
#include <QThread>
#include <QWidget>
#include <utility>

namespace ccri::bench {

void EventTimingApplication::start(const QElapsedTimer* clock)
{
    m_log.clear();
    m_clock = clock;
}

QStringList EventTimingApplication::stop()
{
    m_clock = nullptr;
    return std::exchange(m_log, {});
}

bool EventTimingApplication::notify(QObject* receiver, QEvent* event)
{
    // The GUI thread's events only: notify() runs on every thread that delivers events (Qt's HTTP
    // thread, the sandbox's, the simulated browser's), and the log is the GUI thread's.
    const bool timed = QThread::currentThread() == thread() && m_clock
        && (m_depth == 0 || (event->type() == QEvent::Paint && receiver->isWidgetType()));
    if (!timed)
        return QApplication::notify(receiver, event);
    const double at = double(m_clock->nsecsElapsed()) / 1e6;
    const int type = int(event->type());
    QString region;
    if (event->type() == QEvent::Paint) {
        const QRect painted = static_cast<QPaintEvent*>(event)->region().boundingRect();
        region = QStringLiteral(" %1x%2").arg(painted.width()).arg(painted.height());
    }
    // Named before: the receiver may be deleted by its event (DeferredDelete).
    const QString what = QString::fromLatin1(receiver->metaObject()->className()) + u'/' + receiver->objectName();
    QElapsedTimer took;
    took.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(took.nsecsElapsed()) / 1e6;
    if (m_clock && ms > (m_depth > 0 ? 0.01 : 0.02)) {
        m_log << QString(m_depth * 2, u' ')
                + QStringLiteral("%1 ms +%2 ms event %3 %4%5")
                      .arg(at, 0, 'f', 2)
                      .arg(ms, 0, 'f', 2)
                      .arg(type)
                      .arg(what, region);
    }
    return handled;
}

} // namespace ccri::bench
