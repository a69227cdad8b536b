#include "ui/signin/ScopeComparisonView.h"

#include "ui/signin/ShapedTextDelegate.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ccri {

namespace {
QStringList texts(const QList<Scope>& scopes)
{
    QStringList result;
    for (const Scope& scope : scopes)
        result << scope.text();
    return result;
}
} // namespace

ScopeComparisonView::ScopeComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("scopeComparison"));
    m_tree->setObjectName(QStringLiteral("scopeComparisonTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true); // one line of text each: no row measured on its own at every sign-in
    // Each scope's text shaped once, not two or three times at every paint (0.7-0.9 ms of each sign-in's
    // first paint went to this tree's rows: docs/performance.md).
    m_tree->setItemDelegate(new ShapedTextDelegate(m_tree));
    m_tree->setAccessibleName(tr("Requested and granted scopes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    clear();
}

QTreeWidgetItem* ScopeComparisonView::addGroup(const QString& title, const QString& help, const QStringList& scopes)
{
    auto* group = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(scopes.size())});
    group->setToolTip(0, help);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    for (const QString& scope : scopes) {
        auto* item = new QTreeWidgetItem(group, {scope});
        item->setToolTip(0, help);
    }
    group->setExpanded(true);
    return group;
}

void ScopeComparisonView::setScopes(const ScopeSet& requested, const ScopeSet& granted)
{
    const ScopeSet::Comparison comparison = ScopeSet::compare(requested, granted);
    m_granted = texts(comparison.granted);
    m_narrowed = texts(comparison.narrowedAway);
    m_partly = texts(comparison.narrowed);
    m_added = texts(comparison.added);
    m_tree->clear();
    addGroup(tr("Granted"), tr("Asked for and granted (possibly by a broader scope)."), m_granted);
    if (!m_partly.isEmpty()) {
        // SMART App Launch 2.2 §"Finer-grained resource constraints using search parameters".
        addGroup(tr("Narrowed"), tr("Asked for whole, granted only in part: a qualified scope such as one category."),
                 m_partly);
    }
    addGroup(tr("Narrowed away"), tr("Asked for but not granted: declined at consent, or beyond the account's rights."),
             m_narrowed);
    addGroup(tr("Added by the server"), tr("Granted although nothing asked for them."), m_added);
    layOutNow();
}

void ScopeComparisonView::layOutNow()
{
    // The tree lays its rows out on a zero timer after a change, which comes after the window's next
    // paint: that paint would show the old rows and a second paint the new ones (two frames, two flushes).
    // Laid out now, the new rows are in the first. (Showing the tree did this while it was hidden signed out.)
    m_tree->doItemsLayout();
}

void ScopeComparisonView::clear()
{
    m_tree->clear();
    // Said in the tree rather than by hiding it: the view stays shown across a sign-in, which spares the
    // show (and the X round trip of its synthetic enter/leave) and the Session dock's change of layout.
    // An item, so that a screen reader reads it in the tree; not selectable, as there is nothing to copy.
    auto* signedOut = new QTreeWidgetItem(m_tree, {tr("No scopes granted: not signed in")});
    signedOut->setFlags(Qt::ItemIsEnabled);
    signedOut->setToolTip(0,
                          tr("The scopes asked for and those the server granted are compared here once you are "
                             "signed in."));
    layOutNow();
    m_granted.clear();
    m_narrowed.clear();
    m_partly.clear();
    m_added.clear();
}

} // namespace ccri
