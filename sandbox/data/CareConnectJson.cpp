#include "sandbox/data/CareConnectJson.h"

#include <cmath>
#include <QString>
#include <QStringList>

namespace ccri::sandbox {

using nlohmann::json;

json CareConnectJson::meta(const std::string& profile)
{
    return {{"profile", {"https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-" + profile + "-1"}}};
}

json CareConnectJson::snomed(const SyntheticTables::Code& code)
{
    return {{"coding", {{{"system", "http://snomed.info/sct"}, {"code", code.code}, {"display", code.display}}}},
            {"text", code.display}};
}

json CareConnectJson::coded(const std::string& system, const std::string& code, const std::string& display)
{
    return {{"coding", {{{"system", system}, {"code", code}, {"display", display}}}}};
}

json CareConnectJson::reference(const std::string& target, const std::string& display)
{
    json ref = {{"reference", target}};
    if (!display.empty())
        ref["display"] = display;
    return ref;
}

json CareConnectJson::quantity(double value, const std::string& unit, const std::string& ucum)
{
    return {{"value", std::round(value * 10.0) / 10.0},
            {"unit", unit},
            {"system", "http://unitsofmeasure.org"},
            {"code", ucum}};
}

json CareConnectJson::addressLines(const std::string& line)
{
    json lines = json::array();
    for (const QString& part : QString::fromStdString(line).split(QStringLiteral(", ")))
        lines.push_back(part.toStdString());
    return lines;
}

std::string CareConnectJson::date(const QDate& day)
{
    return day.toString(Qt::ISODate).toStdString();
}

std::string CareConnectJson::dateTime(const QDate& day, int minutes)
{
    return QStringLiteral("%1T%2:%3:00+00:00")
        .arg(day.toString(Qt::ISODate))
        .arg(minutes / 60 % 24, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'))
        .toStdString();
}

} // namespace ccri::sandbox
