#pragma once

#include <QString>

namespace ccri::fhir {

// A Bundle entry that could not be shown, and why (in words).
struct MalformedEntry
{
    int entryIndex = -1;
    QString reason;
    QString excerpt; // the start of the entry's JSON, for the developer
};

} // namespace ccri::fhir
