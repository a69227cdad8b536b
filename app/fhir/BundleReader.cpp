#include "app/fhir/BundleReader.h"

#include "app/fhir/FhirJson.h"
#include "app/fhir/ResourceSummary.h"
#include "app/net/NetworkErrorText.h"

#include <nlohmann/json.hpp>
#include <QCoreApplication>

namespace ccri::fhir {

using nlohmann::json;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ccri::fhir::BundleReader", text);
}

QString excerptOf(const json& value)
{
    QString text = FhirJson::fromStd(value.dump(-1, ' ', false, json::error_handler_t::replace));
    if (text.size() > 200) {
        text = text.left(200) + QStringLiteral("…");
    }
    return text;
}

QString parserMessage(const std::exception& error)
{
    // "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error ..." -> the words.
    QString text = QString::fromUtf8(error.what());
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype end = text.indexOf(QLatin1String("] "));
        if (end > 0) {
            text = text.mid(end + 2);
        }
    }
    return text;
}

ResourceRow makeRow(const QString& type, std::shared_ptr<const json> resource, int entryIndex)
{
    ResourceRow row;
    row.resourceType = type;
    row.id = FhirJson::string(*resource, "id");
    row.columns = ResourceSummary::columns(type, *resource);
    row.resource = std::move(resource);
    row.entryIndex = entryIndex;
    return row;
}

} // namespace

void BundleReader::read(const QByteArray& bytes, const QString& expectedType, int chunkSize, const Sink& sink,
                        const IsCancelled& isCancelled)
{
    chunkSize = qMax(1, chunkSize);
    BundleChunk chunk;
    BundleInfo& info = chunk.info;
    const auto finishWith = [&sink, &chunk] {
        chunk.last = true;
        sink(std::move(chunk));
    };

    json document;
    try {
        document = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const std::exception& error) {
        info.error = net::NetworkErrorText::malformedJson(parserMessage(error));
        finishWith();
        return;
    }
    if (isCancelled && isCancelled()) {
        info.cancelled = true;
        finishWith();
        return;
    }
    const QString resourceType = FhirJson::string(document, "resourceType");
    if (resourceType.isEmpty()) {
        info.error = tr("The server's answer is JSON but not a FHIR resource (it has no resourceType).");
        finishWith();
        return;
    }
    if (resourceType == QLatin1String("OperationOutcome")) {
        info.outcome = OperationOutcome::fromJson(document);
        const QString said = info.outcome ? info.outcome->text() : QString();
        info.error = said.isEmpty() ? tr("The server answered with an OperationOutcome instead of data.")
                                    : tr("The server answered with an OperationOutcome instead of data: %1").arg(said);
        finishWith();
        return;
    }
    if (resourceType != QLatin1String("Bundle")) {
        info.entryCount = 1;
        info.shownCount = 1;
        chunk.rows.append(makeRow(resourceType, std::make_shared<const json>(std::move(document)), -1));
        finishWith();
        return;
    }

    info.isBundle = true;
    info.bundleType = FhirJson::string(document, "type");
    if (const json* total = FhirJson::member(document, "total"); total && total->is_number_integer()) {
        info.total = total->get<qint64>();
    }
    if (const json* links = FhirJson::member(document, "link"); links && links->is_array()) {
        for (const json& link : *links) {
            const QString relation = FhirJson::string(link, "relation");
            const QUrl url(FhirJson::string(link, "url"));
            if (relation == QLatin1String("self")) {
                info.self = url;
            } else if (relation == QLatin1String("next")) {
                info.next = url;
            } else if (relation == QLatin1String("previous") || relation == QLatin1String("prev")) {
                info.previous = url;
            } else if (relation == QLatin1String("first")) {
                info.first = url;
            } else if (relation == QLatin1String("last")) {
                info.last = url;
            }
        }
    }
    auto entriesIt = document.find("entry");
    if (entriesIt == document.end()) {
        finishWith();
        return;
    }
    if (!entriesIt->is_array()) {
        info.malformed.append({0, tr("Bundle.entry is not a list."), excerptOf(*entriesIt)});
        finishWith();
        return;
    }
    json& entries = *entriesIt;
    info.entryCount = int(entries.size());
    int index = 0;
    for (json& entry : entries) {
        const int entryIndex = index++;
        if ((entryIndex % 64) == 0 && isCancelled && isCancelled()) {
            info.cancelled = true;
            break;
        }
        if (!entry.is_object()) {
            info.malformed.append({entryIndex, tr("The entry is not a JSON object."), excerptOf(entry)});
            continue;
        }
        auto resourceIt = entry.find("resource");
        if (resourceIt == entry.end() || !resourceIt->is_object()) {
            info.malformed.append({entryIndex, tr("The entry has no resource."), excerptOf(entry)});
            continue;
        }
        const QString type = FhirJson::string(*resourceIt, "resourceType");
        if (type.isEmpty()) {
            info.malformed.append({entryIndex, tr("The entry's resource has no resourceType."), excerptOf(entry)});
            continue;
        }
        if (FhirJson::string(*resourceIt, "id").isEmpty()) {
            info.malformed.append({entryIndex, tr("The %1 has no id.").arg(type), excerptOf(entry)});
            continue;
        }
        if (type == QLatin1String("OperationOutcome") || (!expectedType.isEmpty() && type != expectedType)) {
            ++info.skippedCount;
            continue;
        }
        chunk.rows.append(makeRow(type, std::make_shared<const json>(std::move(*resourceIt)), entryIndex));
        ++info.shownCount;
        if (chunk.rows.size() >= chunkSize) {
            BundleChunk full;
            full.rows = std::move(chunk.rows);
            chunk.rows = {};
            sink(std::move(full));
        }
    }
    finishWith();
}

} // namespace ccri::fhir
