#pragma once

#include "app/core/ScopePolicy.h"
#include "sandbox/auth/AccessContext.h"
#include "sandbox/fhir/CategoryFilter.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace ccri::sandbox {

class AccessTokenValidator;

// Who may see what on the FHIR API: the token (via the AccessTokenValidator) and the scope
// policy (ScopePolicy::decide, the same code the explorer uses to open its tabs).
//  - types the policy does not cover (Organization, Practitioner) need only a valid token;
//  - if only patient/ scopes grant a type, access is limited to the token's patient compartment;
//  - if only qualified scopes grant it (SMART App Launch 2.2 §"Finer-grained resource constraints
//    using search parameters", e.g. `user/Observation.rs?category=vital-signs`), every search,
//    _revinclude, page and total is filtered to the granted part and a read outside it is refused.
//    When user/ or system/ scopes grant only a part, that part is all that is served, even where
//    patient/ scopes would give more within the compartment (the narrower answer, never a wider one).
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
        CategoryFilter filter; // active when the type is granted only in part
    };

    ScopeEnforcer(const ccri::ScopePolicy& policy, const AccessTokenValidator& validator);

    // An `Authorization` header to a verified caller; nullopt and the 401 diagnostics otherwise.
    std::optional<AccessContext> authenticate(const QByteArray& authorization, QString* error) const;
    Decision authorize(const QString& resourceType, const AccessContext& context) const;

    static QString insufficientRights(const QString& resourceType);
    // The 403 diagnostics for a read of `resource` outside the granted part, naming its category.
    static QString outsideGrantedPart(const QString& reference, const nlohmann::json& resource,
                                      const CategoryFilter& filter);

private:
    const ccri::ScopePolicy& m_policy;
    const AccessTokenValidator& m_validator;
};

} // namespace ccri::sandbox
