#include "tests/support/DemoScopes.h"

namespace ccri::test {

QString DemoScopes::patientAccess()
{
    return QStringLiteral("profile patient/Patient.read user/Patient.read");
}

QString DemoScopes::clinicalAccess()
{
    return QStringLiteral(
        "profile user/Patient.read patient/Patient.read user/Observation.read patient/Observation.read "
        "user/Encounter.read patient/Encounter.read user/Condition.read patient/Condition.read user/Immunization.read "
        "patient/Immunization.read user/MedicationRequest.read patient/MedicationRequest.read "
        "user/MedicationStatement.read patient/MedicationStatement.read");
}

QString DemoScopes::limitedAccess()
{
    return QStringLiteral("profile");
}

QStringList DemoScopes::resourceTypes()
{
    return {QStringLiteral("Patient"),
            QStringLiteral("Observation"),
            QStringLiteral("Encounter"),
            QStringLiteral("Condition"),
            QStringLiteral("Procedure"),
            QStringLiteral("AllergyIntolerance"),
            QStringLiteral("MedicationRequest"),
            QStringLiteral("MedicationStatement"),
            QStringLiteral("Immunization"),
            QStringLiteral("DocumentReference"),
            QStringLiteral("Binary")};
}

} // namespace ccri::test
