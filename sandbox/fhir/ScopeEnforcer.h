#pragma once

#include "app/core/ScopePolicy.h"
#include "sandbox/auth/AccessContext.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace ccri::sandbox {

class AccessTokenValidator;

// Who may see what on the FHIR API: the token (via the AccessTokenValidator) and the scope
// policy (ScopePolicy::decide, the same code the explorer uses to open its tabs).
//  - types the policy does not cover (Organization, Practitioner) need only a valid token;
//  - if only patient/ scopes grant a type, access is limited to the token's patient compartment.
class ScopeEnforcer
{
public:
    struct Decision
    {
        bool allowed = false;
        QString diagnostics; // when refused: "Insufficient Access Rights to access Observation."
        QString explanation; // the policy's sentence (PolicyDecision::explanation), when covered
        bool compartmentOnly = false;
        QString compartmentPatient; // when compartmentOnly: the only patient reachable
    };

    ScopeEnforcer(const ccri::ScopePolicy& policy, const AccessTokenValidator& validator);

    // An `Authorization` header to a verified caller; nullopt and the 401 diagnostics otherwise.
    std::optional<AccessContext> authenticate(const QByteArray& authorization, QString* error) const;
    Decision authorize(const QString& resourceType, const AccessContext& context) const;

    static QString insufficientRights(const QString& resourceType);

private:
    const ccri::ScopePolicy& m_policy;
    const AccessTokenValidator& m_validator;
};

} // namespace ccri::sandbox
