#include "sandbox/data/SyntheticClinicalRecord.h"

#include "sandbox/data/CareConnectJson.h"
#include "sandbox/data/DeterministicRandom.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/data/SampleAttachments.h"

#include <nlohmann/json.hpp>

namespace ccri::sandbox {

using nlohmann::json;
using Cc = CareConnectJson;

SyntheticClinicalRecord::SyntheticClinicalRecord(ResourceStore* store, DeterministicRandom* random,
                                                 const SyntheticTables& tables)
    : m_store(store)
    , m_random(random)
    , m_tables(tables)
{
}

std::string SyntheticClinicalRecord::nextId(const std::string& type)
{
    return std::to_string(++m_counters[type]);
}

const SyntheticTables::Practitioner& SyntheticClinicalRecord::gpOf(const SyntheticTables::Patient& patient) const
{
    return m_tables.practitioners[std::size_t(patient.gpIndex)];
}

void SyntheticClinicalRecord::enteredInError(const SyntheticTables::Patient& p)
{
    const std::string subject = "Patient/" + p.id;
    const std::string when = Cc::dateTime(QDate(2024, 2, 5), 10 * 60);
    const SyntheticTables::ObservationKind& heartRate = m_tables.observation("heartRate");
    const SyntheticTables::ObservationKind& temperature = m_tables.observation("temperature");
    observation(subject, {}, when, gpOf(p), heartRate, "vital-signs", "Vital Signs",
                {{"status", "entered-in-error"}, {"valueQuantity", Cc::quantity(250, heartRate.unit, heartRate.ucum)}});
    observation(
        subject, {}, when, gpOf(p), temperature, "vital-signs", "Vital Signs",
        {{"status", "entered-in-error"}, {"valueQuantity", Cc::quantity(3.7, temperature.unit, temperature.ucum)}});
}

void SyntheticClinicalRecord::write(const SyntheticTables::Patient& p, int extraObservations)
{
    const std::string subject = "Patient/" + p.id;
    const QDate first = QDate(2019, 1, 7).addDays(m_random->bounded(365));
    // Four visits a few months apart; the third at the hospital.
    double weight = m_random->uniform(p.female ? 52 : 62, p.female ? 95 : 110);
    const double height = m_random->uniform(p.female ? 1.52 : 1.62, p.female ? 1.78 : 1.92);
    std::string lastEncounter;
    QDate visit = first;
    for (int v = 0; v < 4; ++v) {
        const bool hospital = v == 2;
        const int minutes = 8 * 60 + m_random->bounded(9 * 60);
        const Practitioner& clinician
            = m_tables.practitioners[std::size_t(hospital ? 2 + m_random->bounded(2) : p.gpIndex)];
        lastEncounter = encounter(subject, visit, minutes, hospital, clinician);
        weight += m_random->uniform(-2.5, 2.5);
        vitalSigns(subject, lastEncounter, Cc::dateTime(visit, minutes + 5), clinician, weight, height);
        visit = visit.addDays(60 + m_random->bounded(240));
    }
    observation(subject, lastEncounter, Cc::dateTime(first, 9 * 60), gpOf(p), m_tables.observation("smoking"),
                "social-history", "Social History",
                {{"valueCodeableConcept", Cc::snomed(m_random->pick(m_tables.smoking))}});
    const SyntheticTables::ObservationKind& heartRate = m_tables.observation("heartRate");
    for (int i = 0; i < extraObservations; ++i) {
        const QDate day = first.addDays(-(i / 6) - 1);
        const int minutes = 8 * 60 + (i % 6) * 30;
        observation(subject, {}, Cc::dateTime(day, minutes), gpOf(p), heartRate, "vital-signs", "Vital Signs",
                    {{"valueQuantity", Cc::quantity(m_random->between(55, 100), heartRate.unit, heartRate.ucum)}});
    }
    conditions(subject, lastEncounter, first, p);
    procedures(subject, lastEncounter, first, p);
    allergy(subject, first, p);
    medicines(subject, lastEncounter, first, p);
    immunisations(subject, first, p);
    documents(subject, lastEncounter, first, p);
}

std::string SyntheticClinicalRecord::encounter(const std::string& subject, const QDate& day, int minutes, bool hospital,
                                               const Practitioner& clinician)
{
    const std::string id = nextId("Encounter");
    m_store->add(
        {{"resourceType", "Encounter"},
         {"id", id},
         {"meta", Cc::meta("Encounter")},
         {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/encounter"}, {"value", "ENC-" + id}}}},
         {"status", "finished"},
         {"class",
          hospital
              ? json {{"system", "http://hl7.org/fhir/v3/ActCode"}, {"code", "IMP"}, {"display", "inpatient encounter"}}
              : json {{"system", "http://hl7.org/fhir/v3/ActCode"}, {"code", "AMB"}, {"display", "ambulatory"}}},
         {"type", {Cc::snomed(m_random->pick(m_tables.encounterTypes))}},
         {"subject", Cc::reference(subject)},
         {"participant", {{{"individual", Cc::reference("Practitioner/" + clinician.id)}}}},
         {"period",
          {{"start", Cc::dateTime(day, minutes)},
           {"end", Cc::dateTime(hospital ? day.addDays(2) : day, minutes + 15)}}},
         {"serviceProvider", Cc::reference("Organization/" + clinician.organisation)}});
    return "Encounter/" + id;
}

void SyntheticClinicalRecord::observation(const std::string& subject, const std::string& encounter,
                                          const std::string& when, const Practitioner& performer,
                                          const SyntheticTables::ObservationKind& kind, const char* category,
                                          const char* categoryDisplay, json value)
{
    const std::string id = nextId("Observation");
    json resource
        = {{"resourceType", "Observation"},
           {"id", id},
           {"meta", Cc::meta(kind.profile)},
           {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/observation"}, {"value", "OBS-" + id}}}},
           {"status", "final"},
           {"category", {Cc::coded("http://hl7.org/fhir/observation-category", category, categoryDisplay)}},
           {"code", Cc::snomed(kind.code)},
           {"subject", Cc::reference(subject)},
           {"effectiveDateTime", when},
           {"performer", {Cc::reference("Practitioner/" + performer.id)}}};
    if (!encounter.empty())
        resource["context"] = Cc::reference(encounter);
    resource.update(value);
    m_store->add(std::move(resource));
}

void SyntheticClinicalRecord::vitalSigns(const std::string& subject, const std::string& encounter,
                                         const std::string& when, const Practitioner& performer, double weight,
                                         double height)
{
    const auto vital = [&](const char* name, json value) {
        observation(subject, encounter, when, performer, m_tables.observation(name), "vital-signs", "Vital Signs",
                    std::move(value));
    };
    const auto measured = [this](const char* name, double value) {
        const SyntheticTables::ObservationKind& kind = m_tables.observation(name);
        return Cc::quantity(value, kind.unit, kind.ucum);
    };
    vital("temperature", {{"valueQuantity", measured("temperature", m_random->uniform(36.1, 37.6))}});
    const int systolic = m_random->between(105, 165);
    vital("bloodPressure",
          {{"component",
            {{{"code", Cc::snomed(m_tables.observation("systolic").code)},
              {"valueQuantity", measured("systolic", systolic)}},
             {{"code", Cc::snomed(m_tables.observation("diastolic").code)},
              {"valueQuantity", measured("diastolic", systolic - m_random->between(35, 55))}}}}});
    vital("weight", {{"valueQuantity", measured("weight", weight)}});
    vital("height", {{"valueQuantity", measured("height", height * 100.0)}});
    vital("bmi", {{"valueQuantity", measured("bmi", weight / (height * height))}});
    vital("heartRate", {{"valueQuantity", measured("heartRate", m_random->between(55, 100))}});
}

void SyntheticClinicalRecord::conditions(const std::string& subject, const std::string& encounter, const QDate& first,
                                         const SyntheticTables::Patient& p)
{
    const int start = m_random->bounded(int(m_tables.conditions.size()));
    for (int i = 0; i < 2; ++i) {
        const std::string id = nextId("Condition");
        const QDate onset = first.addDays(-m_random->bounded(3000));
        const bool active = i == 0 || m_random->chance(50);
        m_store->add(
            {{"resourceType", "Condition"},
             {"id", id},
             {"meta", Cc::meta("Condition")},
             {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/condition"}, {"value", "COND-" + id}}}},
             {"clinicalStatus", active ? "active" : "resolved"},
             {"verificationStatus", "confirmed"},
             {"category",
              {Cc::coded("http://hl7.org/fhir/condition-category", i == 0 ? "problem-list-item" : "encounter-diagnosis",
                         i == 0 ? "Problem List Item" : "Encounter Diagnosis")}},
             {"code", Cc::snomed(m_tables.conditions[std::size_t((start + i) % int(m_tables.conditions.size()))])},
             {"subject", Cc::reference(subject)},
             {"context", Cc::reference(encounter)},
             {"onsetDateTime", Cc::date(onset)},
             {"assertedDate", Cc::date(onset.addDays(m_random->bounded(30)))},
             {"asserter", Cc::reference("Practitioner/" + gpOf(p).id)}});
    }
}

void SyntheticClinicalRecord::procedures(const std::string& subject, const std::string& encounter, const QDate& first,
                                         const SyntheticTables::Patient& p)
{
    const int count = 1 + m_random->bounded(2);
    for (int i = 0; i < count; ++i) {
        const std::string id = nextId("Procedure");
        m_store->add(
            {{"resourceType", "Procedure"},
             {"id", id},
             {"meta", Cc::meta("Procedure")},
             {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/procedure"}, {"value", "PROC-" + id}}}},
             {"status", "completed"},
             {"code", Cc::snomed(m_random->pick(m_tables.procedures))},
             {"subject", Cc::reference(subject)},
             {"context", Cc::reference(encounter)},
             {"performedDateTime", Cc::dateTime(first.addDays(-m_random->bounded(2000)), 10 * 60)},
             {"performer",
              {{{"actor",
                 Cc::reference("Practitioner/" + m_tables.practitioners[std::size_t(2 + (p.gpIndex + i) % 2)].id)}}}}});
    }
}

void SyntheticClinicalRecord::allergy(const std::string& subject, const QDate& first, const SyntheticTables::Patient& p)
{
    const SyntheticTables::Allergy& a = m_random->pick(m_tables.allergies);
    const std::string id = nextId("AllergyIntolerance");
    m_store->add({{"resourceType", "AllergyIntolerance"},
                  {"id", id},
                  {"meta", Cc::meta("AllergyIntolerance")},
                  {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/allergy"}, {"value", "ALG-" + id}}}},
                  {"clinicalStatus", "active"},
                  {"verificationStatus", m_random->chance(80) ? "confirmed" : "unconfirmed"},
                  {"type", "allergy"},
                  {"category", {a.category}},
                  {"criticality", m_random->chance(70) ? "low" : "high"},
                  {"code", Cc::snomed(a.substance)},
                  {"patient", Cc::reference(subject)},
                  {"assertedDate", Cc::date(first.addDays(-m_random->bounded(1500)))},
                  {"asserter", Cc::reference("Practitioner/" + gpOf(p).id)},
                  {"reaction",
                   {{{"manifestation", {Cc::snomed(m_random->pick(m_tables.reactions))}},
                     {"severity", m_random->chance(70) ? "mild" : "moderate"}}}}});
}

void SyntheticClinicalRecord::medicines(const std::string& subject, const std::string& encounter, const QDate& first,
                                        const SyntheticTables::Patient& p)
{
    const int start = m_random->bounded(int(m_tables.medicines.size()));
    const std::string prescriber = "Practitioner/" + gpOf(p).id;
    for (int i = 0; i < 2; ++i) {
        const SyntheticTables::Medicine& m
            = m_tables.medicines[std::size_t((start + i) % int(m_tables.medicines.size()))];
        const QDate authored = first.addDays(m_random->bounded(400));
        const bool active = i == 0;
        const std::string requestId = nextId("MedicationRequest");
        m_store->add({{"resourceType", "MedicationRequest"},
                      {"id", requestId},
                      {"meta", Cc::meta("MedicationRequest")},
                      {"identifier",
                       {{{"system", "https://fhir.example.nhs.uk/Id/prescription"}, {"value", "RX-" + requestId}}}},
                      {"status", active ? "active" : "completed"},
                      {"intent", "order"},
                      {"medicationCodeableConcept", Cc::snomed(m.code)},
                      {"subject", Cc::reference(subject)},
                      {"context", Cc::reference(encounter)},
                      {"authoredOn", Cc::date(authored)},
                      {"requester",
                       {{"agent", Cc::reference(prescriber)},
                        {"onBehalfOf", Cc::reference("Organization/" + m_tables.organisations.front().ods)}}},
                      {"dosageInstruction", {{{"text", m.dosage}}}}});
        const std::string statementId = nextId("MedicationStatement");
        json statement
            = {{"resourceType", "MedicationStatement"},
               {"id", statementId},
               {"meta", Cc::meta("MedicationStatement")},
               {"identifier",
                {{{"system", "https://fhir.example.nhs.uk/Id/medication-statement"}, {"value", "MS-" + statementId}}}},
               {"basedOn", {Cc::reference("MedicationRequest/" + requestId)}},
               {"status", active ? "active" : "completed"},
               {"medicationCodeableConcept", Cc::snomed(m.code)},
               {"effectivePeriod", {{"start", Cc::date(authored)}}},
               {"dateAsserted", Cc::date(authored.addDays(1))},
               {"informationSource", Cc::reference(prescriber)},
               {"subject", Cc::reference(subject)},
               {"taken", "y"},
               {"dosage", {{{"text", m.dosage}}}}};
        if (!active)
            statement["effectivePeriod"]["end"] = Cc::date(authored.addDays(28 + m_random->bounded(90)));
        m_store->add(std::move(statement));
    }
}

void SyntheticClinicalRecord::immunisations(const std::string& subject, const QDate& first,
                                            const SyntheticTables::Patient& p)
{
    const int start = m_random->bounded(int(m_tables.vaccines.size()));
    for (int i = 0; i < 2; ++i) {
        const std::string id = nextId("Immunization");
        m_store->add(
            {{"resourceType", "Immunization"},
             {"id", id},
             {"meta", Cc::meta("Immunization")},
             {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/immunisation"}, {"value", "IMM-" + id}}}},
             {"status", "completed"},
             {"notGiven", false},
             {"vaccineCode", Cc::snomed(m_tables.vaccines[std::size_t((start + i) % int(m_tables.vaccines.size()))])},
             {"patient", Cc::reference(subject)},
             {"date", Cc::dateTime(first.addDays(i * 365 - m_random->bounded(200)), 11 * 60)},
             {"primarySource", true},
             {"practitioner", {{{"actor", Cc::reference("Practitioner/" + gpOf(p).id)}}}}});
    }
}

// The attachment's bytes: a letter naming the patient, a one-page PDF with the patient's NHS number, a small PNG.
QByteArray SyntheticClinicalRecord::attachment(const SyntheticTables::Document& document,
                                               const SyntheticTables::Patient& p)
{
    const QString name = QString::fromStdString(p.given + " " + p.family);
    const QString title = QString::fromStdString(document.title);
    if (document.contentType == "text/plain") {
        return SampleAttachments::text(
            title + QStringLiteral(": ") + name,
            QStringLiteral("Seen in clinic. Observations recorded; plan reviewed with the patient."));
    }
    if (document.contentType == "application/pdf") {
        return SampleAttachments::pdf(
            title, QStringLiteral("Patient: %1 (NHS %2)").arg(name, QString::fromStdString(p.nhsNumber)));
    }
    return SampleAttachments::png(64, 48, quint32(m_random->bounded(1000))); // image/png (SyntheticTables checks)
}

void SyntheticClinicalRecord::documents(const std::string& subject, const std::string& encounter, const QDate& first,
                                        const SyntheticTables::Patient& p)
{
    const SyntheticTables::Organisation& practice = m_tables.organisations.front();
    int day = 0;
    for (const SyntheticTables::Document& doc : m_tables.documents) {
        const QByteArray bytes = attachment(doc, p);
        const std::string binaryId = nextId("Binary");
        m_store->add({{"resourceType", "Binary"},
                      {"id", binaryId},
                      {"contentType", doc.contentType},
                      {"securityContext", Cc::reference(subject)},
                      {"content", bytes.toBase64().toStdString()}});
        const std::string id = nextId("DocumentReference");
        const QDate created = first.addDays(30 + day);
        day += 45;
        m_store->add({{"resourceType", "DocumentReference"},
                      {"id", id},
                      {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/document"}, {"value", "DOC-" + id}}}},
                      {"status", "current"},
                      {"type", Cc::snomed(doc.type)},
                      {"subject", Cc::reference(subject, p.given + " " + p.family)},
                      {"created", Cc::date(created)},
                      {"indexed", Cc::dateTime(created, 12 * 60)},
                      {"author", {Cc::reference("Practitioner/" + gpOf(p).id)}},
                      {"custodian", Cc::reference("Organization/" + practice.ods, practice.name)},
                      {"content",
                       {{{"attachment",
                          {{"contentType", doc.contentType},
                           {"url", "Binary/" + binaryId},
                           {"size", bytes.size()},
                           {"title", doc.title},
                           {"creation", Cc::date(created)}}}}}},
                      {"context",
                       {{"encounter", Cc::reference(encounter)},
                        {"period", {{"start", Cc::date(created)}, {"end", Cc::date(created)}}},
                        {"practiceSetting", Cc::snomed(m_tables.practiceSetting)}}}});
    }
}

} // namespace ccri::sandbox
