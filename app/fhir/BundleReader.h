#pragma once

#include "app/fhir/BundleChunk.h"

#include <functional>
#include <QByteArray>
#include <QString>

namespace ccri::fhir {

// Reads FHIR JSON (a Bundle, or a single resource) into summary rows, chunk by chunk. Synchronous:
// BundleParser runs it on a worker thread. Malformed entries are listed and skipped; the good
// ones are kept. Never throws.
class BundleReader
{
public:
    using Sink = std::function<void(BundleChunk&& chunk)>;
    using IsCancelled = std::function<bool()>;

    // expectedType: when set, Bundle entries of other types are skipped (counted in skippedCount).
    static void read(const QByteArray& bytes, const QString& expectedType, int chunkSize, const Sink& sink,
                     const IsCancelled& isCancelled = {});
};

} // namespace ccri::fhir
