#pragma once

#include "sandbox/auth/AccessContext.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace ccri::sandbox {

// The seam between the auth server and the FHIR API: turns an `Authorization` header value into
// an AccessContext, checking scheme ("Bearer", any case), JWT shape, signature, issuer, audience
// (= the FHIR base), expiry and revocation. On failure: nullopt and, in *error, the diagnostics
// for the 401 OperationOutcome (e.g. "Unauthorised access to protected resource",
// "OAuth2 Authentication Token has expired.").
class AccessTokenValidator
{
public:
    virtual ~AccessTokenValidator() = default;
    virtual std::optional<AccessContext> validate(const QByteArray& authorizationHeader, QString* error) const = 0;
};

} // namespace ccri::sandbox
