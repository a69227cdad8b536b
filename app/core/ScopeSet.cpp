#include "app/core/ScopeSet.h"

#include <algorithm>
#include <QRegularExpression>
#include <QStringList>

namespace ccri {

namespace {

// Could `scope` contribute permissions towards `required`? (Type, context and qualifier match.)
bool matchesTarget(const Scope& scope, const Scope& required, bool anyContext)
{
    if (!scope.isResource())
        return false;
    if (!anyContext && scope.context() != required.context())
        return false;
    if (!scope.isWildcardType() && scope.resourceType() != required.resourceType())
        return false;
    if (!scope.qualifiersCover(required))
        return false;
    return true;
}

} // namespace

ScopeSet ScopeSet::parse(const QString& text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    ScopeSet set;
    const QStringList parts = text.split(whitespace, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (set.containsText(part))
            continue;
        set.m_scopes.append(Scope::parse(part));
    }
    return set;
}

QList<Scope> ScopeSet::recognised() const
{
    QList<Scope> result;
    for (const Scope& scope : m_scopes) {
        if (scope.isValid())
            result.append(scope);
    }
    return result;
}

QList<Scope> ScopeSet::unrecognised() const
{
    QList<Scope> result;
    for (const Scope& scope : m_scopes) {
        if (!scope.isValid())
            result.append(scope);
    }
    return result;
}

bool ScopeSet::containsText(const QString& scope) const
{
    for (const Scope& existing : m_scopes) {
        if (existing.text() == scope)
            return true;
    }
    return false;
}

bool ScopeSet::grants(const Scope& required, bool anyContext) const
{
    return !grantingScopes(required, anyContext).isEmpty();
}

QList<Scope> ScopeSet::grantingScopes(const Scope& required, bool anyContext) const
{
    QList<Scope> result;
    if (!required.isValid())
        return result;
    if (!required.isResource()) {
        for (const Scope& scope : m_scopes) {
            if (scope.covers(required))
                result.append(scope);
        }
        return result;
    }
    // A single scope that covers it alone is the clearest explanation.
    for (const Scope& scope : m_scopes) {
        if (scope.covers(required, anyContext))
            return {scope};
    }
    if (!required.hasPermissions())
        return result;
    // Otherwise several scopes may add up: user/Observation.r + user/Observation.s grants .rs.
    Scope::Permissions collected;
    for (const Scope& scope : m_scopes) {
        if (!matchesTarget(scope, required, anyContext) || !scope.hasPermissions())
            continue;
        const Scope::Permissions useful = scope.permissions() & required.permissions() & ~collected;
        if (useful) {
            collected |= useful;
            result.append(scope);
        }
    }
    if ((collected & required.permissions()) != required.permissions())
        result.clear();
    return result;
}

QList<ScopeSet::Part> ScopeSet::partialGrants(const Scope& required, bool anyContext) const
{
    QList<Part> parts;
    if (!required.isResource() || grants(required, anyContext))
        return parts;
    // Permissions lent by the scopes that reach the whole target (e.g. user/Observation.r beside
    // user/Observation.s?category=vital-signs grants .rs on vital signs).
    QList<Scope> lenders;
    for (const Scope& scope : m_scopes) {
        if (matchesTarget(scope, required, anyContext) && scope.hasPermissions()) {
            lenders.append(scope);
        }
    }
    // A scope narrower than the target: same type and context, qualifiers not covering it.
    const auto narrower = [&](const Scope& scope) {
        if (!scope.isResource() || !scope.isQualified() || matchesTarget(scope, required, anyContext))
            return false;
        if (!anyContext && scope.context() != required.context())
            return false;
        if (!scope.isWildcardType() && scope.resourceType() != required.resourceType())
            return false;
        // Inside a qualified requirement only: each of its pairs met by one of the scope's.
        return std::all_of(required.qualifiers().cbegin(), required.qualifiers().cend(), [&](const ScopeQualifier& r) {
            return std::any_of(scope.qualifiers().cbegin(), scope.qualifiers().cend(),
                               [&](const ScopeQualifier& q) { return r.covers(q); });
        });
    };
    const auto sameQualifiers = [](const QList<ScopeQualifier>& a, const QList<ScopeQualifier>& b) {
        if (a.size() != b.size())
            return false;
        for (const ScopeQualifier& qualifier : a) {
            if (std::none_of(b.cbegin(), b.cend(),
                             [&](const ScopeQualifier& other) { return qualifier.sameMeaning(other); }))
                return false;
        }
        return true;
    };
    for (const Scope& scope : m_scopes) {
        if (!narrower(scope))
            continue;
        const bool seen = std::any_of(parts.cbegin(), parts.cend(), [&](const Part& part) {
            return sameQualifiers(part.qualifiers, scope.qualifiers());
        });
        if (seen)
            continue;
        Part part {scope.qualifiers(), {}};
        Scope::Permissions collected;
        if (required.hasPermissions()) {
            for (const Scope& lender : std::as_const(lenders)) {
                const Scope::Permissions useful = lender.permissions() & required.permissions() & ~collected;
                if (useful) {
                    collected |= useful;
                    part.grantedBy.append(lender);
                }
            }
        }
        for (const Scope& other : m_scopes) {
            if (!narrower(other) || !sameQualifiers(other.qualifiers(), part.qualifiers) || !other.hasPermissions())
                continue;
            const Scope::Permissions useful = required.hasPermissions()
                ? other.permissions() & required.permissions() & ~collected
                : other.permissions();
            if (useful || part.grantedBy.isEmpty()) {
                collected |= useful;
                part.grantedBy.append(other);
            }
            if (!required.hasPermissions())
                break;
        }
        const bool enough = required.hasPermissions() ? (collected & required.permissions()) == required.permissions()
                                                      : !part.grantedBy.isEmpty();
        if (enough)
            parts.append(part);
    }
    return parts;
}

ScopeSet ScopeSet::withContext(Scope::Context context) const
{
    return withContexts({context});
}

ScopeSet ScopeSet::withContexts(const QList<Scope::Context>& contexts) const
{
    ScopeSet set;
    for (const Scope& scope : m_scopes) {
        if (scope.isResource() && contexts.contains(scope.context()))
            set.m_scopes.append(scope);
    }
    return set;
}

QString ScopeSet::toString() const
{
    QStringList texts;
    texts.reserve(m_scopes.size());
    for (const Scope& scope : m_scopes)
        texts.append(scope.text());
    return texts.join(QLatin1Char(' '));
}

ScopeSet::Comparison ScopeSet::compare(const ScopeSet& requested, const ScopeSet& granted)
{
    Comparison comparison;
    for (const Scope& scope : requested.m_scopes) {
        const bool ok = scope.isValid() ? granted.grants(scope) : granted.containsText(scope.text());
        if (ok)
            comparison.granted.append(scope);
        else if (scope.isResource() && !granted.partialGrants(scope).isEmpty())
            comparison.narrowed.append(scope);
        else
            comparison.narrowedAway.append(scope);
    }
    for (const Scope& scope : granted.m_scopes) {
        const bool asked = scope.isValid() ? requested.grants(scope) : requested.containsText(scope.text());
        if (!asked)
            comparison.added.append(scope);
    }
    return comparison;
}

} // namespace ccri
