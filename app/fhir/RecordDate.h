#pragma once

#include "app/fhir/ResourceRow.h"

#include <nlohmann/json_fwd.hpp>
#include <QDateTime>
#include <QList>

namespace ccri::fhir {

// When a clinical record happened or was recorded, for ordering a patient's records newest first without the
// server's help: the first of effectiveDateTime, effectivePeriod.start, authoredOn, date, onsetDateTime,
// assertedDate, created, indexed, issued, period.start that the resource has.
class RecordDate
{
public:
    static QDateTime of(const nlohmann::json& resource); // invalid when none
    static QDateTime of(const ResourceRow& row);
    // Newest first; rows without a date last, in their order.
    static QList<ResourceRow> newestFirst(QList<ResourceRow> rows);
};

} // namespace ccri::fhir
