#include "ui/main/DeferredWhileHidden.h"

#include <QEvent>
#include <QWidget>

namespace ccri {

DeferredWhileHidden::DeferredWhileHidden(QWidget* widget, std::function<void()> work)
    : QObject(widget)
    , m_widget(widget)
    , m_work(std::move(work))
{
    widget->installEventFilter(this);
}

void DeferredWhileHidden::request()
{
    m_pending = true;
    if (m_widget->isVisible())
        run();
}

void DeferredWhileHidden::ensure()
{
    if (m_pending)
        run();
}

bool DeferredWhileHidden::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget && event->type() == QEvent::Show)
        ensure();
    return QObject::eventFilter(watched, event);
}

void DeferredWhileHidden::run()
{
    // Not pending before the work runs: a change the work itself makes asks again.
    m_pending = false;
    m_work();
}

} // namespace ccri
