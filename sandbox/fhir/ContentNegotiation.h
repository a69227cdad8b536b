#pragma once

#include <optional>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ccri::sandbox {

class FhirRequest;

// What representation a FHIR request asks for. The sandbox speaks JSON only: `_format=xml` (or
// any XML type) or an Accept header listing XML types and no JSON gets a 406 with this sentence.
class ContentNegotiation
{
public:
    explicit ContentNegotiation(const FhirRequest& request);

    std::optional<QString> refusal() const; // the 406 diagnostics, if any
    bool pretty() const; // _pretty=true
    // Binary read: does the client want the raw bytes of this content type rather than the resource?
    bool wantsRaw(const QString& contentType) const;

private:
    QByteArray m_accept;
    QString m_format;
    QString m_pretty;
};

} // namespace ccri::sandbox
