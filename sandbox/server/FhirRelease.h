#pragma once

#include <QString>

namespace ccri::sandbox {

// The FHIR releases the sandbox serves, each under its own base: Care Connect on STU3 (3.0.1) at
// /fhir/STU3, as the CCRI did, and UK Core on R4 (4.0.1) at /fhir/R4, as the NHS England APIs do.
enum class FhirRelease
{
    Stu3,
    R4,
};

inline QString fhirReleaseName(FhirRelease release)
{
    return release == FhirRelease::R4 ? QStringLiteral("R4") : QStringLiteral("STU3");
}

inline QString fhirVersionOf(FhirRelease release)
{
    return release == FhirRelease::R4 ? QStringLiteral("4.0.1") : QStringLiteral("3.0.1");
}

} // namespace ccri::sandbox
