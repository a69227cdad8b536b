#include "sandbox/fhir/SearchQuery.h"

#include "sandbox/fhir/DateRange.h"

namespace ccri::sandbox {

namespace {

std::optional<int> nonNegative(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

bool SearchQuery::addRevInclude(const QString& type, const QString& value, const SearchParameters& parameters,
                                QString* error)
{
    const QString source = value.section(QLatin1Char(':'), 0, 0);
    const QString parameter = value.section(QLatin1Char(':'), 1);
    const auto refersToPatient = [&](const QString& sourceType) {
        const SearchParameters::Definition* definition = parameters.find(sourceType, parameter);
        return definition && definition->kind == SearchParameters::Kind::Reference
            && definition->targetType == QLatin1String("Patient");
    };
    if (type != QLatin1String("Patient")) {
        *error = QStringLiteral("_revinclude is supported on Patient searches only.");
        return false;
    }
    if (source == QLatin1String("*") && parameter == QLatin1String("patient")) {
        for (const QString& sourceType : parameters.resourceTypes()) {
            if (refersToPatient(sourceType))
                m_revIncludes.append({sourceType, parameter});
        }
        return true;
    }
    if (!refersToPatient(source)) {
        *error = QStringLiteral("Unsupported _revinclude \"%1\": use *:patient or <Type>:patient (or <Type>:subject) "
                                "for a type that refers to the patient.")
                     .arg(value);
        return false;
    }
    m_revIncludes.append({source, parameter});
    return true;
}

bool SearchQuery::addSort(const QString& type, const QString& modifier, const QString& value,
                          const SearchParameters& parameters, QString* error)
{
    if (!modifier.isEmpty() && modifier != QLatin1String("asc") && modifier != QLatin1String("desc")) {
        *error
            = QStringLiteral("Unsupported modifier \":%1\" on _sort: use _sort=date, _sort=-date or _sort:desc=date.")
                  .arg(modifier);
        return false;
    }
    const QStringList keys = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (keys.isEmpty()) {
        *error = QStringLiteral("_sort has no value: name a search parameter, such as _sort=-date.");
        return false;
    }
    for (const QString& key : keys) {
        const bool minus = key.startsWith(QLatin1Char('-'));
        const QString name = minus ? key.mid(1) : key;
        const SearchParameters::Definition* definition = parameters.find(type, name);
        if (!definition) {
            m_warnings.append(QStringLiteral("Unknown sort parameter \"%1\" for resource type \"%2\" was ignored. "
                                             "Valid sort parameters for this search are: [%3]")
                                  .arg(name, type, parameters.names(type).join(QStringLiteral(", "))));
            continue;
        }
        m_sort.append({*definition, minus != (modifier == QLatin1String("desc"))});
    }
    return true;
}

bool SearchQuery::isFormatParameter(const QString& name)
{
    return name == QLatin1String("_format") || name == QLatin1String("_pretty");
}

std::optional<SearchQuery> SearchQuery::parse(const QString& type, const QList<QPair<QString, QString>>& items,
                                              const SearchParameters& parameters, QString* error)
{
    SearchQuery query;
    for (const auto& [key, value] : items) {
        if (isFormatParameter(key))
            continue;
        if (key == QLatin1String("_count")) {
            const auto count = nonNegative(value);
            if (!count) {
                *error = QStringLiteral("Invalid _count \"%1\": expected a whole number from 0 to %2.")
                             .arg(value)
                             .arg(maxCount);
                return std::nullopt;
            }
            query.m_count = qMin(*count, int(maxCount));
            continue;
        }
        if (key == QLatin1String("_offset")) {
            const auto offset = nonNegative(value);
            if (!offset || *offset > maxOffset) {
                *error = QStringLiteral("Invalid _offset \"%1\": expected a whole number from 0 to %2.")
                             .arg(value)
                             .arg(maxOffset);
                return std::nullopt;
            }
            query.m_offset = *offset;
            continue;
        }
        if (key == QLatin1String("_summary")) {
            if (value != QLatin1String("count") && value != QLatin1String("false")) {
                *error = QStringLiteral(
                             "Unsupported _summary \"%1\": this server supports _summary=count and _summary=false.")
                             .arg(value);
                return std::nullopt;
            }
            query.m_summaryCount = value == QLatin1String("count");
            query.m_criteriaItems.append({key, value});
            continue;
        }
        if (key == QLatin1String("_revinclude")) {
            if (!query.addRevInclude(type, value, parameters, error))
                return std::nullopt;
            query.m_criteriaItems.append({key, value});
            continue;
        }
        const QString name = key.section(QLatin1Char(':'), 0, 0);
        const QString modifier = key.section(QLatin1Char(':'), 1);
        if (name == QLatin1String("_sort")) {
            if (!query.addSort(type, modifier, value, parameters, error))
                return std::nullopt;
            query.m_criteriaItems.append({key, value});
            continue;
        }
        const SearchParameters::Definition* definition = parameters.find(type, name);
        if (!definition) {
            *error = QStringLiteral("Unknown search parameter \"%1\" for resource type \"%2\". Valid search parameters "
                                    "for this search are: [%3]")
                         .arg(name, type, parameters.names(type).join(QStringLiteral(", ")));
            return std::nullopt;
        }
        const bool stringModifier = definition->kind == SearchParameters::Kind::String
            && (modifier == QLatin1String("exact") || modifier == QLatin1String("contains"));
        if (!modifier.isEmpty() && !stringModifier) {
            *error = QStringLiteral("Unsupported modifier \":%1\" on search parameter \"%2\".").arg(modifier, name);
            return std::nullopt;
        }
        Criterion criterion {*definition, modifier, value.split(QLatin1Char(','), Qt::SkipEmptyParts)};
        if (criterion.values.isEmpty()) {
            *error = QStringLiteral("Search parameter \"%1\" has no value.").arg(name);
            return std::nullopt;
        }
        if (definition->kind == SearchParameters::Kind::Date) {
            for (QString dateValue : criterion.values) {
                if (!DateRange::splitPrefix(&dateValue) || !DateRange::parse(dateValue)) {
                    *error = QStringLiteral(
                                 "Invalid date \"%1\" for search parameter \"%2\": use an optional prefix "
                                 "(eq, ne, gt, lt, ge, le) and YYYY, YYYY-MM, YYYY-MM-DD or a full date and time.")
                                 .arg(criterion.values.join(QLatin1Char(',')), name);
                    return std::nullopt;
                }
            }
        }
        query.m_criteria.append(criterion);
        query.m_criteriaItems.append({key, value});
    }
    return query;
}

} // namespace ccri::sandbox
