#include "app/auth/ScopePresets.h"

#include "app/auth/ServerProfile.h"

namespace ccri::auth {

namespace {
QString withIdentity(const QString& scopes)
{
    return scopes + QStringLiteral(" openid fhirUser profile offline_access");
}
} // namespace

QList<QPair<QString, QString>> ScopePresets::demoRoles()
{
    return {
        {QStringLiteral("clinician"),
         withIdentity(QStringLiteral("user/Patient.read user/Observation.read user/Encounter.read user/Condition.read "
                                     "user/Immunization.read user/MedicationRequest.read "
                                     "user/MedicationStatement.read"))},
        {QStringLiteral("reception"), withIdentity(QStringLiteral("user/Patient.read"))},
        {QStringLiteral("pharmacist"),
         withIdentity(QStringLiteral("user/Patient.read user/MedicationPrescription.read user/MedicationStatement.read "
                                     "user/AllergyIntolerance.read user/Immunization.read"))},
        {QStringLiteral("gp"), withIdentity(QStringLiteral("user/*.read"))},
        // Asks for whole types; the sandbox narrows them to vital signs and problem-list items.
        {QStringLiteral("physio"),
         withIdentity(QStringLiteral("user/Patient.read user/Observation.read user/Condition.read"))},
        {QStringLiteral("limited"), QStringLiteral("openid fhirUser profile")},
    };
}

QString ScopePresets::forRole(const QString& role)
{
    for (const auto& [name, scopes] : demoRoles()) {
        if (name == role)
            return scopes;
    }
    return QString();
}

QStringList ScopePresets::pickable(const QString& policy)
{
    QStringList scopes = ServerProfile::defaultScopes(policy).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& extra :
         {QStringLiteral("profile"), QStringLiteral("launch/patient"), QStringLiteral("online_access"),
          QStringLiteral("user/*.read"), QStringLiteral("patient/*.read")}) {
        if (!scopes.contains(extra))
            scopes << extra;
    }
    return scopes;
}

} // namespace ccri::auth
