#pragma once

#include "sandbox/fhir/SearchQuery.h"
#include "sandbox/server/SandboxUrls.h"

#include <nlohmann/json.hpp>
#include <QList>

namespace ccri::sandbox {

// A searchset Bundle for one page of results: total, entries with absolute fullUrls, and
// self / first / previous / next / last links that repeat the search on this server.
class BundleBuilder
{
public:
    explicit BundleBuilder(const SandboxUrls& urls);

    // `included`: resources added by _revinclude (search mode "include", not counted in total).
    nlohmann::json searchset(const QString& type, const SearchQuery& query, const QList<const nlohmann::json*>& matches,
                             const QList<const nlohmann::json*>& included = {}) const;
    QString pageUrl(const QString& type, const SearchQuery& query, int offset) const;

private:
    SandboxUrls m_urls;
};

} // namespace ccri::sandbox
