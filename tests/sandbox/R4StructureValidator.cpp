#include "tests/sandbox/R4StructureValidator.h"

#include <cctype>
#include <QFile>
#include <QRegularExpression>

using nlohmann::json;

namespace {

// FHIR R4 §2.24.0.1 (datatypes): the regular expressions of the primitive types.
const QRegularExpression& pattern(const std::string& type)
{
    static const QString year = QStringLiteral("([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)");
    static const QString zone = QStringLiteral("(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))");
    static const QString time = QStringLiteral("([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?");
    static const std::map<std::string, QRegularExpression> patterns = {
        {"date", QRegularExpression(QStringLiteral("^%1(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$").arg(year))},
        {"dateTime",
         QRegularExpression(
             QStringLiteral("^%1(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T%2%3)?)?)?$").arg(year, time, zone))},
        {"instant",
         QRegularExpression(
             QStringLiteral("^%1-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T%2%3$").arg(year, time, zone))},
        {"time", QRegularExpression(QStringLiteral("^%1$").arg(time))},
        {"id", QRegularExpression(QStringLiteral("^[A-Za-z0-9\\-\\.]{1,64}$"))},
        {"code", QRegularExpression(QStringLiteral("^[^\\s]+(\\s[^\\s]+)*$"))},
        {"uri", QRegularExpression(QStringLiteral("^\\S*$"))},
        {"oid", QRegularExpression(QStringLiteral("^urn:oid:[0-2](\\.(0|[1-9][0-9]*))+$"))},
    };
    static const QRegularExpression any(QStringLiteral(".*"), QRegularExpression::DotMatchesEverythingOption);
    const auto it = patterns.find(type);
    return it == patterns.end() ? any : it->second;
}

bool isPrimitive(const std::string& type)
{
    return !type.empty()
        && (std::islower(static_cast<unsigned char>(type.front())) || type.rfind("http://hl7.org/fhirpath/", 0) == 0);
}

std::string capitalised(std::string type)
{
    if (!type.empty())
        type.front() = char(std::toupper(static_cast<unsigned char>(type.front())));
    return type;
}

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

} // namespace

const R4StructureValidator::Element* R4StructureValidator::Definition::find(const std::string& path) const
{
    for (const Element& element : elements) {
        if (element.path == path)
            return &element;
    }
    return nullptr;
}

std::optional<R4StructureValidator> R4StructureValidator::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    const json document = json::parse(file.readAll().toStdString(), nullptr, false);
    if (document.is_discarded() || !document.contains("resources") || !document.contains("types")) {
        *error = QStringLiteral("%1 is not the cut StructureDefinition file").arg(path);
        return std::nullopt;
    }
    R4StructureValidator validator;
    const auto read = [](const json& definitions, std::map<std::string, Definition>* into) {
        for (const auto& [name, definition] : definitions.items()) {
            Definition& target = (*into)[name];
            for (const json& e : definition.at("element")) {
                Element element;
                element.path = e.at("path").get<std::string>();
                element.min = e.value("min", 0);
                element.max = e.value("max", "*");
                element.types = e.value("type", std::vector<std::string>());
                element.contentReference = e.value("contentReference", "");
                target.elements.push_back(std::move(element));
            }
        }
    };
    read(document.at("resources"), &validator.m_resources);
    read(document.at("types"), &validator.m_types);
    return validator;
}

QStringList R4StructureValidator::check(const json& resource) const
{
    QStringList problems;
    checkResource(resource, resource.value("resourceType", "?"), &problems);
    return problems;
}

void R4StructureValidator::checkResource(const json& resource, const std::string& where, QStringList* problems) const
{
    if (!resource.is_object() || !resource.contains("resourceType") || !resource.at("resourceType").is_string()) {
        problems->append(text(where) + QStringLiteral(": not a resource (no resourceType)"));
        return;
    }
    const std::string type = resource.at("resourceType").get<std::string>();
    const auto definition = m_resources.find(type);
    if (definition == m_resources.end()) {
        problems->append(text(where) + QStringLiteral(": no R4 definition of %1 to check against").arg(text(type)));
        return;
    }
    checkObject(resource, definition->second, type, where, problems);
}

