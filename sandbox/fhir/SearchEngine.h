#pragma once

#include "sandbox/fhir/SearchQuery.h"

#include <nlohmann/json.hpp>
#include <QList>
#include <QString>

namespace ccri::sandbox {

class ResourceStore;

// Runs a SearchQuery over the ResourceStore: every criterion must match (values within one OR).
// Searches naming one patient use the store's patient index. Results keep the store's order unless
// the query has _sort keys; resources without a value for a key come last either way.
class SearchEngine
{
public:
    explicit SearchEngine(const ResourceStore& store);

    // compartmentPatient: when not empty, only that patient's compartment is searched (patient/ scopes).
    QList<const nlohmann::json*> search(const QString& type, const SearchQuery& query,
                                        const QString& compartmentPatient = {}) const;

    static bool matches(const nlohmann::json& resource, const SearchQuery::Criterion& criterion);
    // "Patient/1", "1" (with the target type) or "http://host/fhir/Patient/1" -> "Patient/1".
    static QString normaliseReference(const QString& value, const QString& targetType);

private:
    static void sort(QList<const nlohmann::json*>* resources, const QList<SearchQuery::SortKey>& keys);

    const ResourceStore& m_store;
};

} // namespace ccri::sandbox
