#include "sandbox/fhir/OperationOutcomeResponse.h"

namespace ccri::sandbox {

QByteArray OperationOutcomeResponse::contentType()
{
    return QByteArrayLiteral("application/fhir+json; charset=utf-8");
}

nlohmann::json OperationOutcomeResponse::outcome(const QString& code, const QString& diagnostics,
                                                 const QString& details)
{
    nlohmann::json issue
        = {{"severity", "error"}, {"code", code.toStdString()}, {"diagnostics", diagnostics.toStdString()}};
    if (!details.isEmpty())
        issue["details"] = {{"text", details.toStdString()}};
    return {{"resourceType", "OperationOutcome"}, {"issue", {issue}}};
}

QHttpServerResponse OperationOutcomeResponse::error(QHttpServerResponse::StatusCode status, const QString& code,
                                                    const QString& diagnostics, const QString& details)
{
    return resource(outcome(code, diagnostics, details), true, status);
}

QHttpServerResponse OperationOutcomeResponse::resource(const nlohmann::json& resource, bool pretty,
                                                       QHttpServerResponse::StatusCode status)
{
    const std::string text = resource.dump(pretty ? 2 : -1);
    return QHttpServerResponse(contentType(), QByteArray(text.data(), qsizetype(text.size())), status);
}

} // namespace ccri::sandbox
