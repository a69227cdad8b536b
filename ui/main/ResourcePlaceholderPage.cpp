#include "ResourcePlaceholderPage.h"

#include "ResourceTypeInfo.h"

#include <QFont>
#include <QLabel>
#include <QVBoxLayout>

namespace ccri {

ResourcePlaceholderPage::ResourcePlaceholderPage(const QString& resourceType, QWidget* parent)
    : QWidget(parent)
    , m_resourceType(resourceType)
    , m_scopeLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("placeholderPage_") + resourceType);

    auto* title = new QLabel(resourceType, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* what = new QLabel(ResourceTypeInfo::describe(resourceType), this);
    what->setObjectName(QStringLiteral("typeDescription"));
    what->setWordWrap(true);

    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    m_scopeLabel->setWordWrap(true);
    m_scopeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setWordWrap(true);

    auto* later = new QLabel(tr("The %1 records of the server will be listed here.").arg(resourceType), this);
    later->setWordWrap(true);
    later->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addSpacing(8);
    layout->addWidget(m_scopeLabel);
    layout->addWidget(m_stateLabel);
    layout->addSpacing(8);
    layout->addWidget(later);
    layout->addStretch(1);
}

void ResourcePlaceholderPage::setDecision(const PolicyDecision& decision)
{
    if (decision.resourceType != m_resourceType)
        return;
    m_scopeLabel->setText(tr("Scope that opens it: %1 (%2)").arg(decision.needs, decision.policyName));
    m_stateLabel->setText(decision.granted ? tr("<b>Open.</b> %1").arg(decision.explanation().toHtmlEscaped())
                                           : tr("<b>Shut.</b> %1").arg(decision.explanation().toHtmlEscaped()));
}

} // namespace ccri
