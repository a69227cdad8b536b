// Fuzz target: policy files (--policy FILE, the profile's policy file) through
// ScopePolicy::fromJson. A policy that loads must answer for every type it names.
#include "app/core/ScopePolicy.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const std::optional<ccri::ScopePolicy> policy = ccri::ScopePolicy::fromJson(bytes, &error);
    if (!policy) {
        if (error.isEmpty())
            qFatal("a refused policy must say why");
        return 0;
    }
    if (policy->id().isEmpty() || policy->name().isEmpty() || policy->rules().isEmpty())
        qFatal("a policy that loads has an id, a name and rules");
    const ccri::ScopeSet scopes = ccri::ScopeSet::parse(
        QStringLiteral("user/Patient.read patient/Observation.rs system/*.cruds user/Encounter.r user/Encounter.s "
                       "patient/Condition.rs?category=problem-list-item openid offline_access bogus"));
    for (const QString& type : policy->resourceTypes()) {
        if (!policy->covers(type))
            qFatal("a policy covers every type it lists");
        const ccri::PolicyDecision decision = policy->decide(type, scopes);
        (void)decision.explanation();
    }
    (void)policy->decideAll(ccri::ScopeSet());
    return 0;
}
