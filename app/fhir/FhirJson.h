#pragma once

#include <nlohmann/json_fwd.hpp>
#include <QString>

namespace ccri::fhir {

// Reading FHIR STU3 data types out of nlohmann::json, forgivingly: a missing or mistyped field
// gives an empty string, never an exception.
class FhirJson
{
public:
    static const nlohmann::json* member(const nlohmann::json& object, const char* key);
    static QString string(const nlohmann::json& object, const char* key); // string, number or bool as text
    static QString scalar(const nlohmann::json& value);
    static QString codeableConcept(const nlohmann::json& cc); // text, else first coding display, else code
    static QString codeableConcept(const nlohmann::json& object, const char* key);
    static QString firstCodeableConcept(const nlohmann::json& object, const char* key); // key holds an array
    static QString quantity(const nlohmann::json& quantity); // "72 beats/min"
    static QString reference(const nlohmann::json& reference); // display, else reference
    static QString period(const nlohmann::json& period); // "start – end"
    static QString humanName(const nlohmann::json& names); // the official (else first) name, "Bernie Kanfeld"
    static QString address(const nlohmann::json& addresses); // lines, city, postcode of the first address
    static QString identifierValue(const nlohmann::json& identifiers, const QString& system);
    static QString fromStd(const std::string& text);
};

} // namespace ccri::fhir
