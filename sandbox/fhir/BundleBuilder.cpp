#include "sandbox/fhir/BundleBuilder.h"

#include <QDateTime>
#include <QUrlQuery>
#include <QUuid>

namespace ccri::sandbox {

BundleBuilder::BundleBuilder(const SandboxUrls& urls)
    : m_urls(urls)
{
}

QString BundleBuilder::pageUrl(const QString& type, const SearchQuery& query, int offset) const
{
    QUrl url = m_urls.fhir(type);
    QUrlQuery items;
    for (const auto& [key, value] : query.criteriaItems())
        items.addQueryItem(key, value);
    items.addQueryItem(QStringLiteral("_count"), QString::number(query.count()));
    if (offset > 0)
        items.addQueryItem(QStringLiteral("_offset"), QString::number(offset));
    url.setQuery(items);
    return url.toString(QUrl::FullyEncoded);
}

nlohmann::json BundleBuilder::searchset(const QString& type, const SearchQuery& query,
                                        const QList<const nlohmann::json*>& matches,
                                        const QList<const nlohmann::json*>& included) const
{
    const int total = int(matches.size());
    const int count = query.count();
    const int offset = query.offset();
    nlohmann::json links = nlohmann::json::array();
    const auto link = [&](const char* relation, int at) {
        links.push_back({{"relation", relation}, {"url", pageUrl(type, query, at).toStdString()}});
    };
    link("self", offset);
    if (!query.summaryCount() && count > 0) {
        const int last = total == 0 ? 0 : ((total - 1) / count) * count;
        link("first", 0);
        if (offset > 0)
            link("previous", qMax(0, qMin(offset, total) - count));
        if (offset + count < total)
            link("next", offset + count);
        link("last", last);
    }
    nlohmann::json entries = nlohmann::json::array();
    const QString base = m_urls.fhirBase().toString() + QLatin1Char('/');
    const auto entry = [&](const nlohmann::json& resource, const char* mode) {
        const QString path = QString::fromStdString(resource.value("resourceType", "")) + QLatin1Char('/')
            + QString::fromStdString(resource.value("id", ""));
        entries.push_back(
            {{"fullUrl", (base + path).toStdString()}, {"resource", resource}, {"search", {{"mode", mode}}}});
    };
    if (!query.summaryCount()) {
        for (int i = offset; i < qMin(total, offset + count); ++i)
            entry(*matches.at(i), "match");
        for (const nlohmann::json* resource : included)
            entry(*resource, "include");
    }
    nlohmann::json bundle
        = {{"resourceType", "Bundle"},
           {"id", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
           {"meta", {{"lastUpdated", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()}}},
           {"type", "searchset"},
           {"total", total},
           {"link", std::move(links)}};
    if (!entries.empty())
        bundle["entry"] = std::move(entries);
    return bundle;
}

} // namespace ccri::sandbox
