#pragma once

#include <QString>
#include <QStringList>

namespace ccri {

// The answer a ScopePolicy gives for one resource type.
struct PolicyDecision
{
    QString resourceType;
    bool granted = false;
    QString needs; // the scope the policy names for this type (e.g. "user/Observation.read")
    QStringList grantedBy; // when granted: the granted scopes that did it
    QString policyName; // e.g. "CCRI policy"
    // A sentence for tooltips and accessible descriptions:
    //  not granted: "Unavailable — needs user/MedicationPrescription.read (CCRI policy)"
    //  granted:     "Available — granted by user/Patient.read (CCRI policy)"
    QString explanation() const;
};

} // namespace ccri
