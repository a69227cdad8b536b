#pragma once

#include "app/core/ScopeQualifier.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ccri {

// The answer a ScopePolicy gives for one resource type: open, partly open or shut.
// `granted` answers "may the type be read at all?" — true when open *or partly open*, so a caller
// that only asks that question enables the tab / serves the search; a caller that shows or filters
// data must also look at access() / partial (SMART App Launch 2.2 §"Finer-grained resource
// constraints using search parameters": the server serves only the granted part).
struct PolicyDecision
{
    enum class Access
    {
        Shut,
        Partial, // granted only through qualified scopes: see partial
        Open
    };

    QString resourceType;
    bool granted = false; // open or partly open
    QString needs; // the scope the policy names for this type (e.g. "user/Observation.read")
    QStringList grantedBy; // when granted: the granted scopes that did it
    QString policyName; // e.g. "CCRI policy"
    // When partly open: each granted part, one entry per qualified scope meaning, ORed together.
    QList<QList<ScopeQualifier>> partial;
    // A sentence more, for a shut type whose qualified scopes the policy does not take (CCRI).
    QString note;

    Access access() const;
    bool isOpen() const { return access() == Access::Open; }
    bool isPartial() const { return access() == Access::Partial; }
    QStringList partialTexts() const; // {"category=vital-signs", ...}
    QString partWords() const; // "vital signs", "vital signs or social history"; empty unless partial
    // A sentence for tooltips and accessible descriptions:
    //  not granted: "Unavailable — needs user/MedicationPrescription.read (CCRI policy)"
    //  granted:     "Available — granted by user/Patient.read (CCRI policy)"
    //  partly:      "Partly available — only vital signs (category=vital-signs), granted by … (SMART policy);
    //                user/Observation.read would open the rest"
    QString explanation() const;
    static QString partWords(const QList<QList<ScopeQualifier>>& parts);
};

} // namespace ccri
