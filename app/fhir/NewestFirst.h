#pragma once

#include <QPair>
#include <QString>
#include <QStringList>

namespace ccri::fhir {

class CapabilitySummary;

// How to ask a server for a type's records newest first: the _sort query item on the type's date
// parameter, in the form of the server's FHIR release (STU3 "_sort:desc=date", R4 "_sort=-date").
// Only when the CapabilityStatement says the server can sort by that date; otherwise none, and the
// records come in the server's own order.
class NewestFirst
{
public:
    // Empty key when the server can't (or the type has no date worth sorting by, like Patient).
    static QPair<QString, QString> queryItem(const QString& resourceType, const CapabilitySummary& capability);
    // The type's date search parameters, the best first ("date" for Observation).
    static QStringList dateParameters(const QString& resourceType);
};

} // namespace ccri::fhir
