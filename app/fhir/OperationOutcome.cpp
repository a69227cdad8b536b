#include "app/fhir/OperationOutcome.h"

#include "app/fhir/FhirJson.h"

#include <nlohmann/json.hpp>
#include <QStringList>

namespace ccri::fhir {

std::optional<OperationOutcome> OperationOutcome::fromJson(const nlohmann::json& resource)
{
    if (FhirJson::string(resource, "resourceType") != QLatin1String("OperationOutcome")) {
        return std::nullopt;
    }
    OperationOutcome outcome;
    if (const auto* issues = FhirJson::member(resource, "issue"); issues && issues->is_array()) {
        for (const auto& issue : *issues) {
            Issue parsed;
            parsed.severity = FhirJson::string(issue, "severity");
            parsed.code = FhirJson::string(issue, "code");
            parsed.diagnostics = FhirJson::string(issue, "diagnostics");
            if (parsed.diagnostics.isEmpty()) {
                parsed.diagnostics = FhirJson::codeableConcept(issue, "details");
            }
            outcome.m_issues.append(parsed);
        }
    }
    return outcome;
}

std::optional<OperationOutcome> OperationOutcome::fromBytes(const QByteArray& bytes)
{
    const auto document = nlohmann::json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
    if (document.is_discarded()) {
        return std::nullopt;
    }
    return fromJson(document);
}

QString OperationOutcome::text() const
{
    QStringList parts;
    for (const Issue& issue : m_issues) {
        if (!issue.diagnostics.isEmpty()) {
            parts << issue.diagnostics;
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace ccri::fhir
