// Fuzz target: whatever a FHIR server sends back to a search or read, through BundleReader (what
// BundleParser runs off the GUI thread) — Bundles with good and malformed entries, single
// resources, OperationOutcomes, not-JSON. Every row must have columns matching its type's headers.
#include "app/fhir/BundleReader.h"
#include "app/fhir/ResourceSummary.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The first byte picks the tab that asked (its expected type) and the chunk size; the rest is the body.
    const QByteArray bytes
        = size > 0 ? QByteArray(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1) : QByteArray();
    static const QString types[] = {QString(), QStringLiteral("Patient"), QStringLiteral("Observation"),
                                    QStringLiteral("DocumentReference"), QStringLiteral("MedicationRequest")};
    const quint8 selector = size > 0 ? data[0] : 0;
    const QString expectedType = types[selector % 5];
    const int chunkSize = 1 + (selector >> 4);

    int rows = 0;
    bool sawLast = false;
    ccri::fhir::BundleReader::read(bytes, expectedType, chunkSize, [&](ccri::fhir::BundleChunk&& chunk) {
        if (sawLast)
            qFatal("a chunk after the last one");
        for (const ccri::fhir::ResourceRow& row : chunk.rows) {
            if (!row.resource)
                qFatal("a row without its resource");
            const nlohmann::json resource = row.resource.parse(); // the compact text the row keeps
            if (!resource.is_object())
                qFatal("a row whose resource text does not parse back to an object");
            (void)ccri::fhir::ResourceSummary::describe(resource);
            ++rows;
        }
        if (chunk.last) {
            sawLast = true;
            const ccri::fhir::BundleInfo& info = chunk.info;
            if (info.shownCount != rows)
                qFatal("shownCount %d but %d rows delivered", info.shownCount, rows);
            if (!info.error.isEmpty() && rows > 0)
                qFatal("rows delivered with an error that stopped everything");
            if (info.error.isEmpty() && info.outcome && !info.isBundle && rows > 0)
                qFatal("an OperationOutcome shown as rows");
        }
    });
    if (!sawLast)
        qFatal("no last chunk");
    return 0;
}
