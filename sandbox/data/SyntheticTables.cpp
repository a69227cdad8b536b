#include "sandbox/data/SyntheticTables.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <QFile>

namespace ccri::sandbox {

namespace {

using nlohmann::json;

const char* const kObservationKinds[]
    = {"temperature", "bloodPressure", "systolic", "diastolic", "weight", "height", "bmi", "heartRate", "smoking"};
const char* const kDocumentTypes[] = {"text/plain", "application/pdf", "image/png"};

std::string text(const json& object, const char* key)
{
    return object.at(key).get<std::string>();
}

SyntheticTables::Code code(const json& object)
{
    return {text(object, "code"), text(object, "display")};
}

SyntheticTables::Address address(const json& object)
{
    return {text(object, "line"), text(object, "city"), text(object, "postcode")};
}

// The list under `key`, each item read by `read`; a missing or empty list is an error (picks need an item).
template<typename Item, typename Read> std::vector<Item> list(const json& tables, const char* key, Read read)
{
    std::vector<Item> items;
    for (const json& item : tables.at(key))
        items.push_back(read(item));
    if (items.empty())
        throw std::out_of_range("the list is empty");
    return items;
}

SyntheticTables read(const json& tables, std::string* table)
{
    SyntheticTables t;
    *table = "organisations";
    t.organisations = list<SyntheticTables::Organisation>(tables, "organisations", [](const json& o) {
        return SyntheticTables::Organisation {text(o, "ods"), text(o, "name"), text(o, "kind"),
                                              address(o.at("address"))};
    });
    *table = "practitioners";
    t.practitioners = list<SyntheticTables::Practitioner>(tables, "practitioners", [](const json& p) {
        return SyntheticTables::Practitioner {text(p, "id"),          text(p, "prefix"), text(p, "given"),
                                              text(p, "family"),      text(p, "gender"), text(p, "sdsId"),
                                              text(p, "organisation")};
    });
    if (t.practitioners.size() < 4) // two at the practice (the GPs), two at the hospital
        throw std::out_of_range("four are needed: two GPs, then two hospital clinicians");
    *table = "namedPatients";
    t.namedPatients = list<SyntheticTables::Patient>(tables, "namedPatients", [](const json& p) {
        const QDate born = QDate::fromString(QString::fromStdString(text(p, "birthDate")), Qt::ISODate);
        if (!born.isValid())
            throw std::out_of_range("a birthDate is not a date (YYYY-MM-DD)");
        return SyntheticTables::Patient {text(p, "id"),
                                         text(p, "nhsNumber"),
                                         text(p, "prefix"),
                                         text(p, "given"),
                                         text(p, "family"),
                                         text(p, "gender") == "female",
                                         born,
                                         address(p.at("address"))};
    });
    const auto names = [](const json& name) { return name.get<std::string>(); };
    *table = "femaleGiven";
    t.femaleGiven = list<std::string>(tables, "femaleGiven", names);
    *table = "maleGiven";
    t.maleGiven = list<std::string>(tables, "maleGiven", names);
    *table = "family";
    t.family = list<std::string>(tables, "family", names);
    *table = "addresses";
    t.addresses = list<SyntheticTables::Address>(tables, "addresses", address);
    *table = "observationKinds";
    for (const char* kind : kObservationKinds) {
        const json& k = tables.at("observationKinds").at(kind);
        t.observationKinds[kind] = {text(k, "profile"), code(k), text(k, "unit"), text(k, "ucum")};
    }
    const std::pair<const char*, std::vector<SyntheticTables::Code>*> codeLists[]
        = {{"encounterTypes", &t.encounterTypes}, {"smoking", &t.smoking},     {"conditions", &t.conditions},
           {"procedures", &t.procedures},         {"reactions", &t.reactions}, {"vaccines", &t.vaccines}};
    for (const auto& [key, target] : codeLists) {
        *table = key;
        *target = list<SyntheticTables::Code>(tables, key, code);
    }
    *table = "allergies";
    t.allergies = list<SyntheticTables::Allergy>(tables, "allergies", [](const json& a) {
        return SyntheticTables::Allergy {code(a), text(a, "category")};
    });
    *table = "medicines";
    t.medicines = list<SyntheticTables::Medicine>(tables, "medicines", [](const json& m) {
        return SyntheticTables::Medicine {code(m), text(m, "dosage")};
    });
    *table = "documents";
    t.documents = list<SyntheticTables::Document>(tables, "documents", [](const json& d) {
        const std::string type = text(d, "contentType");
        if (std::find(std::begin(kDocumentTypes), std::end(kDocumentTypes), type) == std::end(kDocumentTypes))
            throw std::out_of_range("a contentType is none of text/plain, application/pdf, image/png");
        return SyntheticTables::Document {code(d), type, text(d, "title")};
    });
    *table = "practiceSetting";
    t.practiceSetting = code(tables.at("practiceSetting"));
    return t;
}

} // namespace

std::optional<SyntheticTables> SyntheticTables::fromJson(const QByteArray& bytes, QString* error)
{
    const json tables = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    std::string table;
    try {
        if (tables.is_discarded() || !tables.is_object())
            throw std::out_of_range("not a JSON object");
        return read(tables, &table);
    } catch (const std::exception& problem) {
        if (error) {
            *error = table.empty() ? QStringLiteral("The synthetic data tables are not a JSON object.")
                                   : QStringLiteral("The synthetic data table \"%1\" is missing or wrong: %2.")
                                         .arg(QString::fromStdString(table), QString::fromUtf8(problem.what()));
        }
        return std::nullopt;
    }
}

const SyntheticTables& SyntheticTables::builtin()
{
    static const SyntheticTables tables = [] {
        const QString path = QStringLiteral(":/sandbox/synthetic-tables.json");
        QFile file(path);
        QString error = QStringLiteral("%1 is not in the program.").arg(path);
        std::optional<SyntheticTables> read;
        if (file.open(QIODevice::ReadOnly))
            read = fromJson(file.readAll(), &error);
        if (!read)
            qFatal("The sandbox cannot make its synthetic data: %s", qPrintable(error));
        return *read;
    }();
    return tables;
}

} // namespace ccri::sandbox
