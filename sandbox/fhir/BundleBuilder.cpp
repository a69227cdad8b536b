#include "sandbox/fhir/BundleBuilder.h"

#include <algorithm>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

namespace ccri::sandbox {

BundleBuilder::BundleBuilder(const SandboxUrls& urls)
    : m_urls(urls)
    , m_entryBase((urls.fhirBase().toString() + QLatin1Char('/')).toStdString())
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

BundleBuilder::Page BundleBuilder::page(const QString& type, const SearchQuery& query,
                                        const QList<const nlohmann::json*>& matches,
                                        const QList<const nlohmann::json*>& included) const
{
    Page page;
    page.total = int(matches.size());
    const int total = page.total;
    const int count = query.count();
    const int offset = query.offset();
    // pageUrl(type, query, at) for every link, the URL built once: the offset comes last.
    const QString firstPage = pageUrl(type, query, 0);
    const auto link = [&](const char* relation, int at) {
        page.links.append(
            {relation, at > 0 ? firstPage + QStringLiteral("&_offset=") + QString::number(at) : firstPage});
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
    if (!query.summaryCount()) {
        for (int i = offset; i < qMin(total, offset + count); ++i)
            page.entries.append({matches.at(i), "match"});
        for (const nlohmann::json* resource : included)
            page.entries.append({resource, "include"});
    }
    return page;
}

namespace {
// FHIR search §3.1.1.4: what the search ignored goes back as an OperationOutcome entry with search.mode
// "outcome", one warning issue per sentence. None when nothing was ignored.
nlohmann::json outcomeEntry(const SearchQuery& query)
{
    if (query.warnings().isEmpty())
        return nullptr;
    nlohmann::json issues = nlohmann::json::array();
    for (const QString& warning : query.warnings())
        issues.push_back({{"code", "not-supported"}, {"diagnostics", warning.toStdString()}, {"severity", "warning"}});
    return {
        {"resource", {{"id", "search-warnings"}, {"issue", std::move(issues)}, {"resourceType", "OperationOutcome"}}},
        {"search", {{"mode", "outcome"}}}};
}

// A random (version 4) UUID, RFC 9562 §5.4: the Bundle's id only has to differ from the others'.
// QUuid::createUuid() asks the system's generator for every id (3 % of a search's time); here a
// generator per thread, seeded once from the system's, makes the 122 random bits.
QString bundleId()
{
    thread_local QRandomGenerator64 random = [] {
        quint32 seed[8];
        QRandomGenerator::system()->fillRange(seed);
        return QRandomGenerator64(seed);
    }();
    const quint64 high = random.generate64();
    const quint64 low = random.generate64();
    const auto byte = [](quint64 bits, int at) { return static_cast<uchar>(bits >> (8 * at)); };
    const QUuid uuid(static_cast<uint>(high >> 32), static_cast<ushort>(high >> 16),
                     static_cast<ushort>((high & 0x0fff) | 0x4000), // version 4
                     static_cast<uchar>((byte(low, 7) & 0x3f) | 0x80), // variant 10 (RFC 9562 §4.1)
                     byte(low, 6), byte(low, 5), byte(low, 4), byte(low, 3), byte(low, 2), byte(low, 1), byte(low, 0));
    return uuid.toString(QUuid::WithoutBraces);
}

QString lastUpdated()
{
    // The text changes once a second: made once a second per thread.
    thread_local qint64 second = -1;
    thread_local QString text;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const qint64 current = now.toSecsSinceEpoch(); current != second) {
        second = current;
        text = now.toString(Qt::ISODate);
    }
    return text;
}

// A JSON string literal from UTF-8 bytes, escaped exactly as nlohmann::json::dump() escapes it
// (RFC 8259 §7: quote, backslash and control characters; the rest as UTF-8). Most strings here
// (URLs, ids) need none; the others go through dump() itself.
void appendUtf8String(QByteArray* out, const std::string& text)
{
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
    });
    if (!plain) {
        const std::string quoted = nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out->append(quoted.data(), qsizetype(quoted.size()));
        return;
    }
    *out += '"';
    out->append(text.data(), qsizetype(text.size()));
    *out += '"';
}

