#pragma once

#include <QHttpServerResponse>
#include <QStringList>

namespace ccri::sandbox {

class FaultSwitchboard;

// What a fault puts in place of the sandbox's normal answer, each reported to the switchboard.
class FaultResponses
{
public:
    // token-error: RFC 6749 §5.2 invalid_client (401) or server_error (500), or a proxy's HTML page (502).
    static QHttpServerResponse tokenError(FaultSwitchboard& faults);
    // fhir-unavailable: 503 with an OperationOutcome and Retry-After (RFC 9110 §15.6.4, §10.2.3).
    static QHttpServerResponse fhirUnavailable(FaultSwitchboard& faults);
    // narrow-consent: drops the last resource scope of `granted`, when there is more than one
    // scope left to grant (a grant of nothing would be an error, not a narrowing).
    static void narrow(QStringList* granted, FaultSwitchboard& faults);
};

} // namespace ccri::sandbox
