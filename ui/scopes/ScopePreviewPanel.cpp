#include "ui/scopes/ScopePreviewPanel.h"

#include "app/core/ScopeSet.h"
#include "ui/main/AccessColours.h"
#include "ui/main/DeferredWhileHidden.h"
#include "ui/main/ErrorLabel.h"
#include "ui/main/ScopeAccess.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ccri {

namespace {
QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

ScopePreviewPanel::ScopePreviewPanel(ScopeAccess* access, QWidget* parent)
    : QWidget(parent)
    , m_access(access)
    , m_scopeEdit(new QLineEdit(this))
    , m_exampleCombo(new QComboBox(this))
    , m_policyCombo(new QComboBox(this))
    , m_loadPolicyButton(new QPushButton(tr("Load policy file…"), this))
    , m_policyDescription(new QLabel(this))
    , m_policyError(new ErrorLabel(this))
    , m_unrecognisedHeading(heading(tr("Not recognised"), this))
    , m_unrecognisedList(new QListWidget(this))
    , m_decisionList(new QTreeWidget(this))
    , m_decisions(new DeferredWhileHidden(this, [this] { showDecisions(); }))
{
    setObjectName(QStringLiteral("scopePreviewPanel"));

    m_scopeEdit->setObjectName(QStringLiteral("scopeEdit"));
    m_scopeEdit->setPlaceholderText(tr("e.g. user/Patient.read patient/Observation.rs"));
    m_scopeEdit->setClearButtonEnabled(true);
    m_scopeEdit->setAccessibleName(tr("Scopes"));
    m_scopeEdit->setAccessibleDescription(tr("Space-separated scopes; the resource tabs follow as you type."));

    m_exampleCombo->setObjectName(QStringLiteral("exampleCombo"));
    m_exampleCombo->setAccessibleName(tr("Example scope sets"));
    addExamples();

    m_policyCombo->setObjectName(QStringLiteral("policyCombo"));
    m_policyCombo->setAccessibleName(tr("Policy"));
    m_policyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_loadPolicyButton->setObjectName(QStringLiteral("loadPolicyButton"));
    for (const QString& id : ScopePolicy::builtinIds()) {
        if (const std::optional<ScopePolicy> policy = ScopePolicy::load(id)) {
            m_policies.append(*policy);
            m_policyCombo->addItem(policy->name(), id);
        }
    }

    m_policyDescription->setObjectName(QStringLiteral("policyDescription"));
    m_policyDescription->setWordWrap(true);
    m_policyDescription->setForegroundRole(QPalette::PlaceholderText);
    m_policyError->setObjectName(QStringLiteral("policyError"));
    m_policyError->setWordWrap(true);
    m_policyError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_policyError->hide();

    m_decisionList->setObjectName(QStringLiteral("decisionList"));
    m_decisionList->setAccessibleName(tr("Resource types and the scopes they need"));
    m_decisionList->setHeaderLabels({tr("Resource type"), tr("Access"), tr("Scope")});
    m_decisionList->setRootIsDecorated(false);
    m_decisionList->setAlternatingRowColors(true);
    m_decisionList->setUniformRowHeights(true);
    m_decisionList->header()->setStretchLastSection(true);
    m_decisionList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_decisionList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_unrecognisedList->setObjectName(QStringLiteral("unrecognisedList"));
    m_unrecognisedList->setAccessibleName(tr("Scopes not recognised"));
    m_unrecognisedList->setWordWrap(true);
    m_unrecognisedList->setMaximumHeight(110);

    auto* scopesRow = new QHBoxLayout;
    scopesRow->addWidget(heading(tr("Scopes"), this), 1);
    scopesRow->addWidget(m_exampleCombo);

    auto* policyRow = new QHBoxLayout;
    auto* policyLabel = heading(tr("Policy"), this);
    policyLabel->setBuddy(m_policyCombo);
    policyRow->addWidget(policyLabel);
    policyRow->addWidget(m_policyCombo, 1);
    policyRow->addWidget(m_loadPolicyButton);

    // Two columns side by side when the panel is wide (docked at the bottom), stacked when narrow.
    auto* input = new QVBoxLayout;
    input->setSpacing(8);
    input->addLayout(scopesRow);
    input->addWidget(m_scopeEdit);
    input->addSpacing(6);
    input->addLayout(policyRow);
    input->addWidget(m_policyDescription);
    input->addWidget(m_policyError);
    input->addSpacing(6);
    input->addWidget(m_unrecognisedHeading);
    input->addWidget(m_unrecognisedList);
    input->addStretch(1);

    auto* result = new QVBoxLayout;
    result->setSpacing(8);
    result->addWidget(heading(tr("Resource types"), this));
    result->addWidget(m_decisionList, 1);

    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(12, 8, 12, 12);
    m_layout->setSpacing(20);
    m_layout->addLayout(input, 1);
    m_layout->addLayout(result, 1);

    connect(m_scopeEdit, &QLineEdit::textChanged, this, &ScopePreviewPanel::scopesEdited);
    connect(m_policyCombo, &QComboBox::currentIndexChanged, this, &ScopePreviewPanel::policyChosen);
    connect(m_loadPolicyButton, &QPushButton::clicked, this, &ScopePreviewPanel::choosePolicyFile);
    // Hidden (its dock shut, as at the explorer's start, or behind another dock's tab): nothing is
    // listed or laid out for a panel no one sees; the next show, or a question asked of it, does it
    // then. A sign-in and a sign-out each change the access for a panel that is shut by default.
    connect(m_access, &ScopeAccess::changed, m_decisions, &DeferredWhileHidden::request);
    connect(m_access, &ScopeAccess::previewCleared, this, [this] {
        m_exampleCombo->setCurrentIndex(0);
        m_scopeEdit->clear();
    });

    const int active = static_cast<int>(ScopePolicy::builtinIds().indexOf(m_access->policy().id()));
    m_policyCombo->setCurrentIndex(active >= 0 ? active : 0);
    policyChosen(m_policyCombo->currentIndex());
    m_decisions->request();
}

void ScopePreviewPanel::addExamples()
{
    m_exampleCombo->addItem(tr("Examples…"));
    const auto add = [this](const QString& name, const QString& scopes) {
        m_exampleCombo->addItem(name, scopes);
        m_exampleCombo->setItemData(m_exampleCombo->count() - 1, scopes, Qt::ToolTipRole);
    };
    add(tr("CCRI demo: patient-access"), QStringLiteral("profile patient/Patient.read user/Patient.read"));
    add(tr("CCRI demo: clinical-access"),
        QStringLiteral(
            "profile user/Patient.read patient/Patient.read user/Observation.read patient/Observation.read "
            "user/Encounter.read patient/Encounter.read user/Condition.read patient/Condition.read "
            "user/Immunization.read patient/Immunization.read user/MedicationRequest.read "
            "patient/MedicationRequest.read user/MedicationStatement.read patient/MedicationStatement.read"));
    add(tr("CCRI demo: limited-access"), QStringLiteral("profile"));
    add(tr("Every type, read (SMART v1)"), QStringLiteral("openid fhirUser user/*.read"));
    add(tr("Patient's observations (SMART v2)"),
        QStringLiteral("launch/patient openid fhirUser patient/Patient.rs patient/Observation.rs"));
    connect(m_exampleCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setScopeText(m_exampleCombo->itemData(index).toString());
    });
}

