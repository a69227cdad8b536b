// Fuzz target: an error body from a FHIR server (OperationOutcome, or anything else with a 4xx/5xx).
#include "app/fhir/OperationOutcome.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const std::optional<ccri::fhir::OperationOutcome> outcome = ccri::fhir::OperationOutcome::fromBytes(bytes)) {
        for (const ccri::fhir::OperationOutcome::Issue& issue : outcome->issues())
            (void)issue.diagnostics.size();
        (void)outcome->text();
    }
    return 0;
}
