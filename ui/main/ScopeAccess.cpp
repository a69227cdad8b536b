#include "ScopeAccess.h"

#include <algorithm>

namespace ccri {

ScopeAccess::ScopeAccess(QObject* parent)
    : QObject(parent)
    , m_policy(ScopePolicy::load(QStringLiteral("ccri")).value_or(ScopePolicy()))
{
}

QList<PolicyDecision> ScopeAccess::decisions() const
{
    return m_policy.decideAll(m_scopes);
}

int ScopeAccess::grantedCount() const
{
    const QList<PolicyDecision> all = decisions();
    return static_cast<int>(std::count_if(all.cbegin(), all.cend(), [](const PolicyDecision& d) { return d.granted; }));
}

void ScopeAccess::setPolicy(const ScopePolicy& policy)
{
    m_policy = policy;
    emit changed();
}

void ScopeAccess::setScopes(const ScopeSet& scopes)
{
    if (scopes.toString() == m_scopes.toString())
        return;
    m_scopes = scopes;
    emit changed();
}

} // namespace ccri
