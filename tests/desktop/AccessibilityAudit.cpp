#include "tests/desktop/AccessibilityAudit.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QWidget>

namespace ccri::test {

namespace {

// The web page's accessible nodes are made by Chromium inside QtWebEngineCore, which is built
// without RTTI: their vtables carry no type information, so UBSan's vptr check (scripts/test --asan)
// reports every call on them as "invalid vptr". The calls are sound; only that check is off here.
#define CCRI_NO_VPTR_CHECK __attribute__((no_sanitize("vptr")))

CCRI_NO_VPTR_CHECK QString describe(QAccessibleInterface* node)
{
    QString what = QStringLiteral("role %1").arg(int(node->role()));
    if (QObject* object = node->object()) {
        what += QStringLiteral(" %1").arg(QLatin1String(object->metaObject()->className()));
        if (!object->objectName().isEmpty())
            what += QStringLiteral(" \"%1\"").arg(object->objectName());
        for (QObject* parent = object->parent(); parent; parent = parent->parent()) {
            if (!parent->objectName().isEmpty()) {
                what += QStringLiteral(" in \"%1\"").arg(parent->objectName());
                break;
            }
        }
    } else if (QAccessibleInterface* parent = node->parent(); parent && parent->object()) {
        what += QStringLiteral(" item of %1 \"%2\"")
                    .arg(QLatin1String(parent->object()->metaObject()->className()), parent->object()->objectName());
    }
    return what;
}

} // namespace

CCRI_NO_VPTR_CHECK void AccessibilityAudit::walk(QAccessibleInterface* node, int depth, QStringList* unnamed,
                                                 QStringList* names)
{
    if (!node || !node->isValid() || depth > 40)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible || state.offscreen)
        return;
    if (state.focusable && !state.disabled) {
        const QString name = node->text(QAccessible::Name).trimmed();
        if (name.isEmpty())
            unnamed->append(describe(node));
        else
            names->append(name);
    }
    const int count = node->childCount();
    for (int i = 0; i < count; ++i)
        walk(node->child(i), depth + 1, unnamed, names);
}

QStringList AccessibilityAudit::unnamedFocusable(QWidget* window)
{
    QStringList unnamed;
    QStringList names;
    walk(QAccessible::queryAccessibleInterface(window), 0, &unnamed, &names);
    return unnamed;
}

QStringList AccessibilityAudit::acceleratorsWithoutBuddy(QWidget* window)
{
    static const QRegularExpression accelerator(QStringLiteral("(^|[^&])&[^&\\s]"));
    QStringList found;
    for (QLabel* label : window->findChildren<QLabel*>()) {
        const QString text = label->text();
        const bool rich
            = label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        if (!rich && !label->buddy() && label->isVisibleTo(window) && accelerator.match(text).hasMatch())
            found.append(QStringLiteral("\"%1\"").arg(text));
    }
    return found;
}

QStringList AccessibilityAudit::focusableNames(QWidget* window)
{
    QStringList unnamed;
    QStringList names;
    walk(QAccessible::queryAccessibleInterface(window), 0, &unnamed, &names);
    return names;
}

QStringList AccessibilityAudit::unreachableByTab(QWidget* window, QList<QWidget*>* visited)
{
    QList<QWidget*> wanted;
    for (QWidget* child : window->findChildren<QWidget*>()) {
        if (child->isVisibleTo(window) && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)
            && child->window() == window && !child->focusProxy())
            wanted.append(child);
    }
    QList<QWidget*> reached;
    if (!wanted.isEmpty()) {
        wanted.first()->setFocus(Qt::TabFocusReason);
        QWidget* first = QApplication::focusWidget();
        QWidget* current = first;
        // Generous: a text browser visits each of its links before Tab leaves it.
        for (int step = 0; current && step < wanted.size() * 3 + 300; ++step) {
            if (!reached.contains(current))
                reached.append(current);
            QTest::keyClick(current, Qt::Key_Tab);
            current = QApplication::focusWidget();
            // Back at the start after going round (a text browser keeps focus while it visits its links).
            if (current == first && reached.size() > 1)
                break;
        }
    }
    if (visited)
        *visited = reached;
    QStringList unreachable;
    for (QWidget* widget : wanted) {
        if (!reached.contains(widget))
            unreachable.append(QStringLiteral("%1 \"%2\"")
                                   .arg(QLatin1String(widget->metaObject()->className()), widget->objectName()));
    }
    return unreachable;
}

} // namespace ccri::test
