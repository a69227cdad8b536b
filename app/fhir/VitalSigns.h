#pragma once

#include "app/fhir/ResourceRow.h"

#include <nlohmann/json_fwd.hpp>
#include <QList>
#include <QString>

namespace ccri::fhir {

// Which observations are vital signs and the latest of each kind, without widgets: an Observation is a vital
// sign when its category says "vital-signs" (FHIR STU3 observation-category) or its code is one of the vital-sign
// codes (LOINC, from the FHIR vital signs profile, or SNOMED CT, as Care Connect sends them) known here.
class VitalSigns
{
public:
    static bool isVitalSign(const nlohmann::json& observation);
    // "system|code" of the first coding: the key a kind of vital sign is grouped by.
    static QString kindKey(const nlohmann::json& observation);
    // Whether a chart ticks this kind (a kindKey) before the reader chooses: blood pressure (the panel, systolic,
    // diastolic) and heart rate, by LOINC or SNOMED CT code. Six unit axes at once crowd a chart.
    static bool chartedByDefault(const QString& kindKey);
    // One row per kind of vital sign, the newest of each, newest first. Rows that are not vital signs are left out.
    static QList<ResourceRow> latestPerKind(const QList<ResourceRow>& observations);
};

} // namespace ccri::fhir
