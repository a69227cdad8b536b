#include "SearchEngine.h"

#include "data/ResourceStore.h"
#include "DateRange.h"

#include <string>
#include <vector>

namespace ccri::sandbox {

namespace {

using nlohmann::json;
using Kind = SearchParameters::Kind;

void collect(const json& node, const std::vector<std::string>& parts, std::size_t index, std::vector<const json*>* out)
{
    if (node.is_array()) {
        for (const json& element : node)
            collect(element, parts, index, out);
        return;
    }
    if (index == parts.size()) {
        out->push_back(&node);
        return;
    }
    if (!node.is_object())
        return;
    const auto it = node.find(parts[index]);
    if (it != node.end())
        collect(*it, parts, index + 1, out);
}

std::vector<const json*> valuesAt(const json& resource, const QStringList& paths)
{
    std::vector<const json*> out;
    for (const QString& path : paths) {
        std::vector<std::string> parts;
        for (const QString& part : path.split(QLatin1Char('.')))
            parts.push_back(part.toStdString());
        collect(resource, parts, 0, &out);
    }
    return out;
}

QString stringOf(const json& node, const char* key)
{
    const auto it = node.find(key);
    return it != node.end() && it->is_string() ? QString::fromStdString(it->get_ref<const std::string&>()) : QString();
}

bool systemMatches(const json& node, bool hasSystem, const QString& system)
{
    return !hasSystem || stringOf(node, "system") == system;
}

bool tokenMatches(const json& node, const QString& value)
{
    const qsizetype bar = value.indexOf(QLatin1Char('|'));
    const bool hasSystem = bar >= 0;
    const QString system = hasSystem ? value.left(bar) : QString();
    const QString code = hasSystem ? value.mid(bar + 1) : value;
    if (node.is_string())
        return QString::fromStdString(node.get_ref<const std::string&>()) == code;
    if (node.is_boolean())
        return code == (node.get<bool>() ? QLatin1String("true") : QLatin1String("false"));
    if (!node.is_object())
        return false;
    if (const auto codings = node.find("coding"); codings != node.end() && codings->is_array()) {
        for (const json& coding : *codings) {
            if (systemMatches(coding, hasSystem, system) && (code.isEmpty() || stringOf(coding, "code") == code))
                return true;
        }
        return false;
    }
    if (node.contains("value")) // Identifier
        return systemMatches(node, hasSystem, system) && (code.isEmpty() || stringOf(node, "value") == code);
    return systemMatches(node, hasSystem, system) && (code.isEmpty() || stringOf(node, "code") == code); // Coding
}

bool stringMatches(const json& node, const QString& modifier, const QString& value)
{
    if (!node.is_string())
        return false;
    const QString text = QString::fromStdString(node.get_ref<const std::string&>());
    if (modifier == QLatin1String("exact"))
        return text == value;
    if (modifier == QLatin1String("contains"))
        return text.contains(value, Qt::CaseInsensitive);
    return text.startsWith(value, Qt::CaseInsensitive);
}

bool dateMatches(const json& node, const QString& value)
{
    QString searchText = value;
    const auto prefix = DateRange::splitPrefix(&searchText);
    const auto search = DateRange::parse(searchText);
    if (!prefix || !search)
        return false;
    std::optional<DateRange> range;
    if (node.is_string())
        range = DateRange::parse(QString::fromStdString(node.get_ref<const std::string&>()));
    else if (node.is_object())
        range = DateRange::period(stringOf(node, "start"), stringOf(node, "end"));
    return range && range->matches(*prefix, *search);
}

} // namespace

SearchEngine::SearchEngine(const ResourceStore& store)
    : m_store(store)
{
}

QString SearchEngine::normaliseReference(const QString& value, const QString& targetType)
{
    if (value.contains(QLatin1String("://"))) {
        const QStringList segments = value.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        return segments.size() >= 2 ? segments.at(segments.size() - 2) + QLatin1Char('/') + segments.last() : value;
    }
    if (!value.contains(QLatin1Char('/')) && !targetType.isEmpty())
        return targetType + QLatin1Char('/') + value;
    return value;
}

bool SearchEngine::matches(const json& resource, const SearchQuery::Criterion& criterion)
{
    const SearchParameters::Definition& definition = criterion.definition;
    if (definition.kind == Kind::Id) {
        const QString id = stringOf(resource, "id");
        return criterion.values.contains(id);
    }
    const std::vector<const json*> nodes = valuesAt(resource, definition.paths);
    for (const QString& value : criterion.values) {
        const QString reference
            = definition.kind == Kind::Reference ? normaliseReference(value, definition.targetType) : QString();
        for (const json* node : nodes) {
            bool match = false;
            switch (definition.kind) {
            case Kind::Id:
                break;
            case Kind::Token:
                match = tokenMatches(*node, value);
                break;
            case Kind::String:
                match = stringMatches(*node, criterion.modifier, value);
                break;
            case Kind::Date:
                match = dateMatches(*node, value);
                break;
            case Kind::Reference:
                match = node->is_object() && stringOf(*node, "reference") == reference;
                break;
            }
            if (match)
                return true;
        }
    }
    return false;
}

QList<const json*> SearchEngine::search(const QString& type, const SearchQuery& query,
                                        const QString& compartmentPatient) const
{
    // Narrow the candidates with the indexes: a compartment, one patient, or one id.
    QString patient = compartmentPatient;
    QList<const json*> candidates;
    bool narrowed = false;
    for (const SearchQuery::Criterion& criterion : query.criteria()) {
        if (criterion.values.size() != 1)
            continue;
        if (criterion.definition.kind == Kind::Reference
            && criterion.definition.targetType == QLatin1String("Patient")) {
            const QString reference = normaliseReference(criterion.values.first(), criterion.definition.targetType);
            const QString id = reference.startsWith(QLatin1String("Patient/")) ? reference.mid(8) : QString();
            if (id.isEmpty() || (!patient.isEmpty() && patient != id))
                return {};
            patient = id;
        } else if (criterion.definition.kind == Kind::Id && !narrowed && patient.isEmpty()) {
            if (const json* resource = m_store.find(type, criterion.values.first()))
                candidates.append(resource);
            narrowed = true;
        }
    }
    if (!patient.isEmpty())
        candidates = m_store.forPatient(type, patient);
    else if (!narrowed)
        candidates = m_store.all(type);

    QList<const json*> result;
    for (const json* resource : candidates) {
        bool all = true;
        for (const SearchQuery::Criterion& criterion : query.criteria()) {
            if (!matches(*resource, criterion)) {
                all = false;
                break;
            }
        }
        if (all)
            result.append(resource);
    }
    return result;
}

} // namespace ccri::sandbox
