// Fuzz target: GET <fhir-base>/metadata as discovery reads it (the oauth-uris extension, fhirVersion).
#include "app/auth/SmartConfiguration.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QUrl base(QStringLiteral("http://127.0.0.1:8080/fhir/STU3"));
    QString error;
    const std::optional<ccri::auth::SmartConfiguration> configuration
        = ccri::auth::SmartConfiguration::fromCapabilityStatement(bytes, base, &error);
    if (!configuration) {
        if (error.isEmpty())
            qFatal("a refused CapabilityStatement must say why");
        return 0;
    }
    (void)configuration->fhirReleaseName();
    (void)configuration->isStu3();
    return 0;
}
