#include "sandbox/fhir/SearchParameters.h"

namespace ccri::sandbox {

namespace {

using Kind = SearchParameters::Kind;
using Definition = SearchParameters::Definition;

Definition patientRef(const QString& path)
{
    return {QStringLiteral("patient"),
            Kind::Reference,
            {path},
            QStringLiteral("Patient"),
            QStringLiteral("The patient the record is about")};
}

Definition subjectRef()
{
    return {QStringLiteral("subject"),
            Kind::Reference,
            {QStringLiteral("subject")},
            QStringLiteral("Patient"),
            QStringLiteral("The subject of the record")};
}

Definition identifier()
{
    return {QStringLiteral("identifier"),
            Kind::Token,
            {QStringLiteral("identifier")},
            {},
            QStringLiteral("A business identifier: system|value")};
}

Definition token(const char* name, QStringList paths, const char* description)
{
    return {QString::fromLatin1(name), Kind::Token, std::move(paths), {}, QString::fromLatin1(description)};
}

Definition string(const char* name, QStringList paths, const char* description)
{
    return {QString::fromLatin1(name), Kind::String, std::move(paths), {}, QString::fromLatin1(description)};
}

Definition date(const char* name, QStringList paths, const char* description)
{
    return {QString::fromLatin1(name), Kind::Date, std::move(paths), {}, QString::fromLatin1(description)};
}

} // namespace

SearchParameters::SearchParameters()
{
    add(QStringLiteral("Patient"),
        {identifier(), string("name", {"name.family", "name.given", "name.text"}, "Any part of the name"),
         string("family", {"name.family"}, "Family name"), string("given", {"name.given"}, "Given name"),
         date("birthdate", {"birthDate"}, "Date of birth"),
         token("gender", {"gender"}, "male | female | other | unknown"),
         string("address-postalcode", {"address.postalCode"}, "Postcode"),
         token("email", {"telecom.value"}, "E-mail address"), token("phone", {"telecom.value"}, "Telephone number")});
    add(QStringLiteral("Observation"),
        {identifier(), patientRef(QStringLiteral("subject")), subjectRef(),
         token("code", {"code"}, "The observation code (SNOMED CT)"),
         date("date", {"effectiveDateTime", "effectivePeriod"}, "When the observation was made"),
         token("category", {"category"}, "vital-signs | social-history | ..."),
         token("status", {"status"}, "Observation status")});
    add(QStringLiteral("Encounter"),
        {identifier(), patientRef(QStringLiteral("subject")), subjectRef(),
         date("date", {"period"}, "When the encounter took place"), token("type", {"type"}, "Encounter type"),
         token("class", {"class"}, "AMB | IMP | ..."), token("status", {"status"}, "Encounter status")});
    add(QStringLiteral("Condition"),
        {identifier(), patientRef(QStringLiteral("subject")), subjectRef(),
         token("code", {"code"}, "The condition (SNOMED CT)"),
         token("category", {"category"}, "problem-list-item | encounter-diagnosis"),
         token("clinical-status", {"clinicalStatus"}, "active | resolved | ..."),
         token("verification-status", {"verificationStatus"}, "confirmed | ..."),
         date("asserted-date", {"assertedDate"}, "When the condition was asserted"),
         date("onset-date", {"onsetDateTime"}, "When the condition started")});
    add(QStringLiteral("Procedure"),
        {identifier(), patientRef(QStringLiteral("subject")), subjectRef(),
         token("code", {"code"}, "The procedure (SNOMED CT)"),
         date("date", {"performedDateTime", "performedPeriod"}, "When the procedure was performed"),
         token("status", {"status"}, "Procedure status")});
    add(QStringLiteral("AllergyIntolerance"),
        {identifier(), patientRef(QStringLiteral("patient")), token("code", {"code"}, "The substance (SNOMED CT)"),
         date("date", {"assertedDate"}, "When the allergy was recorded"),
         token("clinical-status", {"clinicalStatus"}, "active | inactive | resolved"),
         token("verification-status", {"verificationStatus"}, "confirmed | unconfirmed | ..."),
         token("category", {"category"}, "food | medication | environment"),
         token("criticality", {"criticality"}, "low | high")});
    add(QStringLiteral("MedicationRequest"),
        {identifier(),
         patientRef(QStringLiteral("subject")),
         subjectRef(),
         token("code", {"medicationCodeableConcept"}, "The medicine (dm+d / SNOMED CT)"),
         {QStringLiteral("medication"),
          Kind::Reference,
          {QStringLiteral("medicationReference")},
          QStringLiteral("Medication"),
          QStringLiteral("The Medication resource")},
         date("authoredon", {"authoredOn"}, "When the prescription was written"),
         token("status", {"status"}, "active | completed | ..."),
         token("intent", {"intent"}, "order | plan | ...")});
    add(QStringLiteral("MedicationStatement"),
        {identifier(), patientRef(QStringLiteral("subject")), subjectRef(),
         token("code", {"medicationCodeableConcept"}, "The medicine (dm+d / SNOMED CT)"),
         date("effective", {"effectiveDateTime", "effectivePeriod"}, "When the medicine was taken"),
         token("status", {"status"}, "active | completed | ...")});
    add(QStringLiteral("Immunization"),
        {identifier(), patientRef(QStringLiteral("patient")), date("date", {"date"}, "When the vaccine was given"),
         token("status", {"status"}, "completed | entered-in-error"), token("notgiven", {"notGiven"}, "true | false"),
         token("vaccine-code", {"vaccineCode"}, "The vaccine (SNOMED CT)")});
    add(QStringLiteral("DocumentReference"),
        {identifier(), patientRef(QStringLiteral("subject")), subjectRef(),
         token("type", {"type"}, "The kind of document"),
         date("period", {"context.period"}, "The time of service documented"),
         date("created", {"created"}, "When the document was created"),
         token("setting", {"context.practiceSetting"}, "The practice setting"),
         token("status", {"status"}, "current | superseded | entered-in-error")});
    add(QStringLiteral("Binary"), {});
    add(QStringLiteral("Organization"), {identifier(), string("name", {"name"}, "The organisation's name")});
    add(QStringLiteral("Practitioner"),
        {identifier(), string("name", {"name.family", "name.given", "name.text"}, "Any part of the name"),
         string("family", {"name.family"}, "Family name"), string("given", {"name.given"}, "Given name")});
}

SearchParameters::SearchParameters(FhirRelease release)
    : SearchParameters()
{
    if (release == FhirRelease::R4)
        applyR4();
}

// FHIR R4 §search parameters of each resource, where they differ from STU3 for the data served
// (UkCoreR4Resource renders the elements they look at).
void SearchParameters::applyR4()
{
    replace(QStringLiteral("Condition"), QStringLiteral("asserted-date"),
            date("recorded-date", {"recordedDate"}, "When the condition was first recorded"));
    replace(QStringLiteral("AllergyIntolerance"), QStringLiteral("date"),
            date("date", {"recordedDate"}, "When the allergy was recorded"));
    replace(QStringLiteral("Immunization"), QStringLiteral("date"),
            date("date", {"occurrenceDateTime"}, "When the vaccine was given"));
    replace(QStringLiteral("Immunization"), QStringLiteral("status"),
            token("status", {"status"}, "completed | entered-in-error | not-done"));
    replace(QStringLiteral("Immunization"), QStringLiteral("notgiven"), {});
    replace(QStringLiteral("DocumentReference"), QStringLiteral("created"),
            date("date", {"date"}, "When this document reference was created"));
    m_definitions[QStringLiteral("MedicationRequest")].append({QStringLiteral("requester"),
                                                               Kind::Reference,
                                                               {QStringLiteral("requester")},
                                                               QStringLiteral("Practitioner"),
                                                               QStringLiteral("Who asked for the medicine")});
}

void SearchParameters::replace(const QString& type, const QString& name, const Definition& definition)
{
    QList<Definition>& list = m_definitions[type];
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).name != name)
            continue;
        if (definition.name.isEmpty())
            list.removeAt(i);
        else
            list[i] = definition;
        return;
    }
}

