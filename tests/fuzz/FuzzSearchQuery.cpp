// Fuzz target: the sandbox's FHIR search parameters (SearchQuery::parse against the served types'
// SearchParameters, and DateRange for date values). Input: "<Type>?<query string>"; the query is
// decoded as the FHIR API decodes it (QUrlQuery, fully decoded items). A query that parses is run
// over a small synthetic store (the three CCRI example patients and their records).
#include "sandbox/data/ResourceStore.h"
#include "sandbox/data/SyntheticData.h"
#include "sandbox/fhir/DateRange.h"
#include "sandbox/fhir/SearchEngine.h"
#include "sandbox/fhir/SearchParameters.h"
#include "sandbox/fhir/SearchQuery.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QUrlQuery>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const ccri::sandbox::SearchParameters parameters;
    static const ccri::sandbox::ResourceStore* store = [] {
        auto* filled = new ccri::sandbox::ResourceStore;
        ccri::sandbox::SyntheticData::Options options;
        options.patients = 0;
        ccri::sandbox::SyntheticData(options).generate(filled);
        return filled;
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    const QString type = question < 0 ? QStringLiteral("Observation") : text.left(question);
    const QUrlQuery query(question < 0 ? text : text.mid(question + 1));
    QList<QPair<QString, QString>> items;
    for (const auto& item : query.queryItems(QUrl::FullyDecoded))
        items.append(item);
    QString error;
    const std::optional<ccri::sandbox::SearchQuery> search
        = ccri::sandbox::SearchQuery::parse(type, items, parameters, &error);
    if (!search) {
        if (error.isEmpty())
            qFatal("a refused search must say why");
    } else if (search->count() < 0 || search->count() > ccri::sandbox::SearchQuery::maxCount || search->offset() < 0) {
        qFatal("_count or _offset out of range: %d %d", search->count(), search->offset());
    } else if (parameters.supports(type)) {
        (void)ccri::sandbox::SearchEngine(*store).search(type, *search);
        (void)ccri::sandbox::SearchEngine(*store).search(type, *search, QStringLiteral("1"));
    }
    for (const auto& item : items) {
        QString value = item.second;
        (void)ccri::sandbox::DateRange::splitPrefix(&value);
        if (const auto range = ccri::sandbox::DateRange::parse(value)) {
            if (range->low() > range->high())
                qFatal("a date range that ends before it starts");
        }
    }
    return 0;
}
