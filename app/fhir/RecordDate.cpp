#include "app/fhir/RecordDate.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace ccri::fhir {

namespace {

QDateTime parse(const std::string& text)
{
    const QString value = QString::fromStdString(text);
    QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(value, Qt::ISODate);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(value.left(10), Qt::ISODate);
        if (day.isValid())
            when = day.startOfDay(Qt::UTC);
    }
    return when;
}

} // namespace

QDateTime RecordDate::of(const nlohmann::json& resource)
{
    if (!resource.is_object())
        return {};
    for (const char* key :
         {"effectiveDateTime", "authoredOn", "date", "onsetDateTime", "assertedDate", "created", "indexed", "issued"}) {
        const auto found = resource.find(key);
        if (found != resource.end() && found->is_string())
            return parse(found->get<std::string>());
    }
    for (const char* key : {"effectivePeriod", "period"}) {
        const auto found = resource.find(key);
        if (found != resource.end() && found->is_object() && found->contains("start") && (*found)["start"].is_string())
            return parse((*found)["start"].get<std::string>());
    }
    return {};
}

QDateTime RecordDate::of(const ResourceRow& row)
{
    return of(row.resource.parse());
}

QList<ResourceRow> RecordDate::newestFirst(QList<ResourceRow> rows)
{
    QList<QPair<QDateTime, ResourceRow>> dated;
    dated.reserve(rows.size());
    for (ResourceRow& row : rows)
        dated.append({of(row), std::move(row)});
    std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) {
        if (a.first.isValid() != b.first.isValid())
            return a.first.isValid();
        return a.first > b.first;
    });
    QList<ResourceRow> sorted;
    sorted.reserve(dated.size());
    for (auto& item : dated)
        sorted.append(std::move(item.second));
    return sorted;
}

} // namespace ccri::fhir
