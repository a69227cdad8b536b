#pragma once

#include "app/fhir/OperationOutcome.h"

#include <optional>
#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ccri::fhir {

// What came back from one FHIR request, judged: either ok with the body (parse it with
// BundleParser, off the GUI thread), or an error sentence for the user with the HTTP status and
// the server's OperationOutcome when it sent one.
struct FhirResponse
{
    QUrl url;
    int httpStatus = 0; // 0 when no HTTP answer came (refused, timeout, TLS, cancelled)
    QByteArray reasonPhrase;
    QByteArray contentType;
    QByteArray body;
    bool ok = false;
    bool cancelled = false;
    QString error; // a sentence, when !ok
    std::optional<OperationOutcome> outcome;
    qint64 elapsedMs = 0;
};

} // namespace ccri::fhir
