#pragma once

#include <QList>
#include <QStringList>

class QAccessibleInterface;
class QWidget;

namespace ccri::test {

// Walks the accessibility tree (QAccessible) of a window the way a screen reader does, and
// reports what a keyboard or screen-reader user would trip over: a focusable control with no
// accessible name, or a focusable widget that Tab never reaches.
class AccessibilityAudit
{
public:
    // Focusable, visible objects without a name, described by role, class and object name.
    static QStringList unnamedFocusable(QWidget* window);
    // Presses Tab (real key events, so a control that keeps Tab for itself traps the walk) and
    // returns the visible, enabled widgets that take focus by Tab but were never reached.
    static QStringList unreachableByTab(QWidget* window, QList<QWidget*>* visited = nullptr);
    // Visible labels that show an accelerator (&x) but have no buddy: the & shows literally and
    // Alt+x does nothing.
    static QStringList acceleratorsWithoutBuddy(QWidget* window);
    // The names of the tree's focusable objects, in tree order (for messages and sanity checks).
    static QStringList focusableNames(QWidget* window);

private:
    static void walk(QAccessibleInterface* node, int depth, QStringList* unnamed, QStringList* names);
};

} // namespace ccri::test
