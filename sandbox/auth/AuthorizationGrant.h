#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ccri::sandbox {

// What a user (or, for client_credentials, a client) agreed to: carried from the consent page
// through the authorization code and refresh tokens into each access token.
struct AuthorizationGrant
{
    QString clientId;
    QString subject; // user name, or the client id
    QString displayName; // for the id_token `name`
    QString givenName; // id_token `given_name`
    QString familyName; // id_token `family_name`
    QString fhirUser; // relative, e.g. "Practitioner/1"
    QString scope; // granted, space-separated
    QString patient; // launch/patient context, empty if none
    QString redirectUri; // authorization_code only
    QString codeChallenge; // authorization_code only (S256)
    QString nonce; // authorization_code only: the authorization request's, for the id_token
    QString audience; // the FHIR base the access tokens are for (their aud); empty: the STU3 base
    // client_credentials: the bases an RFC 8707 `resource` named, or none named: every base (aud an array).
    QStringList audiences;
    QDateTime authTime; // when the user signed in (id_token auth_time); invalid for client_credentials
};

} // namespace ccri::sandbox
