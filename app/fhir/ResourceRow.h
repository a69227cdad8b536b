#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <QString>
#include <QStringList>

namespace ccri::fhir {

// One resource of a Bundle as a table shows it: its summary columns (ResourceSummary) and the
// resource itself, shared and immutable, for the detail pane.
struct ResourceRow
{
    QString resourceType;
    QString id;
    QStringList columns;
    std::shared_ptr<const nlohmann::json> resource;
    int entryIndex = -1; // position in the Bundle's entry array (-1: not from a Bundle)
};

} // namespace ccri::fhir
