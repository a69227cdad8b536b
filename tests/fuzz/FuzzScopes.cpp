// Fuzz target: scope strings as a token response or a user sends them.
// Input: "<requested scopes>\n<granted scopes>" (without a newline both are the whole input).
// Exercises ScopeSet::parse, every query of the set, ScopePolicy::decideAll under both built-in
// policies and ScopeSet::compare, and checks the invariants the UI relies on.
#include "app/core/ScopePolicy.h"
#include "app/core/ScopeSet.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <QByteArray>

namespace {

const QList<ccri::ScopePolicy>& builtinPolicies()
{
    static const QList<ccri::ScopePolicy> policies = [] {
        QList<ccri::ScopePolicy> list;
        for (const QString& id : ccri::ScopePolicy::builtinIds()) {
            QString error;
            const std::optional<ccri::ScopePolicy> policy = ccri::ScopePolicy::load(id, &error);
            if (!policy) {
                qFatal("built-in policy %s does not load: %s", qPrintable(id), qPrintable(error));
            }
            list.append(*policy);
        }
        return list;
    }();
    return policies;
}

void check(bool condition, const char* what)
{
    if (!condition) {
        qFatal("invariant broken: %s", what);
    }
}

void exercise(const ccri::ScopeSet& set)
{
    check(set.recognised().size() + set.unrecognised().size() == set.scopes().size(),
          "recognised + unrecognised == all");
    for (const ccri::Scope& scope : set.unrecognised())
        check(!scope.invalidReason().isEmpty(), "every invalid scope says why");
    for (const ccri::Scope& scope : set.scopes()) {
        check(set.containsText(scope.text()), "containsText finds every scope");
        if (scope.isResource()) {
            (void)ccri::Scope::contextName(scope.context());
            check(set.grants(scope, false), "a set grants each of its own resource scopes");
        }
        (void)set.grantingScopes(scope, true);
    }
    (void)set.withContext(ccri::Scope::Context::Patient);
    (void)set.withContext(ccri::Scope::Context::User);
    (void)set.withContext(ccri::Scope::Context::System);
    const ccri::ScopeSet reparsed = ccri::ScopeSet::parse(set.toString());
    check(reparsed.scopes().size() == set.scopes().size(), "toString round-trips");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    const QString requestedText = QString::fromUtf8(newline < 0 ? bytes : bytes.left(newline));
    const QString grantedText = QString::fromUtf8(newline < 0 ? bytes : bytes.mid(newline + 1));

    const ccri::ScopeSet requested = ccri::ScopeSet::parse(requestedText);
    const ccri::ScopeSet granted = ccri::ScopeSet::parse(grantedText);
    exercise(requested);
    exercise(granted);

    for (const ccri::ScopePolicy& policy : builtinPolicies()) {
        const QList<ccri::PolicyDecision> decisions = policy.decideAll(granted);
        check(decisions.size() == policy.rules().size(), "one decision per rule");
        for (const ccri::PolicyDecision& decision : decisions)
            check(decision.granted == !decision.grantedBy.isEmpty(), "granted exactly when some scope grants");
    }

    const ccri::ScopeSet::Comparison comparison = ccri::ScopeSet::compare(requested, granted);
    check(comparison.granted.size() + comparison.narrowedAway.size() <= requested.scopes().size(),
          "granted and narrowed away come from the request");
    check(comparison.added.size() <= granted.scopes().size(), "added comes from the grant");
    return 0;
}
