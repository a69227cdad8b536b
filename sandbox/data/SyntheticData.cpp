#include "sandbox/data/SyntheticData.h"

#include "sandbox/data/DeterministicRandom.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/data/SampleAttachments.h"
#include "sandbox/data/TestNhsNumbers.h"

#include <array>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <QDate>
#include <string>

namespace ccri::sandbox {

namespace {

using nlohmann::json;

constexpr const char* kSnomed = "http://snomed.info/sct";
constexpr const char* kUcum = "http://unitsofmeasure.org";
constexpr int kFirstGeneratedPatient = 4;
constexpr int kObservationsPerPatient = 25; // four visits of six vital signs, and smoking status

struct Code
{
    const char* code;
    const char* display;
};

struct Address
{
    const char* line;
    const char* city;
    const char* postcode;
};

constexpr std::array kFemaleGiven = {"Amelia",   "Olivia", "Isla",     "Ava",   "Emily", "Sophie",  "Grace",   "Lily",
                                     "Freya",    "Ruby",   "Evie",     "Ella",  "Poppy", "Chloe",   "Jessica", "Alice",
                                     "Margaret", "Jean",   "Patricia", "Susan", "Linda", "Dorothy", "Sarah",   "Priya"};
constexpr std::array kMaleGiven = {"Oliver", "Harry",   "George", "Jack",    "Jacob", "Noah",    "Charlie", "Thomas",
                                   "Oscar",  "William", "James",  "Arthur",  "Leo",   "Alfie",   "Henry",   "Samuel",
                                   "David",  "John",    "Robert", "Michael", "Peter", "Kenneth", "Brian",   "Ravi"};
constexpr std::array kFamily
    = {"Smith",    "Jones",  "Taylor", "Brown",  "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
       "Thompson", "Evans",  "Walker", "White",  "Roberts",  "Green",  "Hall",    "Wood",   "Jackson",  "Clarke",
       "Patel",    "Khan",   "Lewis",  "Hughes", "Turner",   "Hill",   "Cooper",  "Ward",   "Morris",   "Moore",
       "Clark",    "Harris", "Baker",  "Carter", "Shaw",     "Begum",  "Okafor",  "Nowak",  "Murphy",   "Kowalski"};
constexpr std::array kAddresses = {Address {"12 Mill Lane", "Derby", "DE1 2AB"},
                                   Address {"4 Church Street", "Matlock", "DE4 3BY"},
                                   Address {"27 Station Road", "Belper", "DE56 1AD"},
                                   Address {"9 Park Avenue", "Ilkeston", "DE7 5HT"},
                                   Address {"33 Victoria Road", "Chesterfield", "S40 1LA"},
                                   Address {"1 The Green", "Ashbourne", "DE6 1EF"},
                                   Address {"58 High Street", "Ripley", "DE5 3LQ"},
                                   Address {"7 Kings Road", "Swadlincote", "DE11 0AS"},
                                   Address {"21 Queen Street", "Long Eaton", "NG10 1LB"},
                                   Address {"16 Elm Grove", "Beeston", "NG9 1GW"}};

constexpr std::array kConditions = {Code {"38341003", "Hypertensive disorder"},
                                    Code {"195967001", "Asthma"},
                                    Code {"44054006", "Diabetes mellitus type 2"},
                                    Code {"35489007", "Depressive disorder"},
                                    Code {"396275006", "Osteoarthritis"},
                                    Code {"13645005", "Chronic obstructive lung disease"},
                                    Code {"53741008", "Coronary arteriosclerosis"},
                                    Code {"49436004", "Atrial fibrillation"},
                                    Code {"37796009", "Migraine"},
                                    Code {"40930008", "Hypothyroidism"}};
constexpr std::array kProcedures = {Code {"80146002", "Appendectomy"},
                                    Code {"38102005", "Cholecystectomy"},
                                    Code {"73761001", "Colonoscopy"},
                                    Code {"29303009", "Electrocardiographic procedure"},
                                    Code {"274031008", "Rectal polypectomy"},
                                    Code {"54550000", "Cataract extraction"},
                                    Code {"52734007", "Total replacement of hip"}};
struct Allergy
{
    Code substance;
    const char* category;
};
constexpr std::array kAllergies = {Allergy {{"91936005", "Allergy to penicillin"}, "medication"},
                                   Allergy {{"91935009", "Allergy to peanuts"}, "food"},
                                   Allergy {{"300913006", "Shellfish allergy"}, "food"},
                                   Allergy {{"418689008", "Allergy to grass pollen"}, "environment"},
                                   Allergy {{"294505008", "Allergy to aspirin"}, "medication"},
                                   Allergy {{"232350006", "House dust mite allergy"}, "environment"}};
constexpr std::array kReactions = {Code {"271807003", "Eruption of skin"}, Code {"39579001", "Anaphylaxis"},
                                   Code {"267036007", "Dyspnoea"}, Code {"418290006", "Itching"}};
struct Medicine
{
    Code code;
    const char* dosage;
};
constexpr std::array kMedicines
    = {Medicine {{"322236009", "Paracetamol 500mg tablets"}, "Two tablets up to four times a day"},
       Medicine {{"319740004", "Amlodipine 5mg tablets"}, "One tablet once a day"},
       Medicine {{"320000009", "Simvastatin 40mg tablets"}, "One tablet at night"},
       Medicine {{"325278007", "Metformin 500mg tablets"}, "One tablet twice a day with food"},
       Medicine {{"320176004", "Salbutamol 100micrograms/dose inhaler"}, "Two puffs when required"},
       Medicine {{"317896006", "Omeprazole 20mg capsules"}, "One capsule once a day"},
       Medicine {{"318135003", "Ramipril 5mg capsules"}, "One capsule once a day"},
       Medicine {{"321208004", "Sertraline 50mg tablets"}, "One tablet once a day"}};
constexpr std::array kVaccines
    = {Code {"396425006", "Influenza virus vaccine"}, Code {"333598008", "Pneumococcal vaccine"},
       Code {"871751006", "Hepatitis A virus antigen only vaccine product"},
       Code {"836388001", "Measles and mumps and rubella vaccine"}, Code {"1119349007", "COVID-19 mRNA vaccine"}};
constexpr std::array kEncounterTypes
    = {Code {"185347001", "Encounter for problem"}, Code {"270427003", "Patient-initiated encounter"},
       Code {"185345009", "Encounter for symptom"}, Code {"11429006", "Consultation"}};
constexpr std::array kSmoking
    = {Code {"266919005", "Never smoked tobacco"}, Code {"8517006", "Ex-smoker"}, Code {"77176002", "Smoker"}};

struct Practitioner
{
    const char* id;
    const char* prefix;
    const char* given;
    const char* family;
    const char* sdsId;
    const char* organisation;
};
constexpr std::array kPractitioners = {Practitioner {"1", "Dr", "Priya", "Chandra", "100001000001", "C81010"},
                                       Practitioner {"2", "Dr", "Thomas", "Whitfield", "100001000002", "C81010"},
                                       Practitioner {"3", "Dr", "Helen", "Okonjo", "100001000003", "RTG"},
                                       Practitioner {"4", "Mr", "Mark", "Ellis", "100001000004", "RTG"}};

std::string str(const QString& text)
{
    return text.toStdString();
}

json meta(const char* profile)
{
    return {
        {"profile", {std::string("https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-") + profile + "-1"}}};
}

json snomed(const Code& code)
{
    return {{"coding", {{{"system", kSnomed}, {"code", code.code}, {"display", code.display}}}},
            {"text", code.display}};
}

json coded(const char* system, const char* code, const char* display)
{
    return {{"coding", {{{"system", system}, {"code", code}, {"display", display}}}}};
}

json reference(const std::string& target, const std::string& display = {})
{
    json ref = {{"reference", target}};
    if (!display.empty())
        ref["display"] = display;
    return ref;
}

json quantity(double value, const char* unit, const char* code)
{
    return {{"value", std::round(value * 10.0) / 10.0}, {"unit", unit}, {"system", kUcum}, {"code", code}};
}

std::string date(const QDate& day)
{
    return str(day.toString(Qt::ISODate));
}

std::string dateTime(const QDate& day, int minutes)
{
    return str(QStringLiteral("%1T%2:%3:00+00:00")
                   .arg(day.toString(Qt::ISODate))
                   .arg(minutes / 60 % 24, 2, 10, QLatin1Char('0'))
                   .arg(minutes % 60, 2, 10, QLatin1Char('0')));
}

struct PatientSeed
{
    std::string id;
    std::string nhsNumber;
    const char* prefix;
    std::string given;
    std::string family;
    bool female;
    QDate birthDate;
    Address address;
    int gpIndex;
};

// One generation run: the store, the random sequence and the per-type id counters.
class Generator
{
public:
    Generator(ResourceStore* store, quint64 seed)
        : m_store(store)
        , m_random(seed)
    {
    }

