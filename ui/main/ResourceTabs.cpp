#include "ui/main/ResourceTabs.h"

#include "ui/main/ResourcePlaceholderPage.h"

#include <QAccessible>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ccri {

ResourceTabs::ResourceTabs(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("resourceTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setExpanding(false);
    m_tabs->setAccessibleName(tr("Resource types"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        givePageItsDecision(index); // before it is enabled and seen
        if (QWidget* page = m_tabs->widget(index))
            page->setEnabled(m_tabs->isTabEnabled(index)); // an open page is enabled when it is shown
        emit currentResourceTypeChanged(resourceTypeAt(index));
    });
}

void ResourceTabs::setDecisions(const QList<PolicyDecision>& decisions)
{
    bool sameTypes = decisions.size() == m_decisions.size();
    for (qsizetype i = 0; sameTypes && i < decisions.size(); ++i)
        sameTypes = decisions.at(i).resourceType == m_decisions.at(i).resourceType;
    const QString current = currentResourceType();
    m_decisions = decisions;
    if (!sameTypes)
        rebuild();
    m_pageDecisionStale.resize(m_decisions.size(), true);
    // Open tabs first, then leave a tab that shuts, then shut the rest with the current tab last: QTabBar
    // moves off a current tab that is shut to the next open one, so shutting in order walked through
    // every page (each shown and hidden on the way) at every sign-out.
    const int currentIndex = m_tabs->currentIndex();
    for (int i = 0; i < m_decisions.size(); ++i) {
        if (m_decisions.at(i).granted)
            applyDecision(i + offset(), m_decisions.at(i));
    }
    const bool currentShuts = currentIndex >= offset() && currentIndex - offset() < m_decisions.size()
        && !m_decisions.at(currentIndex - offset()).granted;
    if (currentShuts) {
        for (int i = 0; i < m_decisions.size(); ++i) {
            if (m_decisions.at(i).granted) {
                m_tabs->setCurrentIndex(i + offset());
                break;
            }
        }
    }
    const int last = m_tabs->currentIndex() - offset();
    for (int i = 0; i < m_decisions.size(); ++i) {
        if (!m_decisions.at(i).granted && i != last)
            applyDecision(i + offset(), m_decisions.at(i));
    }
    if (last >= 0 && last < m_decisions.size() && !m_decisions.at(last).granted)
        applyDecision(last + offset(), m_decisions.at(last));
    keepUsefulCurrentTab(current);
}

void ResourceTabs::keepUsefulCurrentTab(const QString& previous)
{
    // Stay where the user was while that tab is open; otherwise go to the first open tab
    // (QTabBar would move to the next enabled one, which looks random).
    const int previousIndex = indexOf(previous);
    if (previousIndex >= 0 && m_tabs->isTabEnabled(previousIndex)) {
        m_tabs->setCurrentIndex(previousIndex);
        return;
    }
    if (previous.isEmpty() && m_leading && m_tabs->currentIndex() == 0 && m_tabs->isTabEnabled(0))
        return; // on the Overview, which stays while a patient is chosen
    for (int i = offset(); i < m_tabs->count(); ++i) {
        if (m_tabs->isTabEnabled(i)) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    // Nothing open: stay put, or show the first tab (Patient), never wherever QTabBar drifted to.
    m_tabs->setCurrentIndex(previousIndex >= 0 ? previousIndex : offset());
}

PolicyDecision ResourceTabs::decision(const QString& resourceType) const
{
    const int index = indexOf(resourceType);
    return index < 0 ? PolicyDecision() : m_decisions.at(index - offset());
}

void ResourceTabs::setPageFactory(const PageFactory& factory)
{
    const QString current = currentResourceType();
    m_pageFactory = factory;
    rebuild();
    for (int i = 0; i < m_decisions.size(); ++i)
        applyDecision(i + offset(), m_decisions.at(i));
    keepUsefulCurrentTab(current);
}

void ResourceTabs::setPage(const QString& resourceType, QWidget* page)
{
    const int index = indexOf(resourceType);
    if (index < 0 || !page)
        return;
    const bool wasCurrent = m_tabs->currentIndex() == index;
    QWidget* old = m_tabs->widget(index);
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, page, resourceType);
    delete old;
    applyDecision(index, m_decisions.at(index - offset()));
    if (wasCurrent)
        m_tabs->setCurrentIndex(index);
}

QWidget* ResourceTabs::page(const QString& resourceType)
{
    const int index = indexOf(resourceType);
    if (index < 0)
        return nullptr;
    givePageItsDecision(index);
    return m_tabs->widget(index);
}

QWidget* ResourceTabs::pageAsIs(const QString& resourceType) const
{
    const int index = indexOf(resourceType);
    return index < 0 ? nullptr : m_tabs->widget(index);
}

void ResourceTabs::givePageItsDecision(int index)
{
    const int type = index - offset();
    if (type < 0 || type >= m_pageDecisionStale.size() || !m_pageDecisionStale.at(type))
        return;
    m_pageDecisionStale[type] = false;
    // page() may ask: the page is brought up to date, nothing else changes.
    emit pageDecisionChanged(m_decisions.at(type));
}

int ResourceTabs::count() const
{
    return m_tabs->count();
}

QString ResourceTabs::resourceTypeAt(int index) const
{
    const int type = index - offset();
    return type >= 0 && type < m_decisions.size() ? m_decisions.at(type).resourceType : QString();
}

int ResourceTabs::indexOf(const QString& resourceType) const
{
    for (int i = 0; i < m_decisions.size(); ++i) {
        if (m_decisions.at(i).resourceType == resourceType)
            return i + offset();
    }
    return -1;
}

bool ResourceTabs::isTabEnabled(const QString& resourceType) const
{
    const int index = indexOf(resourceType);
    return index >= 0 && m_tabs->isTabEnabled(index);
}

QString ResourceTabs::currentResourceType() const
{
    return resourceTypeAt(m_tabs->currentIndex());
}

QTabBar* ResourceTabs::tabBar() const
{
    return m_tabs->tabBar();
}

void ResourceTabs::rebuild()
{
    const QString current = currentResourceType();
    while (m_tabs->count() > offset()) {
        QWidget* page = m_tabs->widget(offset());
        m_tabs->removeTab(offset());
        delete page;
    }
    for (const PolicyDecision& decision : std::as_const(m_decisions))
        m_tabs->addTab(createPage(decision.resourceType), decision.resourceType);
    const int index = indexOf(current);
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

QWidget* ResourceTabs::createPage(const QString& resourceType)
{
    if (m_pageFactory) {
        if (QWidget* page = m_pageFactory(resourceType, m_tabs))
            return page;
    }
    auto* page = new ResourcePlaceholderPage(resourceType, m_tabs);
    connect(this, &ResourceTabs::pageDecisionChanged, page, &ResourcePlaceholderPage::setDecision);
    return page;
}

void ResourceTabs::setLeadingPage(QWidget* page, const QString& title)
{
    if (m_leading || !page)
        return;
    const QString current = currentResourceType();
    m_leading = page;
    m_tabs->insertTab(0, page, title);
    m_tabs->setTabEnabled(0, false);
    const int index = indexOf(current);
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

void ResourceTabs::setLeadingPageEnabled(bool enabled, const QString& description)
{
    if (!m_leading)
        return;
    const QString current = currentResourceType();
    showState(0, enabled, description);
    if (!enabled && m_tabs->currentIndex() == 0)
        keepUsefulCurrentTab(current);
}

void ResourceTabs::showLeadingPage()
{
    if (m_leading && m_tabs->isTabEnabled(0))
        m_tabs->setCurrentIndex(0);
}

void ResourceTabs::openForOneLook(const QString& resourceType)
{
    const PolicyDecision shut = decision(resourceType);
    showState(indexOf(resourceType), true,
              tr("Opened for one request with Try anyway — your scopes shut it: it needs %1 (%2)")
                  .arg(shut.needs, shut.policyName));
}

void ResourceTabs::shutAgain(const QString& resourceType)
{
    const PolicyDecision shut = decision(resourceType);
    showState(indexOf(resourceType), shut.granted, shut.explanation());
}

void ResourceTabs::showState(int index, bool enabled, const QString& description)
{
    if (index < 0)
        return;
    const bool changed = m_tabs->isTabEnabled(index) != enabled || m_tabs->tabToolTip(index) != description;
    // The tab at once; its page shut at once too, but opened only when it is the one shown (the
    // others when they become current): QTabWidget::setTabEnabled() sends every child of the page an
    // EnabledChange, and a sign-in opens seven pages of which one is seen.
    m_tabs->tabBar()->setTabEnabled(index, enabled);
    QWidget* page = m_tabs->widget(index);
    if (!enabled || index == m_tabs->currentIndex())
        page->setEnabled(enabled);
    m_tabs->setTabToolTip(index, description);
    page->setAccessibleDescription(description);
    if (changed && QAccessible::isActive()) {
        QAccessibleEvent descriptionChanged(m_tabs->tabBar(), QAccessible::DescriptionChanged);
        descriptionChanged.setChild(index);
        QAccessible::updateAccessibility(&descriptionChanged);
    }
}

void ResourceTabs::applyDecision(int index, const PolicyDecision& decision)
{
    // Partly open (SMART v2 qualified scopes): enabled, its label marks it, and its tooltip and
    // accessible description say which part and which scope would open the rest.
    // QTabBar lays every tab out again on each setTabText(), even to the same text: only when it changes.
    const QString text = decision.isPartial() ? tr("%1 (part)").arg(decision.resourceType) : decision.resourceType;
    if (index >= 0 && m_tabs->tabText(index) != text)
        m_tabs->setTabText(index, text);
    showState(index, decision.granted, decision.explanation());
    // The page: now if it is the one shown, else when it is shown or asked for.
    const int type = index - offset();
    if (type >= 0 && type < m_pageDecisionStale.size()) {
        m_pageDecisionStale[type] = true;
        if (index == m_tabs->currentIndex())
            givePageItsDecision(index);
    }
    emit decisionChanged(decision);
}

} // namespace ccri
