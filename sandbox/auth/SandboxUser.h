#pragma once

#include "sandbox/auth/PasswordHasher.h"

#include <QString>

namespace ccri::sandbox {

// One account of the sandbox's login page.
struct SandboxUser
{
    QString username;
    QString displayName;
    QString fhirUser; // relative, e.g. "Practitioner/1"; empty if none
    QString scope; // what this user may be granted (space-separated)
    QString passwordHint; // shown on the login page of a training sandbox; empty: not shown
    PasswordHasher::Hash password;
};

} // namespace ccri::sandbox
