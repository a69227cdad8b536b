#pragma once

#include "app/fhir/ResourceText.h"

#include <QString>
#include <QStringList>

namespace ccri::fhir {

// One resource of a Bundle as a table shows it: its summary columns (ResourceSummary) and the
// resource itself as compact JSON text, parsed again only when the detail pane shows it.
struct ResourceRow
{
    QString resourceType;
    QString id;
    QStringList columns;
    ResourceText resource;
    int entryIndex = -1; // position in the Bundle's entry array (-1: not from a Bundle)
    bool enteredInError
        = false; // status (or verificationStatus) "entered-in-error": shown struck through, never hidden
};

} // namespace ccri::fhir
