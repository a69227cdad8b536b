#include "ui/signin/DelayedStatusMessage.h"

#include <QStatusBar>

namespace ccri {

DelayedStatusMessage::DelayedStatusMessage(QStatusBar* bar, int delayMs, QObject* parent)
    : QObject(parent)
    , m_bar(bar)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_bar)
            m_bar->showMessage(m_message, m_timeoutMs);
    });
}

void DelayedStatusMessage::show(const QString& message, int timeoutMs)
{
    m_message = message;
    m_timeoutMs = timeoutMs;
    // Not restarted: steps that keep coming faster than the delay still show the latest one then.
    if (!m_timer.isActive())
        m_timer.start();
}

void DelayedStatusMessage::cancel()
{
    m_timer.stop();
}

} // namespace ccri
