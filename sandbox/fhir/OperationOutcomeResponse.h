#pragma once

#include <nlohmann/json.hpp>
#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>

namespace ccri::sandbox {

// FHIR responses: resources as application/fhir+json, and errors as an OperationOutcome
// (severity "error", an issue type code, diagnostics = the sentence for the user).
class OperationOutcomeResponse
{
public:
    static QByteArray contentType(); // "application/fhir+json; charset=utf-8"

    static nlohmann::json outcome(const QString& code, const QString& diagnostics, const QString& details = {});
    static QHttpServerResponse error(QHttpServerResponse::StatusCode status, const QString& code,
                                     const QString& diagnostics, const QString& details = {});
    static QHttpServerResponse resource(const nlohmann::json& resource, bool pretty,
                                        QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
};

} // namespace ccri::sandbox
