#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;

namespace ccri {

// Every action of the main window's screens, registered once with its default shortcut (which it
// gets on registration), so that shortcuts are given in one way and a clash is found, not hidden.
// MainWindow owns one; each screen registers its own actions (KeePassXC's ActionCollection).
//
//   window->actions()->add(m_signInAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
class ActionCollection : public QObject
{
    Q_OBJECT

public:
    explicit ActionCollection(QObject* parent = nullptr);

    void add(QAction* action, const QKeySequence& defaultShortcut = QKeySequence());
    QList<QAction*> actions() const;
    QKeySequence defaultShortcut(QAction* action) const;
    // The registered action other than `action` whose shortcuts include `shortcut`, else nullptr.
    QAction* conflictingAction(const QAction* action, const QKeySequence& shortcut) const;
    // One line per shortcut that two registered actions share (empty: none clash).
    QStringList conflicts() const;

private:
    QList<QPointer<QAction>> m_actions;
    QHash<const QAction*, QKeySequence> m_defaults;
};

} // namespace ccri
