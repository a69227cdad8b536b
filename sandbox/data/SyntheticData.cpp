#include "sandbox/data/SyntheticData.h"

#include "sandbox/data/CareConnectJson.h"
#include "sandbox/data/DeterministicRandom.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/data/SyntheticClinicalRecord.h"
#include "sandbox/data/SyntheticTables.h"
#include "sandbox/data/TestNhsNumbers.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <QDate>
#include <string>

namespace ccri::sandbox {

namespace {

using nlohmann::json;
using Cc = CareConnectJson;

constexpr int kFirstGeneratedPatient = 4;
constexpr int kObservationsPerPatient = 25; // four visits of six vital signs, and smoking status

std::string lower(std::string text)
{
    for (char& c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    std::erase_if(text, [](char c) { return c == ' ' || c == '-'; });
    return text;
}

void addOrganisation(ResourceStore* store, const SyntheticTables::Organisation& o)
{
    store->add({{"resourceType", "Organization"},
                {"id", o.ods},
                {"meta", Cc::meta("Organization")},
                {"identifier", {{{"system", "https://fhir.nhs.uk/Id/ods-organization-code"}, {"value", o.ods}}}},
                {"active", true},
                {"type", {{{"text", o.kind}}}},
                {"name", o.name},
                {"address",
                 {{{"line", Cc::addressLines(o.address.line)},
                   {"city", o.address.city},
                   {"postalCode", o.address.postcode}}}}});
}

void addPractitioner(ResourceStore* store, const SyntheticTables::Practitioner& p)
{
    store->add({{"resourceType", "Practitioner"},
                {"id", p.id},
                {"meta", Cc::meta("Practitioner")},
                {"identifier", {{{"system", "https://fhir.nhs.uk/Id/sds-user-id"}, {"value", p.sdsId}}}},
                {"active", true},
                {"name", {{{"use", "official"}, {"family", p.family}, {"given", {p.given}}, {"prefix", {p.prefix}}}}},
                {"gender", p.gender}});
}

SyntheticTables::Patient generatedPatient(int number, DeterministicRandom* random, const SyntheticTables& tables,
                                          quint32* nhsStem)
{
    const bool female = random->chance(50);
    SyntheticTables::Patient seed;
    seed.id = std::to_string(number);
    seed.nhsNumber = TestNhsNumbers::next(nhsStem).toStdString();
    seed.female = female;
    seed.given = female ? random->pick(tables.femaleGiven) : random->pick(tables.maleGiven);
    seed.family = random->pick(tables.family);
    seed.birthDate = QDate(1930, 1, 1).addDays(random->bounded(85 * 365));
    seed.prefix = female ? (random->chance(50) ? "Mrs" : "Ms") : "Mr";
    if (seed.birthDate.year() > 2008)
        seed.prefix = female ? "Miss" : "Master";
    seed.address = random->pick(tables.addresses);
    seed.gpIndex = random->bounded(2);
    return seed;
}

void addPatient(ResourceStore* store, DeterministicRandom* random, const SyntheticTables& tables,
                const SyntheticTables::Patient& p)
{
    const SyntheticTables::Practitioner& gp = tables.practitioners[std::size_t(p.gpIndex)];
    const SyntheticTables::Organisation& practice = tables.organisations.front();
    store->add({{"resourceType", "Patient"},
                {"id", p.id},
                {"meta", Cc::meta("Patient")},
                {"identifier",
                 {{{"extension",
                    {{{"url",
                       "https://fhir.hl7.org.uk/STU3/StructureDefinition/"
                       "Extension-CareConnect-NHSNumberVerificationStatus-1"},
                      {"valueCodeableConcept",
                       Cc::coded("https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1",
                                 "01", "Number present and verified")}}}},
                   {"system", "https://fhir.nhs.uk/Id/nhs-number"},
                   {"value", p.nhsNumber}}}},
                {"active", true},
                {"name",
                 {{{"use", "official"},
                   {"text", p.given + " " + p.family},
                   {"family", p.family},
                   {"given", {p.given}},
                   {"prefix", {p.prefix}}}}},
                {"telecom",
                 {{{"system", "phone"},
                   {"value", "0115 496 " + std::to_string(1000 + random->bounded(9000))},
                   {"use", "home"}},
                  {{"system", "email"},
                   {"value", lower(p.given) + "." + lower(p.family) + "@example.nhs.uk"},
                   {"use", "home"}}}},
                {"gender", p.female ? "female" : "male"},
                {"birthDate", Cc::date(p.birthDate)},
                {"address",
                 {{{"use", "home"},
                   {"line", Cc::addressLines(p.address.line)},
                   {"city", p.address.city},
                   {"postalCode", p.address.postcode}}}},
                {"generalPractitioner",
                 {Cc::reference("Practitioner/" + gp.id, gp.prefix + " " + gp.given + " " + gp.family)}},
                {"managingOrganization", Cc::reference("Organization/" + practice.ods, practice.name)}});
}

} // namespace

SyntheticData::SyntheticData() = default;

SyntheticData::SyntheticData(const Options& options)
    : m_options(options)
{
}

QString SyntheticData::bigPatientId(const Options& options)
{
    if (options.bigPatientObservations <= 0)
        return {};
    return QString::number(kFirstGeneratedPatient + qMax(0, options.patients));
}

void SyntheticData::generate(ResourceStore* store) const
{
    store->clear();
    const SyntheticTables& tables = SyntheticTables::builtin();
    DeterministicRandom random(m_options.seed);
    SyntheticClinicalRecord records(store, &random, tables);
    quint32 nhsStem = 100000;
    const auto patient = [&](const SyntheticTables::Patient& p, int extraObservations) {
        addPatient(store, &random, tables, p);
        records.write(p, extraObservations);
    };
    for (const SyntheticTables::Organisation& organisation : tables.organisations)
        addOrganisation(store, organisation);
    for (const SyntheticTables::Practitioner& practitioner : tables.practitioners)
        addPractitioner(store, practitioner);
    for (const SyntheticTables::Patient& named : tables.namedPatients)
        patient(named, 0);
    for (int i = 0; i < m_options.patients; ++i)
        patient(generatedPatient(kFirstGeneratedPatient + i, &random, tables, &nhsStem), 0);
    if (m_options.bigPatientObservations > 0) {
        const int number = kFirstGeneratedPatient + qMax(0, m_options.patients);
        patient(generatedPatient(number, &random, tables, &nhsStem),
                qMax(0, m_options.bigPatientObservations - kObservationsPerPatient));
    }
    // Last, so every record above stays as it was: the clinical-safety cases (UK Core Access hazards).
    const int next = kFirstGeneratedPatient + qMax(0, m_options.patients) + (m_options.bigPatientObservations > 0);
    const auto [first, second] = duplicatePair(next);
    patient(first, 0);
    patient(second, 0);
    records.enteredInError(second);
}

QPair<SyntheticTables::Patient, SyntheticTables::Patient> SyntheticData::duplicatePair(int firstId)
{
    const SyntheticTables& tables = SyntheticTables::builtin();
    SyntheticTables::Patient alex;
    alex.id = std::to_string(firstId);
    alex.nhsNumber = kSharedNhsNumber;
    alex.prefix = "Mr";
    alex.given = "Alex";
    alex.family = "Morgan";
    alex.birthDate = QDate(1980, 5, 1);
    alex.address = tables.addresses.front();
    SyntheticTables::Patient alexandra = alex;
    alexandra.id = std::to_string(firstId + 1);
    alexandra.prefix = "Ms";
    alexandra.given = "Alexandra";
    alexandra.female = true;
    alexandra.birthDate = QDate(1983, 9, 14);
    alexandra.address = tables.addresses.back();
    alexandra.gpIndex = 1;
    return {alex, alexandra};
}

} // namespace ccri::sandbox
