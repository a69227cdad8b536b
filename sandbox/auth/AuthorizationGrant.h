#pragma once

#include <QString>

namespace ccri::sandbox {

// What a user (or, for client_credentials, a client) agreed to: carried from the consent page
// through the authorization code and refresh tokens into each access token.
struct AuthorizationGrant
{
    QString clientId;
    QString subject; // user name, or the client id
    QString displayName; // for the id_token `name`
    QString fhirUser; // relative, e.g. "Practitioner/1"
    QString scope; // granted, space-separated
    QString patient; // launch/patient context, empty if none
    QString redirectUri; // authorization_code only
    QString codeChallenge; // authorization_code only (S256)
};

} // namespace ccri::sandbox
