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
// ResourcePlaceholderPage), setPage() swaps one. Pages can follow decisionChanged().
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
    QWidget* page(const QString& resourceType) const;

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
    void currentResourceTypeChanged(const QString& resourceType);

private:
    void rebuild();
    void keepUsefulCurrentTab(const QString& previous);
    QWidget* createPage(const QString& resourceType);
    void applyDecision(int index, const PolicyDecision& decision);
    void showState(int index, bool enabled, const QString& description); // tab, tooltip, accessible description

    QTabWidget* m_tabs = nullptr;
    PageFactory m_pageFactory;
    QList<PolicyDecision> m_decisions;
    QWidget* m_leading = nullptr;
    int offset() const { return m_leading ? 1 : 0; }
};

} // namespace ccri
