#include "app/fhir/VitalSigns.h"

#include "app/fhir/RecordDate.h"

#include <nlohmann/json.hpp>
#include <QSet>

namespace ccri::fhir {

namespace {

using nlohmann::json;

// LOINC codes of the FHIR vital signs profile (http://hl7.org/fhir/STU3/observation-vitalsigns.html) and the
// SNOMED CT codes Care Connect's vital-sign profiles use.
const QSet<QString>& vitalSignCodes()
{
    static const QSet<QString> codes
        = {// LOINC
           QStringLiteral("85353-1"), QStringLiteral("9279-1"), QStringLiteral("8867-4"), QStringLiteral("2708-6"),
           QStringLiteral("59408-5"), QStringLiteral("8310-5"), QStringLiteral("8302-2"), QStringLiteral("9843-4"),
           QStringLiteral("29463-7"), QStringLiteral("39156-5"), QStringLiteral("85354-9"), QStringLiteral("8480-6"),
           QStringLiteral("8462-4"),
           // SNOMED CT
           QStringLiteral("276885007"), QStringLiteral("75367002"), QStringLiteral("72313002"),
           QStringLiteral("1091811000000102"), QStringLiteral("27113001"), QStringLiteral("50373000"),
           QStringLiteral("60621009"), QStringLiteral("364075005"), QStringLiteral("86290005"),
           QStringLiteral("431314004")};
    return codes;
}

} // namespace

bool VitalSigns::isVitalSign(const json& observation)
{
    if (!observation.is_object())
        return false;
    for (const json& category : observation.value("category", json::array())) {
        for (const json& coding : category.value("coding", json::array())) {
            if (coding.is_object() && coding.value("code", std::string()) == "vital-signs")
                return true;
        }
    }
    const json code = observation.value("code", json::object());
    for (const json& coding : code.value("coding", json::array())) {
        if (coding.is_object()
            && vitalSignCodes().contains(QString::fromStdString(coding.value("code", std::string()))))
            return true;
    }
    return false;
}

QString VitalSigns::kindKey(const json& observation)
{
    if (!observation.is_object())
        return {};
    const json code = observation.value("code", json::object());
    const json codings = code.is_object() ? code.value("coding", json::array()) : json::array();
    if (codings.is_array() && !codings.empty() && codings.front().is_object()) {
        const json& first = codings.front();
        return QString::fromStdString(first.value("system", std::string())) + QLatin1Char('|')
            + QString::fromStdString(first.value("code", std::string()));
    }
    return code.is_object() ? QString::fromStdString(code.value("text", std::string())) : QString();
}

bool VitalSigns::chartedByDefault(const QString& kindKey)
{
    static const QSet<QString> codes
        = {// LOINC: blood pressure panel, systolic, diastolic, heart rate
           QStringLiteral("85354-9"), QStringLiteral("8480-6"), QStringLiteral("8462-4"), QStringLiteral("8867-4"),
           // SNOMED CT: the same four
           QStringLiteral("75367002"), QStringLiteral("72313002"), QStringLiteral("1091811000000102"),
           QStringLiteral("364075005")};
    const qsizetype bar = kindKey.lastIndexOf(QLatin1Char('|'));
    return bar >= 0 && codes.contains(kindKey.mid(bar + 1));
}

QList<ResourceRow> VitalSigns::latestPerKind(const QList<ResourceRow>& observations)
{
    QList<ResourceRow> latest;
    QSet<QString> seen;
    for (const ResourceRow& row : RecordDate::newestFirst(observations)) {
        const json resource = row.resource.parse();
        if (!isVitalSign(resource))
            continue;
        const QString key = kindKey(resource);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        latest.append(row);
    }
    return latest;
}

} // namespace ccri::fhir