void SearchParameters::add(const QString& type, QList<Definition> definitions)
{
    definitions.prepend(
        {QStringLiteral("_id"), Kind::Id, {QStringLiteral("id")}, {}, QStringLiteral("The resource id")});
    m_types.append(type);
    m_definitions[type] = std::move(definitions);
}

QStringList SearchParameters::resourceTypes() const
{
    return m_types;
}

bool SearchParameters::supports(const QString& type) const
{
    return m_definitions.count(type) > 0;
}

QList<SearchParameters::Definition> SearchParameters::definitions(const QString& type) const
{
    const auto it = m_definitions.find(type);
    return it == m_definitions.end() ? QList<Definition>() : it->second;
}

const SearchParameters::Definition* SearchParameters::find(const QString& type, const QString& name) const
{
    const auto it = m_definitions.find(type);
    if (it == m_definitions.end())
        return nullptr;
    for (const Definition& definition : it->second) {
        if (definition.name == name)
            return &definition;
    }
    return nullptr;
}

QStringList SearchParameters::names(const QString& type) const
{
    QStringList result;
    for (const Definition& definition : definitions(type))
        result.append(definition.name);
    return result;
}

QString SearchParameters::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Id:
    case Kind::Token:
        return QStringLiteral("token");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Reference:
        return QStringLiteral("reference");
    }
    return QStringLiteral("token");
}

} // namespace ccri::sandbox