void R4StructureValidator::checkObject(const json& value, const Definition& definition, const std::string& parentPath,
                                       const std::string& where, QStringList* problems) const
{
    if (!value.is_object()) {
        problems->append(text(where) + QStringLiteral(": expected an object, got %1").arg(value.type_name()));
        return;
    }
    if (value.empty())
        problems->append(text(where) + QStringLiteral(": an empty object (ele-1: a value or children)"));
    const std::string prefix = parentPath + ".";
    // The children of parentPath: "name" or "name[x]", each matched against the JSON properties.
    std::map<std::string, bool> seen;
    for (const Element& element : definition.elements) {
        if (element.path.rfind(prefix, 0) != 0 || element.path.find('.', prefix.size()) != std::string::npos)
            continue;
        std::string name = element.path.substr(prefix.size());
        std::vector<std::pair<std::string, std::string>> present; // JSON name, type
        const bool choice = name.size() > 3 && name.compare(name.size() - 3, 3, "[x]") == 0;
        if (choice) {
            name.resize(name.size() - 3);
            for (const std::string& type : element.types) {
                if (value.contains(name + capitalised(type)))
                    present.push_back({name + capitalised(type), type});
            }
        } else if (value.contains(name)) {
            present.push_back({name, element.types.size() == 1 ? element.types.front() : std::string()});
        }
        const std::string here = where + "." + name + (choice ? "[x]" : "");
        if (present.size() > 1)
            problems->append(text(here) + QStringLiteral(": more than one type of a choice element"));
        if (present.empty()) {
            if (element.min > 0)
                problems->append(text(here) + QStringLiteral(": required (min %1) but missing").arg(element.min));
            continue;
        }
        for (const auto& [jsonName, type] : present) {
            seen[jsonName] = true;
            const json& item = value.at(jsonName);
            const bool repeats = element.max != "1" && element.max != "0";
            if (element.max == "0") {
                problems->append(text(here) + QStringLiteral(": not allowed (max 0)"));
                continue;
            }
            if (repeats != item.is_array()) {
                problems->append(
                    text(where + "." + jsonName)
                    + (repeats ? QStringLiteral(": repeats (max %1), so must be an array").arg(text(element.max))
                               : QStringLiteral(": max 1, but an array")));
                continue;
            }
            const json items = repeats ? item : json::array({item});
            if (repeats && items.empty())
                problems->append(text(where + "." + jsonName) + QStringLiteral(": an empty array"));
            if (repeats && items.size() < std::size_t(element.min))
                problems->append(text(here) + QStringLiteral(": %1 items, min %2").arg(items.size()).arg(element.min));
            if (repeats && element.max != "*" && items.size() > std::stoul(element.max))
                problems->append(text(here)
                                 + QStringLiteral(": %1 items, max %2").arg(items.size()).arg(text(element.max)));
            for (std::size_t i = 0; i < items.size(); ++i) {
                const std::string at = where + "." + jsonName + (repeats ? "[" + std::to_string(i) + "]" : "");
                checkValue(items[i], type, definition, element, at, problems);
            }
        }
    }
    for (const auto& [key, item] : value.items()) {
        if (seen.count(key) || (parentPath.find('.') == std::string::npos && key == "resourceType"))
            continue;
        // FHIR R4 §2.6.2.2 (JSON): _name carries the id and extensions of the primitive name.
        if (key.size() > 1 && key.front() == '_' && seen.count(key.substr(1)))
            continue;
        problems->append(text(where + "." + key) + QStringLiteral(": not an element of %1").arg(text(parentPath)));
    }
}

void R4StructureValidator::checkValue(const json& value, const std::string& type, const Definition& definition,
                                      const Element& element, const std::string& where, QStringList* problems) const
{
    if (!element.contentReference.empty()) { // "#Observation.referenceRange": that element's children
        checkObject(value, definition, element.contentReference.substr(1), where, problems);
        return;
    }
    if (type.empty()) {
        problems->append(text(where) + QStringLiteral(": no single type in the definition"));
        return;
    }
    if (isPrimitive(type)) {
        if (const auto problem = primitiveProblem(value, type))
            problems->append(text(where) + QStringLiteral(": ") + *problem);
        return;
    }
    if (type == "BackboneElement" || type == "Element") {
        checkObject(value, definition, element.path, where, problems);
        return;
    }
    if (type == "Resource") {
        checkResource(value, where, problems);
        return;
    }
    const auto datatype = m_types.find(type);
    if (datatype == m_types.end()) {
        problems->append(text(where) + QStringLiteral(": no definition of the type %1").arg(text(type)));
        return;
    }
    checkObject(value, datatype->second, type, where, problems);
}

std::optional<QString> R4StructureValidator::primitiveProblem(const json& value, const std::string& type)
{
    if (type == "boolean" || type == "http://hl7.org/fhirpath/System.Boolean")
        return value.is_boolean() ? std::nullopt : std::optional<QString>(QStringLiteral("expected a boolean"));
    if (type == "integer" || type == "positiveInt" || type == "unsignedInt"
        || type == "http://hl7.org/fhirpath/System.Integer") {
        if (!value.is_number_integer())
            return QStringLiteral("expected an integer");
        const auto number = value.get<long long>();
        if ((type == "positiveInt" && number < 1) || (type == "unsignedInt" && number < 0))
            return QStringLiteral("%1 is out of range for %2").arg(number).arg(text(type));
        return std::nullopt;
    }
    if (type == "decimal" || type == "http://hl7.org/fhirpath/System.Decimal")
        return value.is_number() ? std::nullopt : std::optional<QString>(QStringLiteral("expected a number"));
    if (!value.is_string())
        return QStringLiteral("expected a string (%1), got %2").arg(text(type), value.type_name());
    const std::string s = value.get<std::string>();
    if (s.empty())
        return QStringLiteral("an empty string (ele-1)");
    if (type == "base64Binary") {
        for (const char c : s) {
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '/' && c != '='
                && !std::isspace(static_cast<unsigned char>(c)))
                return QStringLiteral("not base64");
        }
        return std::nullopt;
    }
    const std::string lexical = (type == "canonical" || type == "url") ? "uri" : type;
    if (!pattern(lexical).match(text(s)).hasMatch())
        return QStringLiteral("\"%1\" is not a valid %2").arg(text(s).left(60), text(type));
    return std::nullopt;
}
