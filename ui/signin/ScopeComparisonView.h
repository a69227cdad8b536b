#pragma once

#include "app/core/ScopeSet.h"

#include <QStringList>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace ccri {

// Requested vs granted scopes, compared by meaning (ScopeSet::compare): what was granted, what
// was narrowed away (asked for, not granted) and what the server added unasked. Cleared (signed out),
// one line says there is nothing to compare.
class ScopeComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ScopeComparisonView(QWidget* parent = nullptr);

    void setScopes(const ScopeSet& requested, const ScopeSet& granted);
    void clear(); // to the signed-out line

    QStringList grantedScopes() const { return m_granted; }
    QStringList narrowedAwayScopes() const { return m_narrowed; }
    QStringList partlyGrantedScopes() const { return m_partly; } // asked whole, granted in part
    QStringList addedScopes() const { return m_added; }

private:
    void layOutNow();
    QTreeWidgetItem* addGroup(const QString& title, const QString& help, const QStringList& scopes);

    QTreeWidget* m_tree;
    QStringList m_granted;
    QStringList m_narrowed;
    QStringList m_partly;
    QStringList m_added;
};

} // namespace ccri