// The resource's "resourceType/id", as UTF-8.
std::string fullPath(const nlohmann::json& resource)
{
    const auto member = [&resource](const char* key) -> std::string {
        const auto it = resource.find(key);
        return it != resource.end() && it->is_string() ? it->get_ref<const std::string&>() : std::string();
    };
    return member("resourceType") + '/' + member("id");
}

void appendString(QByteArray* out, const QString& text)
{
    appendUtf8String(out, text.toStdString());
}
} // namespace

nlohmann::json BundleBuilder::searchset(const QString& type, const SearchQuery& query,
                                        const QList<const nlohmann::json*>& matches,
                                        const QList<const nlohmann::json*>& included) const
{
    const Page content = page(type, query, matches, included);
    nlohmann::json links = nlohmann::json::array();
    for (const auto& [relation, url] : content.links)
        links.push_back({{"relation", relation}, {"url", url.toStdString()}});
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& [resource, mode] : content.entries)
        entries.push_back(
            {{"fullUrl", m_entryBase + fullPath(*resource)}, {"resource", *resource}, {"search", {{"mode", mode}}}});
    if (nlohmann::json outcome = outcomeEntry(query); !outcome.is_null())
        entries.push_back(std::move(outcome));
    nlohmann::json bundle = {{"resourceType", "Bundle"},
                             {"id", bundleId().toStdString()},
                             {"meta", {{"lastUpdated", lastUpdated().toStdString()}}},
                             {"type", "searchset"},
                             {"total", content.total},
                             {"link", std::move(links)}};
    if (!entries.empty())
        bundle["entry"] = std::move(entries);
    return bundle;
}

QByteArray BundleBuilder::compactText(const nlohmann::json& resource) const
{
    {
        QMutexLocker locker(&m_textLock);
        const auto it = m_texts.constFind(&resource);
        if (it != m_texts.constEnd())
            return *it;
    }
    const std::string text = resource.dump();
    const QByteArray bytes(text.data(), qsizetype(text.size()));
    QMutexLocker locker(&m_textLock);
    m_texts.insert(&resource, bytes);
    return bytes;
}

QByteArray BundleBuilder::searchsetBytes(const QString& type, const SearchQuery& query,
                                         const QList<const nlohmann::json*>& matches,
                                         const QList<const nlohmann::json*>& included) const
{
    const Page content = page(type, query, matches, included);
    QList<QByteArray> texts;
    qsizetype size = 512 + 256 * content.links.size();
    for (const auto& entry : content.entries) {
        texts.append(compactText(*entry.first));
        size += texts.last().size() + 128;
    }
    // Keys in std::map order, as nlohmann::json writes an object: entry, id, link, meta,
    // resourceType, total, type; in an entry fullUrl, resource, search; in a link relation, url.
    QByteArray out;
    out.reserve(size);
    out += '{';
    const nlohmann::json outcome = outcomeEntry(query);
    if (!content.entries.isEmpty() || !outcome.is_null()) {
        out += "\"entry\":[";
        for (qsizetype i = 0; i < content.entries.size(); ++i) {
            if (i > 0)
                out += ',';
            out += "{\"fullUrl\":";
            appendUtf8String(&out, m_entryBase + fullPath(*content.entries.at(i).first));
            out += ",\"resource\":";
            out += texts.at(i);
            out += ",\"search\":{\"mode\":\"";
            out += content.entries.at(i).second;
            out += "\"}}";
        }
        if (!outcome.is_null()) {
            if (!content.entries.isEmpty())
                out += ',';
            out += QByteArray::fromStdString(outcome.dump());
        }
        out += "],";
    }
    out += "\"id\":";
    appendString(&out, bundleId());
    out += ",\"link\":[";
    for (qsizetype i = 0; i < content.links.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "{\"relation\":\"";
        out += content.links.at(i).first;
        out += "\",\"url\":";
        appendString(&out, content.links.at(i).second);
        out += '}';
    }
    out += "],\"meta\":{\"lastUpdated\":";
    appendString(&out, lastUpdated());
    out += "},\"resourceType\":\"Bundle\",\"total\":";
    out += QByteArray::number(content.total);
    out += ",\"type\":\"searchset\"}";
    return out;
}

} // namespace ccri::sandbox
