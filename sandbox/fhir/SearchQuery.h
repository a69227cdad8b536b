#pragma once

#include "sandbox/fhir/SearchParameters.h"

#include <optional>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ccri::sandbox {

// One search request, parsed and checked against SearchParameters: the criteria (repeated
// parameters AND, comma-separated values OR) and the result parameters.
class SearchQuery
{
public:
    struct Criterion
    {
        SearchParameters::Definition definition;
        QString modifier; // "exact", "contains" (strings) or empty
        QStringList values; // any of them
    };
    // One _sort key: a search parameter of the type, ascending or descending.
    struct SortKey
    {
        SearchParameters::Definition definition;
        bool descending = false;
    };

    static constexpr int defaultCount = 10;
    static constexpr int maxCount = 100;
    // Far beyond any page of the synthetic data, and small enough that offset + count never overflows an int.
    static constexpr int maxOffset = 10'000'000;

    // `items`: the decoded query items in order. Unknown parameters, bad modifiers, bad dates or a bad
    // _count give nullopt and a sentence in *error (the 400 diagnostics).
    static std::optional<SearchQuery> parse(const QString& type, const QList<QPair<QString, QString>>& items,
                                            const SearchParameters& parameters, QString* error);

    const QList<Criterion>& criteria() const { return m_criteria; }
    // _sort=date,-name (R4 style, which HAPI took for STU3 too) and _sort:asc= / _sort:desc= (STU3).
    const QList<SortKey>& sort() const { return m_sort; }
    // What the search ignored, in words, for an OperationOutcome entry with search.mode "outcome" (an unknown
    // _sort key is skipped with a warning, as HAPI does, rather than refused).
    const QStringList& warnings() const { return m_warnings; }
    int count() const { return m_count; }
    int offset() const { return m_offset; }
    bool summaryCount() const { return m_summaryCount; }
    // _revinclude on Patient: (type, reference parameter) pairs, "*:patient" expanded to every type
    // with a `patient` parameter.
    const QList<QPair<QString, QString>>& revIncludes() const { return m_revIncludes; }
    // The search parameters as given (no _count/_offset/_format/_pretty), for the Bundle links.
    const QList<QPair<QString, QString>>& criteriaItems() const { return m_criteriaItems; }

    // Parameters every request may carry, handled by the API rather than the search.
    static bool isFormatParameter(const QString& name); // _format, _pretty

private:
    bool addRevInclude(const QString& type, const QString& value, const SearchParameters& parameters, QString* error);
    bool addSort(const QString& type, const QString& modifier, const QString& value, const SearchParameters& parameters,
                 QString* error);

    QList<Criterion> m_criteria;
    QList<SortKey> m_sort;
    QStringList m_warnings;
    QList<QPair<QString, QString>> m_criteriaItems;
    int m_count = defaultCount;
    int m_offset = 0;
    bool m_summaryCount = false;
    QList<QPair<QString, QString>> m_revIncludes;
};

} // namespace ccri::sandbox
