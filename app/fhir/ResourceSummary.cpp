#include "app/fhir/ResourceSummary.h"

#include "app/core/NhsNumber.h"
#include "app/fhir/FhirDateText.h"
#include "app/fhir/FhirJson.h"

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QLocale>

namespace ccri::fhir {

using nlohmann::json;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ccri::fhir::ResourceSummary", text);
}

QString firstOf(const json& resource, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const json* value = FhirJson::member(resource, key);
        if (!value) {
            continue;
        }
        QString text;
        if (value->is_object()) {
            if (value->contains("start") || value->contains("end")) {
                text = FhirJson::period(*value);
            } else if (value->contains("value")) {
                text = FhirJson::quantity(*value);
            } else if (value->contains("reference") || value->contains("display")) {
                text = FhirJson::reference(*value);
            } else {
                text = FhirJson::codeableConcept(*value);
            }
        } else {
            text = FhirJson::scalar(*value);
        }
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

QString observationValue(const json& observation)
{
    QString value = firstOf(observation,
                            {"valueQuantity", "valueCodeableConcept", "valueString", "valueBoolean", "valueInteger",
                             "valueRange", "valueRatio", "valueDateTime", "valuePeriod"});
    if (!value.isEmpty()) {
        return value;
    }
    // Blood pressure and other panels: the components' values, "120 / 80 mmHg".
    const json* components = FhirJson::member(observation, "component");
    if (!components || !components->is_array()) {
        return {};
    }
    QStringList values;
    QString unit;
    bool sameUnit = true;
    for (const json& component : *components) {
        const json* quantity = FhirJson::member(component, "valueQuantity");
        if (!quantity) {
            const QString text = firstOf(component, {"valueCodeableConcept", "valueString"});
            if (!text.isEmpty()) {
                values << text;
            }
            continue;
        }
        values << FhirJson::string(*quantity, "value");
        const QString componentUnit = FhirJson::string(*quantity, "unit");
        if (unit.isEmpty()) {
            unit = componentUnit;
        } else if (unit != componentUnit) {
            sameUnit = false;
        }
    }
    if (values.isEmpty()) {
        return {};
    }
    if (sameUnit && !unit.isEmpty()) {
        return values.join(QStringLiteral(" / ")) + QLatin1Char(' ') + unit;
    }
    return values.join(QStringLiteral(" / "));
}

QString medication(const json& resource)
{
    return firstOf(resource, {"medicationCodeableConcept", "medicationReference"});
}

QString firstDosageText(const json& resource)
{
    const json* dosages = FhirJson::member(resource, "dosageInstruction");
    if (!dosages || !dosages->is_array() || dosages->empty()) {
        dosages = FhirJson::member(resource, "dosage");
    }
    if (!dosages || !dosages->is_array() || dosages->empty()) {
        return {};
    }
    return FhirJson::string(dosages->front(), "text");
}

} // namespace

