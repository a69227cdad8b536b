#include "sandbox/faults/FaultResponses.h"

#include "app/core/Scope.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/faults/FaultSwitchboard.h"
#include "sandbox/fhir/OperationOutcomeResponse.h"

#include <QCoreApplication>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("FaultResponses", text);
}
} // namespace

QHttpServerResponse FaultResponses::tokenError(FaultSwitchboard& faults)
{
    const QString kind = faults.value(Fault::Id::TokenError);
    faults.acted(Fault::Id::TokenError, QStringLiteral("answered the token request with %1").arg(kind));
    if (kind == QLatin1String("invalid_client"))
        return OAuthResponse::invalidClient(tr("The client is not known or its credentials are wrong."));
    if (kind == QLatin1String("server_error"))
        return OAuthResponse::error(QStringLiteral("server_error"),
                                    tr("The authorization server met an unexpected condition."),
                                    QHttpServerResponse::StatusCode::InternalServerError);
    // A broken proxy in front of the server: an HTML error page, not JSON.
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"),
                               QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                                                 "<body><h1>Bad Gateway</h1><p>The proxy server received an invalid "
                                                 "response from an upstream server.</p></body></html>\n"),
                               QHttpServerResponse::StatusCode::BadGateway);
}

QHttpServerResponse FaultResponses::fhirUnavailable(FaultSwitchboard& faults)
{
    faults.acted(Fault::Id::FhirUnavailable, QStringLiteral("answered a FHIR request with 503"));
    QHttpServerResponse response = OperationOutcomeResponse::error(
        QHttpServerResponse::StatusCode::ServiceUnavailable, QStringLiteral("transient"),
        tr("The FHIR server is unavailable for the moment (the trainer switched on fhir-unavailable). Try again "
           "later."));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30"));
    return response;
}

void FaultResponses::narrow(QStringList* granted, FaultSwitchboard& faults)
{
    if (granted->size() < 2)
        return;
    for (qsizetype i = granted->size() - 1; i >= 0; --i) {
        if (ccri::Scope::parse(granted->at(i)).kind() == ccri::Scope::Kind::Resource) {
            faults.acted(Fault::Id::NarrowConsent, QStringLiteral("left out the ticked scope %1").arg(granted->at(i)));
            granted->removeAt(i);
            return;
        }
    }
}

} // namespace ccri::sandbox