    void organisations()
    {
        addOrganisation("C81010", "The Moir Medical Centre", "GP practice",
                        {"Moir Medical Centre, Regent Street", "Long Eaton", "NG10 1QQ"});
        addOrganisation("RTG", "Derby Teaching Hospitals NHS Foundation Trust", "NHS trust",
                        {"Royal Derby Hospital, Uttoxeter Road", "Derby", "DE22 3NE"});
    }

    void practitioners()
    {
        for (const Practitioner& p : kPractitioners) {
            m_store->add(
                {{"resourceType", "Practitioner"},
                 {"id", p.id},
                 {"meta", meta("Practitioner")},
                 {"identifier", {{{"system", "https://fhir.nhs.uk/Id/sds-user-id"}, {"value", p.sdsId}}}},
                 {"active", true},
                 {"name", {{{"use", "official"}, {"family", p.family}, {"given", {p.given}}, {"prefix", {p.prefix}}}}},
                 {"gender", std::string(p.given) == "Helen" || std::string(p.given) == "Priya" ? "female" : "male"}});
        }
    }

    PatientSeed namedPatient(const char* id, const char* nhs, const char* prefix, const char* given, const char* family,
                             bool female, QDate birth, const Address& address)
    {
        return {id, nhs, prefix, given, family, female, birth, address, 0};
    }

