#pragma once

#include "app/fhir/MalformedEntry.h"
#include "app/fhir/OperationOutcome.h"

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ccri::fhir {

// What a parsed answer was, besides its rows: the Bundle's type, total and paging links, the
// entries that could not be shown, or the error that stopped everything.
struct BundleInfo
{
    bool isBundle = false;
    QString bundleType; // searchset, collection, ...
    qint64 total = -1; // Bundle.total; -1 when absent
    int entryCount = 0; // entries in this page, shown or not
    int shownCount = 0;
    int skippedCount = 0; // entries of another type (e.g. _include) or search outcome entries
    QUrl self;
    QUrl next;
    QUrl previous;
    QUrl first;
    QUrl last;
    QList<MalformedEntry> malformed;
    QStringList searchWarnings; // diagnostics of OperationOutcome entries with search.mode "outcome"

    QString error; // set when nothing could be read (malformed JSON, not FHIR, an OperationOutcome)
    std::optional<OperationOutcome> outcome;
    bool cancelled = false;
};

} // namespace ccri::fhir
