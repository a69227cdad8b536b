#include "ui/main/ResourceTypeInfo.h"

namespace ccri {

namespace {
struct TypeDescription
{
    const char* type;
    const char* text;
};

constexpr TypeDescription descriptions[] = {
    {"Patient",
     QT_TRANSLATE_NOOP("ResourceTypeInfo",
                       "The people receiving care: names, NHS numbers, dates of birth, addresses and contacts.")},
    {"Observation",
     QT_TRANSLATE_NOOP("ResourceTypeInfo",
                       "Measurements and findings: blood pressure, heart rate, temperature, weight, BMI, smoking "
                       "status.")},
    {"Encounter",
     QT_TRANSLATE_NOOP("ResourceTypeInfo",
                       "Contacts between a patient and a care provider: appointments, admissions, home visits.")},
    {"Condition",
     QT_TRANSLATE_NOOP("ResourceTypeInfo",
                       "Problems, diagnoses and health concerns recorded for a "
                       "patient.")},
    {"Procedure",
     QT_TRANSLATE_NOOP("ResourceTypeInfo",
                       "Things done to or for a patient: operations, assessments, counselling, therapies.")},
    {"AllergyIntolerance",
     QT_TRANSLATE_NOOP("ResourceTypeInfo",
                       "Allergies and intolerances, with their reactions and how certain they are.")},
    {"MedicationRequest",
     QT_TRANSLATE_NOOP("ResourceTypeInfo", "Prescriptions: orders for a medicine to be supplied and taken.")},
    {"MedicationStatement",
     QT_TRANSLATE_NOOP("ResourceTypeInfo", "Medicines a patient is taking, has taken or will take, as reported.")},
    {"Immunization",
     QT_TRANSLATE_NOOP("ResourceTypeInfo", "Vaccinations given to a patient, or recorded as not given.")},
    {"DocumentReference",
     QT_TRANSLATE_NOOP("ResourceTypeInfo",
                       "Clinical documents: letters, discharge summaries and reports, with their metadata.")},
    {"Binary",
     QT_TRANSLATE_NOOP("ResourceTypeInfo",
                       "The raw content of documents and attachments, such as PDFs and "
                       "images.")},
};
} // namespace

QString ResourceTypeInfo::describe(const QString& resourceType)
{
    for (const TypeDescription& description : descriptions) {
        if (resourceType == QLatin1String(description.type))
            return tr(description.text);
    }
    return tr("FHIR %1 resources.").arg(resourceType);
}

} // namespace ccri
