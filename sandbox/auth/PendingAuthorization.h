#pragma once

#include <QDateTime>
#include <QString>

namespace ccri::sandbox {

// A validated GET /auth/authorize, waiting for the login and consent pages.
struct PendingAuthorization
{
    QString id; // the `request` field of the login and consent forms
    QString sessionId; // the browser session it belongs to
    QString clientId;
    QString redirectUri;
    QString state;
    QString scope; // as requested (space-separated); empty: whatever the user may have
    QString codeChallenge;
    QString nonce; // OIDC Core §3.1.2.1: returned unchanged in the id_token
    QString audience; // the FHIR base named by aud (SMART App Launch 2.2), as SandboxUrls writes it
    QDateTime expires;
};

} // namespace ccri::sandbox
