#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

// A small structural validator for FHIR R4 JSON, over the official R4 (4.0.1) StructureDefinition
// snapshots cut to what it reads (tests/sandbox/data/r4/structure-definitions.json, made by
// extract_snapshots.py there). It walks snapshot.element: every JSON property must be an element of
// the definition (choice elements value[x] by their typed names), each element's cardinality
// (min, max; repeating elements are arrays, single ones are not), and each value's type: the
// primitive's JSON type and lexical form (dates, dateTimes, instants, ids, codes, base64), complex
// data types by their own snapshots, BackboneElements and contentReferences inline, contained
// Bundle entries by their resourceType. Bindings and invariants (FHIRPath) are not checked.
class R4StructureValidator
{
public:
    static std::optional<R4StructureValidator> load(const QString& path, QString* error);

    bool knowsResource(const std::string& type) const { return m_resources.count(type) > 0; }
    // Every problem found, each "Condition.clinicalStatus: ..."; empty when the resource is valid.
    QStringList check(const nlohmann::json& resource) const;

private:
    struct Element
    {
        std::string path;
        int min = 0;
        std::string max;
        std::vector<std::string> types;
        std::string contentReference;
    };
    struct Definition
    {
        std::vector<Element> elements;
        const Element* find(const std::string& path) const;
    };

    void checkResource(const nlohmann::json& resource, const std::string& where, QStringList* problems) const;
    // The object `value` against the children of `parentPath` in `definition`.
    void checkObject(const nlohmann::json& value, const Definition& definition, const std::string& parentPath,
                     const std::string& where, QStringList* problems) const;
    void checkValue(const nlohmann::json& value, const std::string& type, const Definition& definition,
                    const Element& element, const std::string& where, QStringList* problems) const;
    static std::optional<QString> primitiveProblem(const nlohmann::json& value, const std::string& type);

    std::map<std::string, Definition> m_resources;
    std::map<std::string, Definition> m_types;
};