    PatientSeed generatedPatient(int number)
    {
        const bool female = m_random.chance(50);
        PatientSeed seed;
        seed.id = std::to_string(number);
        seed.nhsNumber = str(TestNhsNumbers::next(&m_nhsStem));
        seed.female = female;
        seed.given = female ? m_random.pick(kFemaleGiven) : m_random.pick(kMaleGiven);
        seed.family = m_random.pick(kFamily);
        seed.birthDate = QDate(1930, 1, 1).addDays(m_random.bounded(85 * 365));
        seed.prefix = female ? (m_random.chance(50) ? "Mrs" : "Ms") : "Mr";
        if (seed.birthDate.year() > 2008)
            seed.prefix = female ? "Miss" : "Master";
        seed.address = m_random.pick(kAddresses);
        seed.gpIndex = m_random.bounded(2);
        return seed;
    }

    void patient(const PatientSeed& p, int extraObservations = 0)
    {
        const Practitioner& gp = kPractitioners[std::size_t(p.gpIndex)];
        const std::string text = p.given + " " + p.family;
        m_store->add({{"resourceType", "Patient"},
                      {"id", p.id},
                      {"meta", meta("Patient")},
                      {"identifier",
                       {{{"extension",
                          {{{"url",
                             "https://fhir.hl7.org.uk/STU3/StructureDefinition/"
                             "Extension-CareConnect-NHSNumberVerificationStatus-1"},
                            {"valueCodeableConcept",
                             coded("https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1",
                                   "01", "Number present and verified")}}}},
                         {"system", "https://fhir.nhs.uk/Id/nhs-number"},
                         {"value", p.nhsNumber}}}},
                      {"active", true},
                      {"name",
                       {{{"use", "official"},
                         {"text", text},
                         {"family", p.family},
                         {"given", {p.given}},
                         {"prefix", {p.prefix}}}}},
                      {"telecom",
                       {{{"system", "phone"},
                         {"value", "0115 496 " + std::to_string(1000 + m_random.bounded(9000))},
                         {"use", "home"}},
                        {{"system", "email"},
                         {"value", lower(p.given) + "." + lower(p.family) + "@example.nhs.uk"},
                         {"use", "home"}}}},
                      {"gender", p.female ? "female" : "male"},
                      {"birthDate", date(p.birthDate)},
                      {"address",
                       {{{"use", "home"},
                         {"line", splitLines(p.address.line)},
                         {"city", p.address.city},
                         {"postalCode", p.address.postcode}}}},
                      {"generalPractitioner",
                       {reference(std::string("Practitioner/") + gp.id,
                                  std::string(gp.prefix) + " " + gp.given + " " + gp.family)}},
                      {"managingOrganization", reference("Organization/C81010", "The Moir Medical Centre")}});
        clinicalRecord(p, extraObservations);
    }

private:
    static std::string lower(std::string text)
    {
        for (char& c : text)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        std::erase_if(text, [](char c) { return c == ' ' || c == '-'; });
        return text;
    }

