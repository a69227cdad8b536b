#include "sandbox/fhir/ScopeEnforcer.h"

#include "sandbox/auth/AccessTokenValidator.h"

namespace ccri::sandbox {

ScopeEnforcer::ScopeEnforcer(const ccri::ScopePolicy& policy, const AccessTokenValidator& validator)
    : m_policy(policy)
    , m_validator(validator)
{
}

QString ScopeEnforcer::insufficientRights(const QString& resourceType)
{
    return QStringLiteral("Insufficient Access Rights to access %1.").arg(resourceType);
}

std::optional<AccessContext> ScopeEnforcer::authenticate(const QByteArray& authorization, QString* error) const
{
    if (authorization.trimmed().isEmpty()) {
        *error = QStringLiteral("Unauthorised access to protected resource");
        return std::nullopt;
    }
    QString reason;
    auto context = m_validator.validate(authorization, &reason);
    if (!context)
        *error = reason.isEmpty() ? QStringLiteral("Unauthorised access to protected resource") : reason;
    return context;
}

ScopeEnforcer::Decision ScopeEnforcer::authorize(const QString& resourceType, const AccessContext& context) const
{
    Decision decision;
    if (!m_policy.covers(resourceType)) {
        decision.allowed = true;
        return decision;
    }
    const ccri::PolicyDecision policyDecision = m_policy.decide(resourceType, context.scopes);
    decision.explanation = policyDecision.explanation();
    if (!policyDecision.granted) {
        decision.diagnostics = insufficientRights(resourceType);
        return decision;
    }
    // Granted: by user/ or system/ scopes (everything), or only by patient/ ones (one compartment)?
    const ccri::PolicyDecision broadDecision = m_policy.decide(
        resourceType, context.scopes.withContexts({ccri::Scope::Context::User, ccri::Scope::Context::System}));
    if (broadDecision.granted) {
        decision.allowed = true;
        decision.filter = CategoryFilter(broadDecision.partial);
        return decision;
    }
    if (context.patientId.isEmpty()) {
        decision.diagnostics = insufficientRights(resourceType) + QLatin1Char(' ')
            + QStringLiteral("The token's patient/ scopes need a patient in context, and it has none.");
        return decision;
    }
    decision.allowed = true;
    decision.compartmentOnly = true;
    decision.compartmentPatient = context.patientId;
    decision.filter = CategoryFilter(policyDecision.partial);
    return decision;
}

QString ScopeEnforcer::outsideGrantedPart(const QString& reference, const nlohmann::json& resource,
                                          const CategoryFilter& filter)
{
    return QStringLiteral("Insufficient Access Rights to access %1: its category is %2, and the token's scopes "
                          "grant only %3.")
        .arg(reference, CategoryFilter::categoriesOf(resource), filter.grantedText());
}

} // namespace ccri::sandbox
