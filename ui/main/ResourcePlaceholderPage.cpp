#include "ui/main/ResourcePlaceholderPage.h"

#include "ui/main/AccessColours.h"
#include "ui/main/ResourceTypeInfo.h"

#include <QFont>
#include <QFrame>
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

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("placeholderCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::Base);
    card->setAutoFillBackground(true);
    card->setMaximumWidth(820);
    auto* rule = new QFrame(card);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    for (QLabel* label : {title, what, m_scopeLabel, m_stateLabel})
        label->setParent(card);

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(title);
    cardLayout->addWidget(what);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(rule);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(m_scopeLabel);
    cardLayout->addWidget(m_stateLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);
    layout->addWidget(card);
    layout->addWidget(later);
    layout->addStretch(1);
}

void ResourcePlaceholderPage::setDecision(const PolicyDecision& decision)
{
    if (decision.resourceType != m_resourceType)
        return;
    m_scopeLabel->setText(tr("Scope that opens it: %1 (%2)").arg(decision.needs, decision.policyName));
    const QString colour = AccessColours::of(decision.granted).name();
    const QString state = decision.isPartial() ? tr("Partly open.") : decision.granted ? tr("Open.") : tr("Shut.");
    m_stateLabel->setText(QStringLiteral("<b style=\"color: %1\">%2</b> %3")
                              .arg(colour, state.toHtmlEscaped(), decision.explanation().toHtmlEscaped()));
}

} // namespace ccri