    static json splitLines(const char* line)
    {
        json lines = json::array();
        for (const QString& part : QString::fromUtf8(line).split(QStringLiteral(", ")))
            lines.push_back(str(part));
        return lines;
    }

    std::string nextId(const char* type) { return std::to_string(++m_counters[type]); }

    void addOrganisation(const char* ods, const char* name, const char* kind, const Address& address)
    {
        m_store->add(
            {{"resourceType", "Organization"},
             {"id", ods},
             {"meta", meta("Organization")},
             {"identifier", {{{"system", "https://fhir.nhs.uk/Id/ods-organization-code"}, {"value", ods}}}},
             {"active", true},
             {"type", {{{"text", kind}}}},
             {"name", name},
             {"address",
              {{{"line", splitLines(address.line)}, {"city", address.city}, {"postalCode", address.postcode}}}}});
    }

    void clinicalRecord(const PatientSeed& p, int extraObservations)
    {
        const std::string subject = "Patient/" + p.id;
        const QDate first = QDate(2019, 1, 7).addDays(m_random.bounded(365));
        // Four visits a few months apart; the third at the hospital.
        double weight = m_random.uniform(p.female ? 52 : 62, p.female ? 95 : 110);
        const double height = m_random.uniform(p.female ? 1.52 : 1.62, p.female ? 1.78 : 1.92);
        std::string lastEncounter;
        QDate visit = first;
        for (int v = 0; v < 4; ++v) {
            const bool hospital = v == 2;
            const int minutes = 8 * 60 + m_random.bounded(9 * 60);
            const Practitioner& clinician = kPractitioners[std::size_t(hospital ? 2 + m_random.bounded(2) : p.gpIndex)];
            lastEncounter = encounter(subject, visit, minutes, hospital, clinician);
            weight += m_random.uniform(-2.5, 2.5);
            vitalSigns(subject, lastEncounter, dateTime(visit, minutes + 5), clinician, weight, height);
            visit = visit.addDays(60 + m_random.bounded(240));
        }
        observation(subject, lastEncounter, dateTime(first, 9 * 60), kPractitioners[std::size_t(p.gpIndex)],
                    "Observation", {"229819007", "Tobacco use and exposure"}, "social-history", "Social History",
                    {{"valueCodeableConcept", snomed(m_random.pick(kSmoking))}});
        for (int i = 0; i < extraObservations; ++i) {
            const QDate day = first.addDays(-(i / 6) - 1);
            const int minutes = 8 * 60 + (i % 6) * 30;
            observation(subject, {}, dateTime(day, minutes), kPractitioners[std::size_t(p.gpIndex)], "HeartRate",
                        {"364075005", "Heart rate"}, "vital-signs", "Vital Signs",
                        {{"valueQuantity", quantity(m_random.between(55, 100), "beats/minute", "/min")}});
        }
        conditions(subject, lastEncounter, first, p);
        procedures(subject, lastEncounter, first, p);
        allergy(subject, first, p);
        medicines(subject, lastEncounter, first, p);
        immunisations(subject, first, p);
        documents(subject, lastEncounter, first, p);
    }

