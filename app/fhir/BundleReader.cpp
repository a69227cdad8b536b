#include "app/fhir/BundleReader.h"

#include "app/fhir/BundleEntryStream.h"
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

QString parserMessage(const std::string& what)
{
    // "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error ..." -> the words.
    QString text = QString::fromUtf8(what);
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype end = text.indexOf(QLatin1String("] "));
        if (end > 0) {
            text = text.mid(end + 2);
        }
    }
    return text;
}

ResourceRow makeRow(const QString& type, const json& resource, int entryIndex)
{
    ResourceRow row;
    row.resourceType = type;
    row.id = FhirJson::string(resource, "id");
    row.columns = ResourceSummary::columns(type, resource);
    row.resource = ResourceText(resource);
    row.entryIndex = entryIndex;
    row.enteredInError = FhirJson::string(resource, "status") == QLatin1String("entered-in-error")
        || FhirJson::string(resource, "verificationStatus") == QLatin1String("entered-in-error");
    return row;
}

// What the entries of a Bundle gave, entry by entry, as they stream out of the parser.
struct EntryResults
{
    QList<ResourceRow> rows;
    QList<MalformedEntry> malformed;
    int skipped = 0;
    QStringList warnings;
};

// The entry messages keep BundleReader's translation context (this helper is not a member).
void readEntry(const json& entry, int entryIndex, const QString& expectedType, EntryResults& results)
{
    if (!entry.is_object()) {
        results.malformed.append(
            {entryIndex, QCoreApplication::translate("ccri::fhir::BundleReader", "The entry is not a JSON object."),
             excerptOf(entry)});
        return;
    }
    const auto resourceIt = entry.find("resource");
    if (resourceIt == entry.end() || !resourceIt->is_object()) {
        results.malformed.append({entryIndex,
                                  QCoreApplication::translate("ccri::fhir::BundleReader", "The entry has no resource."),
                                  excerptOf(entry)});
        return;
    }
    QString type = FhirJson::string(*resourceIt, "resourceType");
    if (type.isEmpty()) {
        results.malformed.append(
            {entryIndex,
             QCoreApplication::translate("ccri::fhir::BundleReader", "The entry's resource has no resourceType."),
             excerptOf(entry)});
        return;
    }
    if (type == QLatin1String("OperationOutcome")) {
        // FHIR search (§3.1.1.4): an OperationOutcome with search.mode "outcome" carries the server's warnings
        // about the search itself (a parameter it ignored, results it left out); it is no result row.
        ++results.skipped;
        const auto search = entry.find("search");
        const bool outcomeMode = search != entry.end() && search->is_object()
            && FhirJson::string(*search, "mode") == QLatin1String("outcome");
        if (const auto outcome = OperationOutcome::fromJson(*resourceIt); outcome && outcomeMode) {
            for (const OperationOutcome::Issue& issue : outcome->issues()) {
                if (!issue.diagnostics.isEmpty())
                    results.warnings.append(issue.diagnostics);
            }
        }
        return;
    }
    if (FhirJson::string(*resourceIt, "id").isEmpty()) {
        results.malformed.append(
            {entryIndex, QCoreApplication::translate("ccri::fhir::BundleReader", "The %1 has no id.").arg(type),
             excerptOf(entry)});
        return;
    }
    if (type == QLatin1String("OperationOutcome") || (!expectedType.isEmpty() && type != expectedType)) {
        ++results.skipped;
        return;
    }
    if (type == expectedType) {
        type = expectedType; // one shared string for every row
    }
    results.rows.append(makeRow(type, *resourceIt, entryIndex));
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

    // The entries of a Bundle are read as the parser meets them and never kept as one big tree
    // (BundleEntryStream); the rest of the document is built as json::parse would.
    json document;
    EntryResults results;
    bool cancelled = false;
    BundleEntryStream stream(
        document,
        [&](json&& entry, int entryIndex) {
            if ((entryIndex % 64) == 0 && isCancelled && isCancelled()) {
                cancelled = true;
                return false;
            }
            readEntry(entry, entryIndex, expectedType, results);
            return true;
        },
        [&results] { results = {}; });
    const bool parsed = json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &stream);
    if (cancelled || (isCancelled && isCancelled())) {
        info.cancelled = true;
        finishWith();
        return;
    }
    if (!parsed) {
        info.error = net::NetworkErrorText::malformedJson(parserMessage(stream.errorMessage()));
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
        if (stream.streamedEntries()) { // not a Bundle but with a top-level "entry" (a List): read it whole
            document = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
        }
        info.entryCount = 1;
        info.shownCount = 1;
        chunk.rows.append(makeRow(resourceType, document, -1));
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
    info.entryCount = stream.entryCount();
    info.shownCount = int(results.rows.size());
    info.skippedCount = results.skipped;
    info.searchWarnings = results.warnings;
    info.malformed = std::move(results.malformed);
    for (ResourceRow& row : results.rows) {
        chunk.rows.append(std::move(row));
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
