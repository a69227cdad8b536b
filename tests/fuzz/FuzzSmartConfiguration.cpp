// Fuzz target: GET <fhir-base>/.well-known/smart-configuration as discovery reads it.
#include "app/auth/SmartConfiguration.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QUrl base(QStringLiteral("https://ccri.example.nhs.uk/fhir/STU3"));
    QString error;
    const std::optional<ccri::auth::SmartConfiguration> configuration
        = ccri::auth::SmartConfiguration::fromSmartConfiguration(bytes, base, &error);
    if (!configuration) {
        if (error.isEmpty())
            qFatal("a refused smart-configuration must say why");
        return 0;
    }
    (void)configuration->fhirReleaseName();
    (void)configuration->advertisesS256();
    ccri::auth::SmartConfiguration combined = *configuration;
    combined.complementWith(ccri::auth::SmartConfiguration());
    return 0;
}
