#include "ui/main/ActionCollection.h"

#include <QAction>

namespace ccri {

ActionCollection::ActionCollection(QObject* parent)
    : QObject(parent)
{
}

void ActionCollection::add(QAction* action, const QKeySequence& defaultShortcut)
{
    if (!action || m_actions.contains(action))
        return;
    m_actions.append(action);
    m_defaults.insert(action, defaultShortcut);
    if (!defaultShortcut.isEmpty())
        action->setShortcut(defaultShortcut);
    connect(action, &QObject::destroyed, this, [this, action] { m_defaults.remove(action); });
}

QList<QAction*> ActionCollection::actions() const
{
    QList<QAction*> result;
    for (const QPointer<QAction>& action : m_actions) {
        if (action)
            result.append(action);
    }
    return result;
}

QKeySequence ActionCollection::defaultShortcut(QAction* action) const
{
    return m_defaults.value(action);
}

QAction* ActionCollection::conflictingAction(const QAction* action, const QKeySequence& shortcut) const
{
    if (shortcut.isEmpty())
        return nullptr;
    for (QAction* other : actions()) {
        if (other != action && other->shortcuts().contains(shortcut))
            return other;
    }
    return nullptr;
}

QStringList ActionCollection::conflicts() const
{
    QStringList found;
    const QList<QAction*> all = actions();
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (const QKeySequence& shortcut : all.at(i)->shortcuts()) {
            for (qsizetype j = i + 1; j < all.size(); ++j) {
                if (all.at(j)->shortcuts().contains(shortcut))
                    found << QStringLiteral("%1 is the shortcut of both %2 and %3")
                                 .arg(shortcut.toString(), all.at(i)->objectName(), all.at(j)->objectName());
            }
        }
    }
    return found;
}

} // namespace ccri
