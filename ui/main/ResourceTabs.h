#pragma once

#include "app/core/PolicyDecision.h"

#include <functional>
#include <QList>
#include <QString>
#include <QWidget>

class QTabBar;
class QTabWidget;

namespace ccri {

// One tab per resource type of the active policy, in the policy's order. A tab is enabled when
// the policy grants its type. Every tab's tooltip is PolicyDecision::explanation(); Qt 6.4 reports
// a tab's tooltip as its accessible description (QAccessibleTabButton), and does not report a
// disabled tab as disabled, so a screen-reader user hears "Unavailable — needs ... (CCRI policy)".
//
// A partly open type (granted only through SMART v2 qualified scopes, e.g. one category) is enabled
// and labelled "Observation (part)"; its tooltip says which part and which scope would open the rest.
//
// Pages are replaceable: setPageFactory() decides what each type's page is (the default is a
// ResourcePlaceholderPage), setPage() swaps one. Pages follow pageDecisionChanged(): a page gets its
// type's decision when it is shown (current) or asked for through page(), not while it is hidden and
// unasked (a sign-in decides a dozen types of which one page is seen). decisionChanged() is for
// everything else that follows the access (every type, after every update).
class ResourceTabs : public QWidget
{
    Q_OBJECT

public:
    using PageFactory = std::function<QWidget*(const QString& resourceType, QWidget* parent)>;

    explicit ResourceTabs(QWidget* parent = nullptr);

    // Rebuilds the tabs when the types (or their order) differ, then updates every tab's state.
    void setDecisions(const QList<PolicyDecision>& decisions);
    const QList<PolicyDecision>& decisions() const { return m_decisions; }
    PolicyDecision decision(const QString& resourceType) const;

    void setPageFactory(const PageFactory& factory); // rebuilds every page
    void setPage(const QString& resourceType, QWidget* page); // takes ownership; the old page is deleted
    // Given its type's latest decision first: not const, since that emits pageDecisionChanged().
    QWidget* page(const QString& resourceType);
    // The page as it is, its decision perhaps not yet given (for what does not depend on it: a
    // patient, a sort, a note), so that going through every page does not decide every page.
    QWidget* pageAsIs(const QString& resourceType) const;

    int count() const;
    QString resourceTypeAt(int index) const;
    int indexOf(const QString& resourceType) const;
    bool isTabEnabled(const QString& resourceType) const;
    QString currentResourceType() const;
    QTabBar* tabBar() const;

    // "Try anyway": a shut tab opens for one request. Its tooltip and description say so (not
    // "Unavailable": it is open) and still name the scope it lacks; shutAgain() restores the decision.
    void openForOneLook(const QString& resourceType);
    void shutAgain(const QString& resourceType);

    // A page before the type tabs that belongs to no resource type (the patient Overview): its tab index is 0
    // and resourceTypeAt(0) is "". Indexes from indexOf() and resourceTypeAt() are tab bar indexes either way.
    // Shut until setLeadingPageEnabled(); never chosen as the "first open tab".
    void setLeadingPage(QWidget* page, const QString& title);
    QWidget* leadingPage() const { return m_leading; }
    void setLeadingPageEnabled(bool enabled, const QString& description);
    void showLeadingPage();

signals:
    void decisionChanged(const ccri::PolicyDecision& decision); // for every tab, after every update
    // For the pages: the decision about one type, when that type's page is shown or asked for and its
    // decision changed since it last had one (a page ignores another type's).
    void pageDecisionChanged(const ccri::PolicyDecision& decision);
    void currentResourceTypeChanged(const QString& resourceType);

private:
    void rebuild();
    void keepUsefulCurrentTab(const QString& previous);
    QWidget* createPage(const QString& resourceType);
    void applyDecision(int index, const PolicyDecision& decision);
    void showState(int index, bool enabled, const QString& description); // tab, tooltip, accessible description
    void givePageItsDecision(int index); // if it has not had the latest one

    QTabWidget* m_tabs = nullptr;
    PageFactory m_pageFactory;
    QList<PolicyDecision> m_decisions;
    QWidget* m_leading = nullptr;
    QList<bool> m_pageDecisionStale; // per type, as m_decisions: its page has not had the latest
    int offset() const { return m_leading ? 1 : 0; }
};

} // namespace ccri
