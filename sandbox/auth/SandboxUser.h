#pragma once

#include "sandbox/auth/PasswordHasher.h"

#include <QString>

namespace ccri::sandbox {

// One account of the sandbox's login page.
struct SandboxUser
{
    QString username;
    QString displayName;
    QString givenName; // id_token given_name / family_name (OIDC Core §5.1), from the display name
    QString familyName;
    QString fhirUser; // relative, e.g. "Practitioner/1"; empty if none
    QString scope; // what this user may be granted (space-separated)
    QString passwordHint; // shown on the login page of a training sandbox; empty: not shown
    PasswordHasher::Hash password;
};

} // namespace ccri::sandbox