void ScopePreviewPanel::setOrientation(Qt::Orientation orientation)
{
    const bool horizontal = orientation == Qt::Horizontal;
    m_layout->setDirection(horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_layout->setStretch(0, horizontal ? 1 : 0); // stacked: the resource list takes the height
}

void ScopePreviewPanel::setScopeText(const QString& text)
{
    m_scopeEdit->setText(text);
    m_scopeEdit->setCursorPosition(0); // show where the string starts
}

QString ScopePreviewPanel::scopeText() const
{
    return m_scopeEdit->text();
}

QString ScopePreviewPanel::policyError() const
{
    return m_policyError->isHidden() ? QString() : m_policyError->text();
}

void ScopePreviewPanel::usePolicy(const ScopePolicy& policy, const QString& origin)
{
    const QString key = origin.isEmpty() ? policy.id() : origin;
    int index = m_policyCombo->findData(key);
    if (index < 0) {
        m_policies.append(policy);
        const QString label
            = origin.isEmpty() ? policy.name() : tr("%1 (%2)").arg(policy.name(), QFileInfo(origin).fileName());
        m_policyCombo->addItem(label, key);
        m_policyCombo->setItemData(m_policyCombo->count() - 1, origin, Qt::ToolTipRole);
        index = m_policyCombo->count() - 1;
    } else {
        m_policies[index] = policy;
    }
    if (m_policyCombo->currentIndex() == index)
        policyChosen(index);
    else
        m_policyCombo->setCurrentIndex(index);
}

bool ScopePreviewPanel::loadPolicyFile(const QString& path)
{
    QString error;
    const std::optional<ScopePolicy> policy = ScopePolicy::load(path, &error);
    if (!policy) {
        showPolicyError(tr("Could not load the policy file “%1”: %2 The %3 is still in use.")
                            .arg(QFileInfo(path).fileName(), error, m_access->policy().name()));
        return false;
    }
    usePolicy(*policy, QFileInfo(path).absoluteFilePath());
    return true;
}

void ScopePreviewPanel::choosePolicyFile()
{
    auto* dialog = new QFileDialog(this, tr("Load a scope policy"), QString(), tr("Scope policies (*.json)"));
    dialog->setObjectName(QStringLiteral("policyFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the same, testable dialog on every desktop
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ScopePreviewPanel::loadPolicyFile);
    dialog->open(); // window-modal, no nested event loop
}

void ScopePreviewPanel::policyChosen(int index)
{
    if (index < 0 || index >= m_policies.size())
        return;
    showPolicyError(QString());
    const ScopePolicy& policy = m_policies.at(index);
    m_policyDescription->setText(policy.description());
    m_access->setPolicy(policy);
}

void ScopePreviewPanel::scopesEdited()
{
    // Once the text is no longer the chosen example, stop naming it.
    const int example = m_exampleCombo->currentIndex();
    if (example > 0 && m_exampleCombo->itemData(example).toString() != m_scopeEdit->text())
        m_exampleCombo->setCurrentIndex(0);
    m_access->setPreviewScopes(ScopeSet::parse(m_scopeEdit->text()));
}

void ScopePreviewPanel::showPolicyError(const QString& text)
{
    m_policyError->setText(text);
    m_policyError->setAccessibleDescription(text);
    m_policyError->setVisible(!text.isEmpty());
}

QTreeWidget* ScopePreviewPanel::decisionList() const
{
    m_decisions->ensure();
    return m_decisionList;
}

QListWidget* ScopePreviewPanel::unrecognisedList() const
{
    m_decisions->ensure();
    return m_unrecognisedList;
}

void ScopePreviewPanel::showDecisions()
{
    m_decisionList->clear();
    for (const PolicyDecision& decision : m_access->decisions()) {
        QString scope = decision.granted
            ? tr("granted by %1")
                  .arg(decision.grantedBy.isEmpty() ? decision.needs : decision.grantedBy.join(QLatin1Char(' ')))
            : tr("needs %1").arg(decision.needs);
        if (decision.isPartial())
            scope = tr("only %1, granted by %2").arg(decision.partWords(), decision.grantedBy.join(QLatin1Char(' ')));
        const QString state = decision.isPartial() ? tr("Partly open") : decision.granted ? tr("Open") : tr("Shut");
        auto* item = new QTreeWidgetItem(m_decisionList, {decision.resourceType, state, scope});
        item->setData(1, Qt::UserRole, decision.granted);
        item->setToolTip(0, decision.explanation());
        item->setToolTip(2, decision.explanation());
    }

    colourDecisions();

    m_unrecognisedList->clear();
    const QList<Scope> unrecognised = m_access->scopes().unrecognised();
    for (const Scope& scope : unrecognised)
        m_unrecognisedList->addItem(tr("%1 — %2").arg(scope.text(), scope.invalidReason()));
    m_unrecognisedHeading->setVisible(!unrecognised.isEmpty());
    m_unrecognisedList->setVisible(!unrecognised.isEmpty());
}

void ScopePreviewPanel::colourDecisions()
{
    for (int i = 0; i < m_decisionList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_decisionList->topLevelItem(i);
        item->setForeground(1, AccessColours::of(item->data(1, Qt::UserRole).toBool()));
    }
}

// High contrast switched on or off while running: the open/shut colours follow (the error label
// recolours itself).
bool ScopePreviewPanel::event(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        colourDecisions();
    }
    return QWidget::event(event);
}

} // namespace ccri
