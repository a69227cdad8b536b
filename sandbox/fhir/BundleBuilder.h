#pragma once

#include "sandbox/fhir/SearchQuery.h"
#include "sandbox/server/SandboxUrls.h"

#include <nlohmann/json.hpp>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <string>

namespace ccri::sandbox {

// A searchset Bundle for one page of results: total, entries with absolute fullUrls, and
// self / first / previous / next / last links that repeat the search on this server.
//
// searchsetBytes() writes the same Bundle, compact, straight into one byte buffer: the envelope
// by hand (keys in the same order nlohmann::json would write them), each resource from its compact
// text, serialised once and kept (the store does not change while the sandbox serves). The text
// cache is shared by every thread that uses this builder (it has its own lock).
class BundleBuilder
{
public:
    explicit BundleBuilder(const SandboxUrls& urls);

    // `included`: resources added by _revinclude (search mode "include", not counted in total).
    nlohmann::json searchset(const QString& type, const SearchQuery& query, const QList<const nlohmann::json*>& matches,
                             const QList<const nlohmann::json*>& included = {}) const;
    // The same Bundle as searchset(...).dump(), written once into bytes.
    QByteArray searchsetBytes(const QString& type, const SearchQuery& query,
                              const QList<const nlohmann::json*>& matches,
                              const QList<const nlohmann::json*>& included = {}) const;
    // A stored resource's compact JSON text (resource.dump()), from the cache.
    QByteArray compactText(const nlohmann::json& resource) const;
    QString pageUrl(const QString& type, const SearchQuery& query, int offset) const;

private:
    struct Page
    {
        int total = 0;
        QList<QPair<const char*, QString>> links; // relation, url
        QList<QPair<const nlohmann::json*, const char*>> entries; // resource, search mode
    };
    Page page(const QString& type, const SearchQuery& query, const QList<const nlohmann::json*>& matches,
              const QList<const nlohmann::json*>& included) const;

    SandboxUrls m_urls;
    std::string m_entryBase; // the FHIR base and a slash, for fullUrl (UTF-8)
    mutable QMutex m_textLock;
    mutable QHash<const nlohmann::json*, QByteArray> m_texts;
};

} // namespace ccri::sandbox
