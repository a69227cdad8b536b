#pragma once

#include "app/fhir/BundleInfo.h"
#include "app/fhir/ResourceRow.h"

#include <QList>

namespace ccri::fhir {

// A slice of rows as the parser hands them to the GUI thread; the last one carries the BundleInfo.
struct BundleChunk
{
    QList<ResourceRow> rows;
    bool last = false;
    BundleInfo info; // valid when last
};

} // namespace ccri::fhir
