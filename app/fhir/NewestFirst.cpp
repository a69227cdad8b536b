#include "app/fhir/NewestFirst.h"

#include "app/fhir/CapabilitySummary.h"

namespace ccri::fhir {

QStringList NewestFirst::dateParameters(const QString& resourceType)
{
    // The Care Connect STU3 search parameters that say when a record happened, after the CCRI's list.
    static const QList<QPair<QString, QStringList>> dates = {
        {QStringLiteral("Observation"), {QStringLiteral("date")}},
        {QStringLiteral("Encounter"), {QStringLiteral("date")}},
        {QStringLiteral("Condition"), {QStringLiteral("onset-date"), QStringLiteral("asserted-date")}},
        {QStringLiteral("Procedure"), {QStringLiteral("date")}},
        {QStringLiteral("AllergyIntolerance"), {QStringLiteral("date")}},
        {QStringLiteral("MedicationRequest"), {QStringLiteral("authoredon")}},
        {QStringLiteral("MedicationStatement"), {QStringLiteral("effective")}},
        {QStringLiteral("Immunization"), {QStringLiteral("date")}},
        {QStringLiteral("DocumentReference"), {QStringLiteral("created"), QStringLiteral("period")}},
    };
    for (const auto& [type, parameters] : dates) {
        if (type == resourceType)
            return parameters;
    }
    return {};
}

QPair<QString, QString> NewestFirst::queryItem(const QString& resourceType, const CapabilitySummary& capability)
{
    const QString release = capability.release();
    const bool beforeR4 = release == QLatin1String("STU3") || release.startsWith(QLatin1String("DSTU"));
    for (const QString& parameter : dateParameters(resourceType)) {
        if (capability.canSort(resourceType, parameter)) {
            return beforeR4 ? QPair<QString, QString>(QStringLiteral("_sort:desc"), parameter)
                            : QPair<QString, QString>(QStringLiteral("_sort"), QLatin1Char('-') + parameter);
        }
    }
    return {};
}

} // namespace ccri::fhir