    std::string encounter(const std::string& subject, const QDate& day, int minutes, bool hospital,
                          const Practitioner& clinician)
    {
        const std::string id = nextId("Encounter");
        m_store->add(
            {{"resourceType", "Encounter"},
             {"id", id},
             {"meta", meta("Encounter")},
             {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/encounter"}, {"value", "ENC-" + id}}}},
             {"status", "finished"},
             {"class",
              hospital
                  ? json {{"system", "http://hl7.org/fhir/v3/ActCode"},
                          {"code", "IMP"},
                          {"display", "inpatient encounter"}}
                  : json {{"system", "http://hl7.org/fhir/v3/ActCode"}, {"code", "AMB"}, {"display", "ambulatory"}}},
             {"type", {snomed(m_random.pick(kEncounterTypes))}},
             {"subject", reference(subject)},
             {"participant", {{{"individual", reference(std::string("Practitioner/") + clinician.id)}}}},
             {"period",
              {{"start", dateTime(day, minutes)}, {"end", dateTime(hospital ? day.addDays(2) : day, minutes + 15)}}},
             {"serviceProvider", reference(std::string("Organization/") + clinician.organisation)}});
        return "Encounter/" + id;
    }

    void observation(const std::string& subject, const std::string& encounter, const std::string& when,
                     const Practitioner& performer, const char* profile, const Code& code, const char* category,
                     const char* categoryDisplay, json value)
    {
        const std::string id = nextId("Observation");
        json resource
            = {{"resourceType", "Observation"},
               {"id", id},
               {"meta", meta(profile)},
               {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/observation"}, {"value", "OBS-" + id}}}},
               {"status", "final"},
               {"category", {coded("http://hl7.org/fhir/observation-category", category, categoryDisplay)}},
               {"code", snomed(code)},
               {"subject", reference(subject)},
               {"effectiveDateTime", when},
               {"performer", {reference(std::string("Practitioner/") + performer.id)}}};
        if (!encounter.empty())
            resource["context"] = reference(encounter);
        resource.update(value);
        m_store->add(std::move(resource));
    }

    void vitalSigns(const std::string& subject, const std::string& encounter, const std::string& when,
                    const Practitioner& performer, double weight, double height)
    {
        const auto vital = [&](const char* profile, const Code& code, json value) {
            observation(subject, encounter, when, performer, profile, code, "vital-signs", "Vital Signs",
                        std::move(value));
        };
        vital("BodyTemperature", {"276885007", "Core body temperature"},
              {{"valueQuantity", quantity(m_random.uniform(36.1, 37.6), "degC", "Cel")}});
        const int systolic = m_random.between(105, 165);
        vital("BloodPressure", {"75367002", "Blood pressure"},
              {{"component",
                {{{"code", snomed({"72313002", "Systolic arterial pressure"})},
                  {"valueQuantity", quantity(systolic, "mmHg", "mm[Hg]")}},
                 {{"code", snomed({"1091811000000102", "Diastolic arterial pressure"})},
                  {"valueQuantity", quantity(systolic - m_random.between(35, 55), "mmHg", "mm[Hg]")}}}}});
        vital("BodyWeight", {"27113001", "Body weight"}, {{"valueQuantity", quantity(weight, "kg", "kg")}});
        vital("BodyHeight", {"50373000", "Body height measure"},
              {{"valueQuantity", quantity(height * 100.0, "cm", "cm")}});
        vital("BodyMassIndex", {"60621009", "Body mass index"},
              {{"valueQuantity", quantity(weight / (height * height), "kg/m2", "kg/m2")}});
        vital("HeartRate", {"364075005", "Heart rate"},
              {{"valueQuantity", quantity(m_random.between(55, 100), "beats/minute", "/min")}});
    }

    void conditions(const std::string& subject, const std::string& encounter, const QDate& first, const PatientSeed& p)
    {
        const int start = m_random.bounded(int(kConditions.size()));
        for (int i = 0; i < 2; ++i) {
            const std::string id = nextId("Condition");
            const QDate onset = first.addDays(-m_random.bounded(3000));
            const bool active = i == 0 || m_random.chance(50);
            m_store->add(
                {{"resourceType", "Condition"},
                 {"id", id},
                 {"meta", meta("Condition")},
                 {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/condition"}, {"value", "COND-" + id}}}},
                 {"clinicalStatus", active ? "active" : "resolved"},
                 {"verificationStatus", "confirmed"},
                 {"category",
                  {coded("http://hl7.org/fhir/condition-category", i == 0 ? "problem-list-item" : "encounter-diagnosis",
                         i == 0 ? "Problem List Item" : "Encounter Diagnosis")}},
                 {"code", snomed(kConditions[std::size_t((start + i) % int(kConditions.size()))])},
                 {"subject", reference(subject)},
                 {"context", reference(encounter)},
                 {"onsetDateTime", date(onset)},
                 {"assertedDate", date(onset.addDays(m_random.bounded(30)))},
                 {"asserter", reference(std::string("Practitioner/") + kPractitioners[std::size_t(p.gpIndex)].id)}});
        }
    }

    void procedures(const std::string& subject, const std::string& encounter, const QDate& first, const PatientSeed& p)
    {
        const int count = 1 + m_random.bounded(2);
        for (int i = 0; i < count; ++i) {
            const std::string id = nextId("Procedure");
            m_store->add(
                {{"resourceType", "Procedure"},
                 {"id", id},
                 {"meta", meta("Procedure")},
                 {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/procedure"}, {"value", "PROC-" + id}}}},
                 {"status", "completed"},
                 {"code", snomed(m_random.pick(kProcedures))},
                 {"subject", reference(subject)},
                 {"context", reference(encounter)},
                 {"performedDateTime", dateTime(first.addDays(-m_random.bounded(2000)), 10 * 60)},
                 {"performer",
                  {{{"actor",
                     reference(std::string("Practitioner/")
                               + kPractitioners[std::size_t(2 + (p.gpIndex + i) % 2)].id)}}}}});
        }
    }

    void allergy(const std::string& subject, const QDate& first, const PatientSeed& p)
    {
        const Allergy& a = m_random.pick(kAllergies);
        const std::string id = nextId("AllergyIntolerance");
        m_store->add({{"resourceType", "AllergyIntolerance"},
                      {"id", id},
                      {"meta", meta("AllergyIntolerance")},
                      {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/allergy"}, {"value", "ALG-" + id}}}},
                      {"clinicalStatus", "active"},
                      {"verificationStatus", m_random.chance(80) ? "confirmed" : "unconfirmed"},
                      {"type", "allergy"},
                      {"category", {a.category}},
                      {"criticality", m_random.chance(70) ? "low" : "high"},
                      {"code", snomed(a.substance)},
                      {"patient", reference(subject)},
                      {"assertedDate", date(first.addDays(-m_random.bounded(1500)))},
                      {"asserter", reference(std::string("Practitioner/") + kPractitioners[std::size_t(p.gpIndex)].id)},
                      {"reaction",
                       {{{"manifestation", {snomed(m_random.pick(kReactions))}},
                         {"severity", m_random.chance(70) ? "mild" : "moderate"}}}}});
    }

    void medicines(const std::string& subject, const std::string& encounter, const QDate& first, const PatientSeed& p)
    {
        const int start = m_random.bounded(int(kMedicines.size()));
        const std::string prescriber = std::string("Practitioner/") + kPractitioners[std::size_t(p.gpIndex)].id;
        for (int i = 0; i < 2; ++i) {
            const Medicine& m = kMedicines[std::size_t((start + i) % int(kMedicines.size()))];
            const QDate authored = first.addDays(m_random.bounded(400));
            const bool active = i == 0;
            const std::string requestId = nextId("MedicationRequest");
            m_store->add(
                {{"resourceType", "MedicationRequest"},
                 {"id", requestId},
                 {"meta", meta("MedicationRequest")},
                 {"identifier",
                  {{{"system", "https://fhir.example.nhs.uk/Id/prescription"}, {"value", "RX-" + requestId}}}},
                 {"status", active ? "active" : "completed"},
                 {"intent", "order"},
                 {"medicationCodeableConcept", snomed(m.code)},
                 {"subject", reference(subject)},
                 {"context", reference(encounter)},
                 {"authoredOn", date(authored)},
                 {"requester", {{"agent", reference(prescriber)}, {"onBehalfOf", reference("Organization/C81010")}}},
                 {"dosageInstruction", {{{"text", m.dosage}}}}});
            const std::string statementId = nextId("MedicationStatement");
            json statement = {
                {"resourceType", "MedicationStatement"},
                {"id", statementId},
                {"meta", meta("MedicationStatement")},
                {"identifier",
                 {{{"system", "https://fhir.example.nhs.uk/Id/medication-statement"}, {"value", "MS-" + statementId}}}},
                {"basedOn", {reference("MedicationRequest/" + requestId)}},
                {"status", active ? "active" : "completed"},
                {"medicationCodeableConcept", snomed(m.code)},
                {"effectivePeriod", {{"start", date(authored)}}},
                {"dateAsserted", date(authored.addDays(1))},
                {"informationSource", reference(prescriber)},
                {"subject", reference(subject)},
                {"taken", "y"},
                {"dosage", {{{"text", m.dosage}}}}};
            if (!active)
                statement["effectivePeriod"]["end"] = date(authored.addDays(28 + m_random.bounded(90)));
            m_store->add(std::move(statement));
        }
    }

    void immunisations(const std::string& subject, const QDate& first, const PatientSeed& p)
    {
        const int start = m_random.bounded(int(kVaccines.size()));
        for (int i = 0; i < 2; ++i) {
            const std::string id = nextId("Immunization");
            m_store->add(
                {{"resourceType", "Immunization"},
                 {"id", id},
                 {"meta", meta("Immunization")},
                 {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/immunisation"}, {"value", "IMM-" + id}}}},
                 {"status", "completed"},
                 {"notGiven", false},
                 {"vaccineCode", snomed(kVaccines[std::size_t((start + i) % int(kVaccines.size()))])},
                 {"patient", reference(subject)},
                 {"date", dateTime(first.addDays(i * 365 - m_random.bounded(200)), 11 * 60)},
                 {"primarySource", true},
                 {"practitioner",
                  {{{"actor", reference(std::string("Practitioner/") + kPractitioners[std::size_t(p.gpIndex)].id)}}}}});
        }
    }

    void documents(const std::string& subject, const std::string& encounter, const QDate& first, const PatientSeed& p)
    {
        const std::string name = p.given + " " + p.family;
        const QString qname = QString::fromStdString(name);
        struct Document
        {
            Code type;
            const char* contentType;
            QByteArray bytes;
            const char* title;
        };
        const Document docs[]
            = {{{"371531000", "Report of clinical encounter"},
                "text/plain",
                SampleAttachments::text(
                    QStringLiteral("Clinic letter: %1").arg(qname),
                    QStringLiteral("Seen in clinic. Observations recorded; plan reviewed with the patient.")),
                "Clinic letter"},
               {{"373942005", "Discharge summary"},
                "application/pdf",
                SampleAttachments::pdf(
                    QStringLiteral("Discharge summary"),
                    QStringLiteral("Patient: %1 (NHS %2)").arg(qname, QString::fromStdString(p.nhsNumber))),
                "Discharge summary"},
               {{"721981007", "Diagnostic studies report"},
                "image/png",
                SampleAttachments::png(64, 48, quint32(m_random.bounded(1000))),
                "ECG trace"}};
        int day = 0;
        for (const Document& doc : docs) {
            const std::string binaryId = nextId("Binary");
            m_store->add({{"resourceType", "Binary"},
                          {"id", binaryId},
                          {"contentType", doc.contentType},
                          {"securityContext", reference(subject)},
                          {"content", doc.bytes.toBase64().toStdString()}});
            const std::string id = nextId("DocumentReference");
            const QDate created = first.addDays(30 + day);
            day += 45;
            m_store->add(
                {{"resourceType", "DocumentReference"},
                 {"id", id},
                 {"identifier", {{{"system", "https://fhir.example.nhs.uk/Id/document"}, {"value", "DOC-" + id}}}},
                 {"status", "current"},
                 {"type", snomed(doc.type)},
                 {"subject", reference(subject, name)},
                 {"created", date(created)},
                 {"indexed", dateTime(created, 12 * 60)},
                 {"author", {reference(std::string("Practitioner/") + kPractitioners[std::size_t(p.gpIndex)].id)}},
                 {"custodian", reference("Organization/C81010", "The Moir Medical Centre")},
                 {"content",
                  {{{"attachment",
                     {{"contentType", doc.contentType},
                      {"url", "Binary/" + binaryId},
                      {"size", doc.bytes.size()},
                      {"title", doc.title},
                      {"creation", date(created)}}}}}},
                 {"context",
                  {{"encounter", reference(encounter)},
                   {"period", {{"start", date(created)}, {"end", date(created)}}},
                   {"practiceSetting", snomed({"394814009", "General practice"})}}}});
        }
    }

    ResourceStore* m_store;
    DeterministicRandom m_random;
    std::map<std::string, int> m_counters;
    quint32 m_nhsStem = 100000;
};

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
    Generator generator(store, m_options.seed);
    generator.organisations();
    generator.practitioners();
    const Address forge {"The Forge, 1 Curzon Street, Gotham", "Nottingham", "NG11 0HQ"};
    generator.patient(generator.namedPatient("1", "9876543210", "Miss", "Bernie", "Kanfeld", true, QDate(1998, 3, 19),
                                             {"14 Park Road", "Derby", "DE1 1AA"}));
    generator.patient(
        generator.namedPatient("2", "9876543211", "Mr", "Horatio", "Samson", false, QDate(1961, 7, 4), forge));
    generator.patient(
        generator.namedPatient("3", "9876512345", "Mrs", "Elsie", "Mills-Samson", true, QDate(1964, 11, 23), forge));
    for (int i = 0; i < m_options.patients; ++i)
        generator.patient(generator.generatedPatient(kFirstGeneratedPatient + i));
    if (m_options.bigPatientObservations > 0) {
        PatientSeed big = generator.generatedPatient(kFirstGeneratedPatient + qMax(0, m_options.patients));
        generator.patient(big, qMax(0, m_options.bigPatientObservations - kObservationsPerPatient));
    }
}

} // namespace ccri::sandbox
