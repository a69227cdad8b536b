#pragma once

#include "app/core/PolicyDecision.h"
#include "app/core/ScopePolicy.h"
#include "app/core/ScopeSet.h"

#include <optional>
#include <QList>
#include <QObject>

namespace ccri {

// The window's current answer to "which resource types may I open": the active policy and the
// scopes in force. Those are the session's granted scopes (setScopes()), unless the scope preview
// is showing a "what-if" (setPreviewScopes() with a non-empty set): then the preview's scopes are
// in force until clearPreview(). Widgets read it and follow changed(); they never keep their own
// copy of the scopes.
class ScopeAccess : public QObject
{
    Q_OBJECT

public:
    explicit ScopeAccess(QObject* parent = nullptr); // starts with the built-in CCRI policy, no scopes

    const ScopePolicy& policy() const { return m_policy; }
    // The scopes in force: the preview's while previewing, otherwise the session's.
    const ScopeSet& scopes() const { return m_previewing ? m_previewScopes : m_scopes; }
    const ScopeSet& sessionScopes() const { return m_scopes; }
    bool isPreviewing() const { return m_previewing; }
    bool isSignedIn() const { return m_signedIn; }
    QList<PolicyDecision> decisions() const; // in policy order
    int grantedCount() const;

    void setPolicy(const ScopePolicy& policy);
    void setScopes(const ScopeSet& scopes); // the session's granted scopes
    void setSignedIn(bool signedIn);
    // All three at once (no policy: keep the current one), with one changed(): a sign-in updates the
    // tabs and everything else that follows once, not once per part.
    void setSession(const std::optional<ScopePolicy>& policy, const ScopeSet& scopes, bool signedIn);
    void setPreviewScopes(const ScopeSet& scopes); // an empty set ends the preview
    void clearPreview();

signals:
    void changed(); // the policy, the scopes in force, or what they come from changed
    void previewCleared(); // clearPreview(): whoever shows the preview's text empties it

private:
    ScopePolicy m_policy;
    ScopeSet m_scopes;
    ScopeSet m_previewScopes;
    bool m_previewing = false;
    bool m_signedIn = false;
};

} // namespace ccri
