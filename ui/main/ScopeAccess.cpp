#include "ui/main/ScopeAccess.h"

#include <algorithm>

namespace ccri {

ScopeAccess::ScopeAccess(QObject* parent)
    : QObject(parent)
    , m_policy(ScopePolicy::load(QStringLiteral("ccri")).value_or(ScopePolicy()))
{
}

QList<PolicyDecision> ScopeAccess::decisions() const
{
    return m_policy.decideAll(scopes());
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

void ScopeAccess::setSignedIn(bool signedIn)
{
    if (signedIn == m_signedIn)
        return;
    m_signedIn = signedIn;
    emit changed();
}

void ScopeAccess::setSession(const std::optional<ScopePolicy>& policy, const ScopeSet& scopes, bool signedIn)
{
    const bool same = !policy && scopes.toString() == m_scopes.toString() && signedIn == m_signedIn;
    if (policy)
        m_policy = *policy;
    m_scopes = scopes;
    m_signedIn = signedIn;
    if (!same)
        emit changed();
}

void ScopeAccess::setPreviewScopes(const ScopeSet& scopes)
{
    const bool previewing = !scopes.isEmpty();
    if (previewing == m_previewing && scopes.toString() == m_previewScopes.toString())
        return;
    m_previewScopes = previewing ? scopes : ScopeSet();
    m_previewing = previewing;
    emit changed();
}

void ScopeAccess::clearPreview()
{
    setPreviewScopes(ScopeSet());
    emit previewCleared();
}

} // namespace ccri
