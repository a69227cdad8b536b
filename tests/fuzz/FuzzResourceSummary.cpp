// Fuzz target: ResourceSummary on any JSON a server may send as a resource — each column function
// is asked for every resource type, whatever the resource's own type, so a field of the wrong
// JSON type (a string where a CodeableConcept belongs, an object where an array belongs) is tried
// everywhere.
#include "app/core/ScopePolicy.h"
#include "app/fhir/OperationOutcome.h"
#include "app/fhir/ResourceSummary.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const nlohmann::json resource = nlohmann::json::parse(data, data + size, nullptr, false);
    if (resource.is_discarded())
        return 0;
    // Every type the CCRI policy names, two it does not and one no server sends.
    static const QStringList types = ccri::ScopePolicy::load(QStringLiteral("ccri")).value().resourceTypes()
        + QStringList {QStringLiteral("Organization"), QStringLiteral("Practitioner"), QStringLiteral("Unknown")};
    for (const QString& type : types) {
        const QStringList headers = ccri::fhir::ResourceSummary::headers(type);
        const QStringList columns = ccri::fhir::ResourceSummary::columns(type, resource);
        if (columns.size() != headers.size())
            qFatal("%s: %d columns for %d headers", qPrintable(type), int(columns.size()), int(headers.size()));
    }
    (void)ccri::fhir::ResourceSummary::describe(resource);
    const ccri::fhir::ResourceSummary::Attachment attachment = ccri::fhir::ResourceSummary::attachment(resource);
    (void)ccri::fhir::ResourceSummary::formatSize(attachment.size);
    if (const auto outcome = ccri::fhir::OperationOutcome::fromJson(resource))
        (void)outcome->text();
    return 0;
}
