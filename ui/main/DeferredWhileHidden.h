#pragma once

#include <functional>
#include <QObject>

class QWidget;

namespace ccri {

// Work that follows a change to what a widget shows, put off while the widget is hidden. A hidden
// dock or panel (shut, or behind another dock's tab) should cost nothing at a sign-in, which changes
// the token and the access several times for docks that are shut by default: the work is done once,
// when the widget is next shown or when a getter asks (ensure()), with the state in force then.
//
// A child of the widget, held by pointer, so that a const getter can call ensure() without a
// const_cast or a mutable flag. It sees the widget's QEvent::Show through an event filter: after
// the widget is visible (QWidget sets itself visible first) and before the widget's showEvent().
class DeferredWhileHidden : public QObject
{
    Q_OBJECT

public:
    DeferredWhileHidden(QWidget* widget, std::function<void()> work);

    void request(); // the state changed: the work now if the widget is visible, else when it is shown
    void ensure(); // the pending work now, if any (a question asked while hidden)
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void run();

    QWidget* m_widget = nullptr; // the parent: lives as long as this
    std::function<void()> m_work;
    bool m_pending = false;
};

} // namespace ccri
