#include "sandbox/fhir/SearchEngine.h"

#include "sandbox/data/ResourceStore.h"
#include "sandbox/fhir/DateRange.h"

#include <algorithm>
#include <optional>
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

// A definition's dot paths, each split into its member names: split once per search, not per resource.
using SplitPaths = std::vector<std::vector<std::string>>;

SplitPaths split(const QStringList& paths)
{
    SplitPaths result;
    for (const QString& path : paths) {
        std::vector<std::string> parts;
        for (const QString& part : path.split(QLatin1Char('.')))
            parts.push_back(part.toStdString());
        result.push_back(std::move(parts));
    }
    return result;
}

std::vector<const json*> valuesAt(const json& resource, const SplitPaths& paths)
{
    std::vector<const json*> out;
    for (const std::vector<std::string>& parts : paths)
        collect(resource, parts, 0, &out);
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

// What one resource sorts by for one key: dates by the span they cover (ascending by its start,
// descending by its end), everything else by text; ids that are numbers by number.
struct SortValue
{
    bool present = false;
    qint64 number = 0;
    QString text;
};

SortValue sortValue(const json& resource, const SearchQuery::SortKey& key)
{
    SortValue result;
    const auto consider = [&](qint64 number, const QString& text) {
        const bool better = !result.present
            || (number != result.number ? (key.descending ? number > result.number : number < result.number)
                                        : (key.descending ? text > result.text : text < result.text));
        if (better)
            result = {true, number, text};
    };
    if (key.definition.kind == Kind::Id) {
        const QString id = stringOf(resource, "id");
        bool numeric = false;
        const qint64 number = id.toLongLong(&numeric);
        consider(numeric ? number : 0, numeric ? QString() : id);
        return result;
    }
    for (const json* node : valuesAt(resource, split(key.definition.paths))) {
        switch (key.definition.kind) {
        case Kind::Date: {
            std::optional<DateRange> range;
            if (node->is_string())
                range = DateRange::parse(QString::fromStdString(node->get_ref<const std::string&>()));
            else if (node->is_object())
                range = DateRange::period(stringOf(*node, "start"), stringOf(*node, "end"));
            if (range)
                consider(key.descending ? range->high() : range->low(), {});
            break;
        }
        case Kind::String:
            if (node->is_string())
                consider(0, QString::fromStdString(node->get_ref<const std::string&>()).toCaseFolded());
            break;
        case Kind::Reference:
            if (node->is_object() && !stringOf(*node, "reference").isEmpty())
                consider(0, stringOf(*node, "reference"));
            break;
        case Kind::Token: {
            QString code;
            if (node->is_string())
                code = QString::fromStdString(node->get_ref<const std::string&>());
            else if (node->is_object() && node->contains("coding") && (*node)["coding"].is_array()
                     && !(*node)["coding"].empty())
                code = stringOf((*node)["coding"][0], "code");
            else if (node->is_object())
                code = node->contains("value") ? stringOf(*node, "value") : stringOf(*node, "code");
            if (!code.isEmpty())
                consider(0, code);
            break;
        }
        case Kind::Id:
            break;
        }
    }
    return result;
}

// What a criterion needs at every resource, made once per search: its paths split, and for a
// reference its values normalised (SearchEngine::normaliseReference) as the UTF-8 text a
// Reference's "reference" must equal.
struct PreparedCriterion
{
    SplitPaths paths;
    std::vector<std::string> references;
};

PreparedCriterion prepare(const SearchQuery::Criterion& criterion)
{
    PreparedCriterion prepared {split(criterion.definition.paths), {}};
    if (criterion.definition.kind == Kind::Reference) {
        for (const QString& value : criterion.values)
            prepared.references.push_back(
                SearchEngine::normaliseReference(value, criterion.definition.targetType).toStdString());
    }
    return prepared;
}

bool referenceMatches(const json& node, const std::vector<std::string>& references)
{
    if (!node.is_object())
        return false;
    const auto it = node.find("reference");
    const bool present = it != node.end() && it->is_string();
    return std::any_of(references.cbegin(), references.cend(), [&](const std::string& reference) {
        return present ? it->get_ref<const std::string&>() == reference : reference.empty();
    });
}

bool matchesAt(const json& resource, const SearchQuery::Criterion& criterion, const PreparedCriterion& prepared)
{
    const SearchParameters::Definition& definition = criterion.definition;
    if (definition.kind == Kind::Id) {
        const QString id = stringOf(resource, "id");
        return criterion.values.contains(id);
    }
    const std::vector<const json*> nodes = valuesAt(resource, prepared.paths);
    if (definition.kind == Kind::Reference) {
        return std::any_of(nodes.cbegin(), nodes.cend(),
                           [&](const json* node) { return referenceMatches(*node, prepared.references); });
    }
    for (const QString& value : criterion.values) {
        for (const json* node : nodes) {
            bool match = false;
            switch (definition.kind) {
            case Kind::Id:
            case Kind::Reference:
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
            }
            if (match)
                return true;
        }
    }
    return false;
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
    return matchesAt(resource, criterion, prepare(criterion));
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

    std::vector<PreparedCriterion> prepared;
    for (const SearchQuery::Criterion& criterion : query.criteria())
        prepared.push_back(prepare(criterion));
    QList<const json*> result;
    for (const json* resource : candidates) {
        bool all = true;
        for (qsizetype i = 0; i < query.criteria().size(); ++i) {
            if (!matchesAt(*resource, query.criteria().at(i), prepared.at(static_cast<std::size_t>(i)))) {
                all = false;
                break;
            }
        }
        if (all)
            result.append(resource);
    }
    if (!query.sort().isEmpty())
        sort(&result, query.sort());
    return result;
}

void SearchEngine::sort(QList<const json*>* resources, const QList<SearchQuery::SortKey>& keys)
{
    struct Entry
    {
        const json* resource;
        std::vector<SortValue> values;
    };
    std::vector<Entry> entries;
    entries.reserve(std::size_t(resources->size()));
    for (const json* resource : std::as_const(*resources)) {
        Entry entry {resource, {}};
        for (const SearchQuery::SortKey& key : keys)
            entry.values.push_back(sortValue(*resource, key));
        entries.push_back(std::move(entry));
    }
    // true when a sorts strictly before b on key i; a missing value sorts after any value.
    const auto before = [&keys](const SortValue& a, const SortValue& b, qsizetype i) -> std::optional<bool> {
        if (a.present != b.present)
            return a.present;
        if (!a.present || (a.number == b.number && a.text == b.text))
            return std::nullopt;
        const bool less = a.number != b.number ? a.number < b.number : a.text < b.text;
        return keys.at(i).descending ? !less : less;
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (const auto order = before(a.values[std::size_t(i)], b.values[std::size_t(i)], i))
                return *order;
        }
        return false;
    });
    resources->clear();
    for (const Entry& entry : entries)
        resources->append(entry.resource);
}

} // namespace ccri::sandbox
