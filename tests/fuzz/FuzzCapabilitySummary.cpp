// Fuzz target: a server's CapabilityStatement (GET metadata) as the capability view summarises it.
#include "app/fhir/CapabilitySummary.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const std::optional<ccri::fhir::CapabilitySummary> summary
        = ccri::fhir::CapabilitySummary::fromBytes(bytes, &error);
    if (!summary) {
        if (error.isEmpty())
            qFatal("a refused CapabilityStatement must say why");
        return 0;
    }
    (void)summary->release();
    for (const auto& resource : summary->resources())
        (void)resource.searchParams.size();
    (void)summary->oauthUris().value(QStringLiteral("token"));
    return 0;
}