QString ResourceSummary::formatSize(qint64 bytes)
{
    if (bytes < 0) {
        return {};
    }
    if (bytes < 1024) {
        return tr("%1 bytes").arg(QLocale().toString(bytes));
    }
    if (bytes < 1024 * 1024) {
        return tr("%1 KB").arg(QLocale().toString(double(bytes) / 1024.0, 'f', 1));
    }
    return tr("%1 MB").arg(QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

ResourceSummary::Attachment ResourceSummary::attachment(const json& documentReference)
{
    Attachment result;
    const json* contents = FhirJson::member(documentReference, "content");
    if (!contents || !contents->is_array() || contents->empty()) {
        return result;
    }
    const json* attachment = FhirJson::member(contents->front(), "attachment");
    if (!attachment) {
        return result;
    }
    result.url = FhirJson::string(*attachment, "url");
    result.contentType = FhirJson::string(*attachment, "contentType");
    result.title = FhirJson::string(*attachment, "title");
    // Attachment.size is an unsignedInt: a fraction, a negative or a number past qint64 is no size (a
    // float such as 1e34 cast to qint64 would be undefined behaviour; fuzz_bundle found it).
    if (const json* size = FhirJson::member(*attachment, "size"); size && size->is_number_unsigned()
        && size->get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<qint64>::max())) {
        result.size = qint64(size->get<std::uint64_t>());
    }
    const QString data = FhirJson::string(*attachment, "data");
    if (!data.isEmpty()) {
        result.inlineData = QByteArray::fromBase64(data.toLatin1());
        if (result.size < 0) {
            result.size = result.inlineData.size();
        }
    }
    return result;
}

QStringList ResourceSummary::headers(const QString& type)
{
    if (type == QLatin1String("Patient")) {
        return {tr("Name"), tr("NHS number"), tr("Birth date"), tr("Gender"), tr("Address")};
    }
    if (type == QLatin1String("Observation")) {
        return {tr("Date"), tr("Code"), tr("Value"), tr("Status"), tr("Category")};
    }
    if (type == QLatin1String("Encounter")) {
        return {tr("Period"), tr("Class"), tr("Type"), tr("Status")};
    }
    if (type == QLatin1String("Condition")) {
        return {tr("Code"), tr("Clinical status"), tr("Onset / asserted")};
    }
    if (type == QLatin1String("Procedure")) {
        return {tr("Code"), tr("Performed"), tr("Status")};
    }
    if (type == QLatin1String("AllergyIntolerance")) {
        return {tr("Substance"), tr("Criticality"), tr("Verification status")};
    }
    if (type == QLatin1String("MedicationRequest")) {
        return {tr("Medication"), tr("Dosage"), tr("Authored on"), tr("Status")};
    }
    if (type == QLatin1String("MedicationStatement")) {
        return {tr("Medication"), tr("Effective"), tr("Status")};
    }
    if (type == QLatin1String("Immunization")) {
        return {tr("Vaccine"), tr("Date"), tr("Status")};
    }
    if (type == QLatin1String("DocumentReference")) {
        return {tr("Type"), tr("Date"), tr("Attachment type"), tr("Attachment size")};
    }
    if (type == QLatin1String("Binary")) {
        return {tr("Content type"), tr("Size")};
    }
    return {tr("Type"), tr("Id"), tr("Last updated")};
}

QString ResourceSummary::genderText(const QString& code)
{
    if (code == QLatin1String("female"))
        return tr("Female");
    if (code == QLatin1String("male"))
        return tr("Male");
    if (code == QLatin1String("other"))
        return tr("Other");
    if (code == QLatin1String("unknown"))
        return tr("Unknown");
    return code;
}

QStringList ResourceSummary::columns(const QString& type, const json& r)
{
    if (type == QLatin1String("Patient")) {
        const json* identifiers = FhirJson::member(r, "identifier");
        const json* names = FhirJson::member(r, "name");
        const json* addresses = FhirJson::member(r, "address");
        return {names ? FhirJson::humanName(*names) : QString(),
                identifiers ? NhsNumber::format(FhirJson::identifierValue(*identifiers, NhsNumber::system()))
                            : QString(),
                FhirJson::string(r, "birthDate"), genderText(FhirJson::string(r, "gender")),
                addresses ? FhirJson::address(*addresses) : QString()};
    }
    if (type == QLatin1String("Observation")) {
        return {firstOf(r, {"effectiveDateTime", "effectivePeriod", "issued"}), FhirJson::codeableConcept(r, "code"),
                observationValue(r), FhirJson::string(r, "status"), FhirJson::firstCodeableConcept(r, "category")};
    }
    if (type == QLatin1String("Encounter")) {
        const json* encounterClass = FhirJson::member(r, "class");
        QString classText;
        if (encounterClass) {
            classText = FhirJson::string(*encounterClass, "display");
            if (classText.isEmpty()) {
                classText = FhirJson::string(*encounterClass, "code");
            }
        }
        return {firstOf(r, {"period"}), classText, FhirJson::firstCodeableConcept(r, "type"),
                FhirJson::string(r, "status")};
    }
    if (type == QLatin1String("Condition")) {
        return {FhirJson::codeableConcept(r, "code"), firstOf(r, {"clinicalStatus"}),
                firstOf(r, {"onsetDateTime", "onsetPeriod", "onsetString", "assertedDate"})};
    }
    if (type == QLatin1String("Procedure")) {
        return {FhirJson::codeableConcept(r, "code"), firstOf(r, {"performedDateTime", "performedPeriod"}),
                FhirJson::string(r, "status")};
    }
    if (type == QLatin1String("AllergyIntolerance")) {
        return {FhirJson::codeableConcept(r, "code"), FhirJson::string(r, "criticality"),
                firstOf(r, {"verificationStatus"})};
    }
    if (type == QLatin1String("MedicationRequest")) {
        return {medication(r), firstDosageText(r), FhirJson::string(r, "authoredOn"), FhirJson::string(r, "status")};
    }
    if (type == QLatin1String("MedicationStatement")) {
        return {medication(r), firstOf(r, {"effectiveDateTime", "effectivePeriod"}), FhirJson::string(r, "status")};
    }
    if (type == QLatin1String("Immunization")) {
        return {FhirJson::codeableConcept(r, "vaccineCode"), firstOf(r, {"date", "occurrenceDateTime"}),
                FhirJson::string(r, "status")};
    }
    if (type == QLatin1String("DocumentReference")) {
        const Attachment first = attachment(r);
        return {FhirJson::codeableConcept(r, "type"), firstOf(r, {"indexed", "created", "date"}), first.contentType,
                formatSize(first.size)};
    }
    if (type == QLatin1String("Binary")) {
        QString content = FhirJson::string(r, "content"); // STU3
        if (content.isEmpty()) {
            content = FhirJson::string(r, "data"); // R4
        }
        const qint64 size = content.isEmpty() ? -1 : qint64(content.size()) * 3 / 4 - content.count(QLatin1Char('='));
        return {FhirJson::string(r, "contentType"), formatSize(size)};
    }
    const json* meta = FhirJson::member(r, "meta");
    return {type, FhirJson::string(r, "id"), meta ? FhirJson::string(*meta, "lastUpdated") : QString()};
}

QString ResourceSummary::describe(const json& resource)
{
    const QString type = FhirJson::string(resource, "resourceType");
    QStringList lines;
    lines << tr("%1 %2").arg(type, FhirJson::string(resource, "id"));
    const QStringList labels = headers(type);
    const QStringList values = columns(type, resource);
    for (int i = 0; i < labels.size() && i < values.size(); ++i) {
        if (!values.at(i).isEmpty()) {
            lines << tr("%1: %2").arg(labels.at(i), FhirDateText::display(values.at(i)));
        }
    }
    if (const json* subject = FhirJson::member(resource, "subject")) {
        lines << tr("Subject: %1").arg(FhirJson::reference(*subject));
    } else if (const json* patient = FhirJson::member(resource, "patient")) {
        lines << tr("Patient: %1").arg(FhirJson::reference(*patient));
    }
    if (const json* meta = FhirJson::member(resource, "meta")) {
        const QString updated = FhirJson::string(*meta, "lastUpdated");
        if (!updated.isEmpty()) {
            lines << tr("Last updated: %1").arg(FhirDateText::display(updated));
        }
        if (const json* profiles = FhirJson::member(*meta, "profile"); profiles && profiles->is_array()) {
            for (const json& profile : *profiles) {
                lines << tr("Profile: %1").arg(FhirJson::scalar(profile));
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ccri::fhir
