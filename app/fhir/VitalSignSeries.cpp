#include "app/fhir/VitalSignSeries.h"

#include "app/fhir/RecordDate.h"
#include "app/fhir/VitalSigns.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace ccri::fhir {

namespace {

using nlohmann::json;

QString text(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// The name, key and unit of one measurement (the observation itself, or one of its components).
struct Measured
{
    QString key;
    QString name;
    QString unit;
    double value = 0;
};

std::optional<Measured> measured(const json& holder)
{
    const auto quantity = holder.find("valueQuantity");
    if (quantity == holder.end() || !quantity->is_object() || !quantity->contains("value")
        || !(*quantity)["value"].is_number())
        return std::nullopt;
    Measured m;
    m.value = (*quantity)["value"].get<double>();
    m.unit = text(*quantity, "unit");
    if (m.unit.isEmpty())
        m.unit = text(*quantity, "code");
    const json code = holder.value("code", json::object());
    m.key = VitalSigns::kindKey(holder);
    const json codings = code.is_object() ? code.value("coding", json::array()) : json::array();
    if (codings.is_array() && !codings.empty() && codings.front().is_object())
        m.name = text(codings.front(), "display");
    if (m.name.isEmpty() && code.is_object())
        m.name = text(code, "text");
    if (m.name.isEmpty())
        m.name = m.key;
    return m;
}

} // namespace

VitalSignSeries VitalSignSeries::fromObservations(const QList<ResourceRow>& observations)
{
    VitalSignSeries result;
    std::map<QString, Series> byKey;
    for (const ResourceRow& row : observations) {
        const json resource = row.resource.parse();
        if (!VitalSigns::isVitalSign(resource))
            continue;
        if (row.enteredInError || text(resource, "status") == QLatin1String("entered-in-error")) {
            ++result.m_enteredInError;
            continue;
        }
        const QDateTime when = RecordDate::of(resource);
        if (!when.isValid())
            continue;
        QList<Measured> values;
        if (const auto own = measured(resource))
            values << *own;
        for (const json& component : resource.value("component", json::array())) {
            if (component.is_object()) {
                if (const auto part = measured(component))
                    values << *part;
            }
        }
        for (const Measured& m : values) {
            Series& series = byKey[m.key];
            if (series.key.isEmpty()) {
                series.key = m.key;
                series.name = m.name;
                series.unit = m.unit;
            }
            series.points.append({when, m.value, row.id});
        }
    }
    for (auto& [key, series] : byKey) {
        std::stable_sort(series.points.begin(), series.points.end(),
                         [](const Point& a, const Point& b) { return a.when < b.when; });
        result.m_series.append(std::move(series));
    }
    std::stable_sort(result.m_series.begin(), result.m_series.end(),
                     [](const Series& a, const Series& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

const VitalSignSeries::Series* VitalSignSeries::find(const QString& name) const
{
    for (const Series& series : m_series) {
        if (series.name == name)
            return &series;
    }
    return nullptr;
}

int VitalSignSeries::pointCount() const
{
    int count = 0;
    for (const Series& series : m_series)
        count += int(series.points.size());
    return count;
}

} // namespace ccri::fhir
