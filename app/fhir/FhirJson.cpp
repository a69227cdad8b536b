#include "app/fhir/FhirJson.h"

#include <nlohmann/json.hpp>
#include <QStringList>

namespace ccri::fhir {

using nlohmann::json;

const json* FhirJson::member(const json& object, const char* key)
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

QString FhirJson::fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString FhirJson::scalar(const json& value)
{
    switch (value.type()) {
    case json::value_t::string:
        return fromStd(value.get_ref<const std::string&>());
    case json::value_t::number_integer:
        return QString::number(value.get<qint64>());
    case json::value_t::number_unsigned:
        return QString::number(value.get<quint64>());
    case json::value_t::number_float:
        return QString::number(value.get<double>(), 'g', 15);
    case json::value_t::boolean:
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString FhirJson::string(const json& object, const char* key)
{
    const json* value = member(object, key);
    return value ? scalar(*value) : QString();
}

QString FhirJson::codeableConcept(const json& cc)
{
    if (!cc.is_object()) {
        return {};
    }
    QString text = string(cc, "text");
    if (!text.isEmpty()) {
        return text;
    }
    if (const json* codings = member(cc, "coding"); codings && codings->is_array()) {
        for (const json& coding : *codings) {
            text = string(coding, "display");
            if (!text.isEmpty()) {
                return text;
            }
        }
        for (const json& coding : *codings) {
            text = string(coding, "code");
            if (!text.isEmpty()) {
                return text;
            }
        }
    }
    return {};
}

QString FhirJson::codeableConcept(const json& object, const char* key)
{
    const json* value = member(object, key);
    return value ? codeableConcept(*value) : QString();
}

QString FhirJson::firstCodeableConcept(const json& object, const char* key)
{
    const json* value = member(object, key);
    if (!value) {
        return {};
    }
    if (value->is_array()) {
        QStringList texts;
        for (const json& cc : *value) {
            const QString text = codeableConcept(cc);
            if (!text.isEmpty()) {
                texts << text;
            }
        }
        return texts.join(QStringLiteral(", "));
    }
    return codeableConcept(*value);
}

QString FhirJson::quantity(const json& quantity)
{
    if (!quantity.is_object()) {
        return {};
    }
    const QString value = string(quantity, "value");
    QString unit = string(quantity, "unit");
    if (unit.isEmpty()) {
        unit = string(quantity, "code");
    }
    const QString comparator = string(quantity, "comparator");
    if (value.isEmpty()) {
        return {};
    }
    return unit.isEmpty() ? comparator + value : comparator + value + QLatin1Char(' ') + unit;
}

QString FhirJson::reference(const json& reference)
{
    const QString display = string(reference, "display");
    return display.isEmpty() ? string(reference, "reference") : display;
}

QString FhirJson::period(const json& period)
{
    const QString start = string(period, "start");
    const QString end = string(period, "end");
    if (end.isEmpty()) {
        return start;
    }
    return start + QStringLiteral(" – ") + end;
}

QString FhirJson::humanName(const json& names)
{
    if (!names.is_array() || names.empty()) {
        return {};
    }
    const json* chosen = &names.front();
    for (const json& name : names) {
        if (string(name, "use") == QLatin1String("official")) {
            chosen = &name;
            break;
        }
    }
    const QString text = string(*chosen, "text");
    if (!text.isEmpty()) {
        return text;
    }
    QStringList parts;
    for (const char* key : {"prefix", "given"}) {
        if (const json* list = member(*chosen, key); list && list->is_array()) {
            for (const json& part : *list) {
                parts << scalar(part);
            }
        }
    }
    parts << string(*chosen, "family");
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString FhirJson::address(const json& addresses)
{
    if (!addresses.is_array() || addresses.empty()) {
        return {};
    }
    const json& address = addresses.front();
    const QString text = string(address, "text");
    if (!text.isEmpty()) {
        return text;
    }
    QStringList parts;
    if (const json* lines = member(address, "line"); lines && lines->is_array()) {
        for (const json& line : *lines) {
            parts << scalar(line);
        }
    }
    parts << string(address, "city") << string(address, "district") << string(address, "postalCode");
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString FhirJson::identifierValue(const json& identifiers, const QString& system)
{
    if (!identifiers.is_array()) {
        return {};
    }
    for (const json& identifier : identifiers) {
        if (string(identifier, "system") == system) {
            return string(identifier, "value");
        }
    }
    return {};
}

} // namespace ccri::fhir
