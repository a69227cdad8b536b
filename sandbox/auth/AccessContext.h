#pragma once

#include "app/core/ScopeSet.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ccri::sandbox {

// Who is calling the FHIR API, from a verified access token.
struct AccessContext
{
    QString subject; // user name, or the client id for client_credentials
    QString clientId;
    ccri::ScopeSet scopes;
    QString patientId; // the launch/patient context, empty if none
    QString fhirUser; // e.g. "Practitioner/gp" (relative), empty for system clients
    QDateTime expires;
    QString audience; // the `aud` this sandbox recognised: one of its FHIR bases (SandboxUrls::releaseOf)
    // Every base of this sandbox `aud` names: a client_credentials token without an RFC 8707 `resource`
    // names both, as a JSON array (RFC 7519 §4.1.3).
    QStringList audiences;
};

} // namespace ccri::sandbox
