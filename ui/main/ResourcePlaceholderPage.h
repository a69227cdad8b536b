#pragma once

#include "app/core/PolicyDecision.h"

#include <QWidget>

class QLabel;

namespace ccri {

// The page a resource tab shows until the resource browser replaces it: what the type is, which
// scope opens it, and whether it is open with the current scopes, in words.
class ResourcePlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResourcePlaceholderPage(const QString& resourceType, QWidget* parent = nullptr);

    QString resourceType() const { return m_resourceType; }

public slots:
    void setDecision(const ccri::PolicyDecision& decision); // ignored unless it is for this page's type

private:
    QString m_resourceType;
    QLabel* m_scopeLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
};

} // namespace ccri
