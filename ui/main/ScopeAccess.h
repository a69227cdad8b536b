#pragma once

#include "PolicyDecision.h"
#include "ScopePolicy.h"
#include "ScopeSet.h"

#include <QList>
#include <QObject>

namespace ccri {

// The window's current answer to "which resource types may I open": the active policy and the
// scopes in force (typed in the scope preview now; granted by a token once sign-in exists).
// Widgets read it and follow changed(); they never keep their own copy of the scopes.
class ScopeAccess : public QObject
{
    Q_OBJECT

public:
    explicit ScopeAccess(QObject* parent = nullptr); // starts with the built-in CCRI policy, no scopes

    const ScopePolicy& policy() const { return m_policy; }
    const ScopeSet& scopes() const { return m_scopes; }
    QList<PolicyDecision> decisions() const; // in policy order
    int grantedCount() const;

    void setPolicy(const ScopePolicy& policy);
    void setScopes(const ScopeSet& scopes);

signals:
    void changed(); // the policy or the scopes changed

private:
    ScopePolicy m_policy;
    ScopeSet m_scopes;
};

} // namespace ccri
