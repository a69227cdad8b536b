#pragma once

#include "app/core/ScopePolicy.h"

#include <QList>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace ccri {

class DeferredWhileHidden;
class ErrorLabel;
class ScopeAccess;

// For training: type or paste a scope string, pick a policy (built-in or a file), and see at once
// which resource types open, which scope each one needs, and which scopes were not recognised.
// Writes the scopes and the policy into a ScopeAccess, so the resource tabs follow live.
class ScopePreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScopePreviewPanel(ScopeAccess* access, QWidget* parent = nullptr);

    // Horizontal: input and result side by side (docked at the top or bottom); vertical: stacked.
    void setOrientation(Qt::Orientation orientation);
    void setScopeText(const QString& text);
    QString scopeText() const;
    // Adds the policy to the policy list (or reselects it) and makes it the active one.
    void usePolicy(const ScopePolicy& policy, const QString& origin = QString());
    // Loads a policy file; on failure shows the reason and keeps the active policy.
    bool loadPolicyFile(const QString& path);
    QString policyError() const;
    // The list of resource types and what each needs, and the scopes not recognised: brought up to
    // date first if a change came while the panel was hidden.
    QTreeWidget* decisionList() const;
    QListWidget* unrecognisedList() const;

protected:
    bool event(QEvent* event) override;

private:
    void addExamples();
    void choosePolicyFile();
    void policyChosen(int index);
    void scopesEdited();
    void showDecisions();
    void colourDecisions(); // open/shut in AccessColours, for the palette in use
    void showPolicyError(const QString& text);

    ScopeAccess* m_access = nullptr;
    QBoxLayout* m_layout = nullptr;
    QList<ScopePolicy> m_policies; // index-aligned with m_policyCombo
    QLineEdit* m_scopeEdit = nullptr;
    QComboBox* m_exampleCombo = nullptr;
    QComboBox* m_policyCombo = nullptr;
    QPushButton* m_loadPolicyButton = nullptr;
    QLabel* m_policyDescription = nullptr;
    ErrorLabel* m_policyError = nullptr;
    QLabel* m_unrecognisedHeading = nullptr;
    QListWidget* m_unrecognisedList = nullptr;
    QTreeWidget* m_decisionList = nullptr;
    DeferredWhileHidden* m_decisions = nullptr; // showDecisions() after the access changed, put off while hidden
};

} // namespace ccri
