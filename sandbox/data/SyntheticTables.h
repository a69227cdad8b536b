#pragma once

#include <map>
#include <optional>
#include <QByteArray>
#include <QDate>
#include <QString>
#include <string>
#include <vector>

namespace ccri::sandbox {

// The tables the synthetic data draws from — organisations, practitioners, the CCRI's named patients, names,
// addresses, and the SNOMED CT codes of encounters, observations, conditions, procedures, allergies, medicines,
// vaccines and documents — read from resources/sandbox/synthetic-tables.json (compiled in as
// :/sandbox/synthetic-tables.json). The order of each list matters: picks are by position.
class SyntheticTables
{
public:
    struct Code
    {
        std::string code;
        std::string display;
    };
    struct Address
    {
        std::string line; // ", " separates the address lines
        std::string city;
        std::string postcode;
    };
    struct Organisation
    {
        std::string ods;
        std::string name;
        std::string kind;
        Address address;
    };
    struct Practitioner
    {
        std::string id;
        std::string prefix;
        std::string given;
        std::string family;
        std::string gender;
        std::string sdsId;
        std::string organisation; // ODS code
    };
    // A named patient from the tables (GP: the first practitioner), or one generated from them.
    struct Patient
    {
        std::string id;
        std::string nhsNumber;
        std::string prefix;
        std::string given;
        std::string family;
        bool female = false;
        QDate birthDate;
        Address address;
        int gpIndex = 0; // into practitioners
    };
    struct ObservationKind
    {
        std::string profile; // CareConnect-<profile>-1
        Code code;
        std::string unit;
        std::string ucum;
    };
    struct Allergy
    {
        Code substance;
        std::string category;
    };
    struct Medicine
    {
        Code code;
        std::string dosage;
    };
    struct Document
    {
        Code type;
        std::string contentType;
        std::string title;
    };

    // The compiled-in tables, read once. A broken resource is a build mistake: it stops the program with a sentence.
    static const SyntheticTables& builtin();
    // On failure: nullopt and a sentence in *error naming the table that is missing or wrong.
    static std::optional<SyntheticTables> fromJson(const QByteArray& json, QString* error = nullptr);

    std::vector<Organisation> organisations;
    std::vector<Practitioner> practitioners;
    std::vector<Patient> namedPatients;
    std::vector<std::string> femaleGiven;
    std::vector<std::string> maleGiven;
    std::vector<std::string> family;
    std::vector<Address> addresses;
    std::vector<Code> encounterTypes;
    // "temperature", "bloodPressure", "systolic", "diastolic", "weight", "height", "bmi", "heartRate", "smoking"
    std::map<std::string, ObservationKind> observationKinds;
    std::vector<Code> smoking;
    std::vector<Code> conditions;
    std::vector<Code> procedures;
    std::vector<Allergy> allergies;
    std::vector<Code> reactions;
    std::vector<Medicine> medicines;
    std::vector<Code> vaccines;
    std::vector<Document> documents;
    Code practiceSetting;

    const ObservationKind& observation(const std::string& kind) const { return observationKinds.at(kind); }
};

} // namespace ccri::sandbox
