#pragma once

#include "app/core/PolicyDecision.h"
#include "app/core/ScopePolicy.h"
#include "app/core/ScopeSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ccri {

// What a scope string opens under a policy, written for people (toText) or programs (toJson).
class ScopeReport
{
    Q_DECLARE_TR_FUNCTIONS(ScopeReport)

public:
    ScopeReport(const ScopePolicy& policy, const ScopeSet& scopes);

    const QList<PolicyDecision>& decisions() const { return m_decisions; }
    int grantedCount() const; // open or partly open
    int partialCount() const;

    // For a type not granted: the scope that would grant it; for a granted one: the scope(s) that did.
    static QString scopeFor(const PolicyDecision& decision);

    // One array in policy order: [{"type": "Procedure", "granted": false, "needs": "user/Observation.read",
    // "partial": []}, ...]; a partly open type has "granted": true and its granted qualifiers in
    // "partial" (["category=vital-signs"]), "needs" then naming the scopes that granted the part.
    QByteArray toJson() const;
    // A table with a heading line, and the unrecognised scopes with their reasons.
    QString toText() const;

private:
    QString m_policyName;
    QList<PolicyDecision> m_decisions;
    QList<Scope> m_unrecognised;
};

} // namespace ccri
