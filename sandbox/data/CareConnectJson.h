#pragma once

#include "sandbox/data/SyntheticTables.h"

#include <nlohmann/json.hpp>
#include <QDate>
#include <string>

namespace ccri::sandbox {

// The small JSON pieces every synthetic Care Connect resource is made of.
class CareConnectJson
{
public:
    static nlohmann::json meta(const std::string& profile); // the CareConnect-<profile>-1 profile
    static nlohmann::json snomed(const SyntheticTables::Code& code); // a SNOMED CT CodeableConcept with text
    static nlohmann::json coded(const std::string& system, const std::string& code, const std::string& display);
    static nlohmann::json reference(const std::string& target, const std::string& display = {});
    static nlohmann::json quantity(double value, const std::string& unit, const std::string& ucum); // to 0.1
    static nlohmann::json addressLines(const std::string& line); // "a, b" -> ["a", "b"]
    static std::string date(const QDate& day);
    static std::string dateTime(const QDate& day, int minutes); // minutes after midnight, UTC
};

} // namespace ccri::sandbox
