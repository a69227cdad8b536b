#include "app/core/ScopeSet.h"

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
    if (!scope.query().isEmpty() && scope.query() != required.query())
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

ScopeSet ScopeSet::withContext(Scope::Context context) const
{
    ScopeSet set;
    for (const Scope& scope : m_scopes) {
        if (scope.isResource() && scope.context() == context)
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
        (ok ? comparison.granted : comparison.narrowedAway).append(scope);
    }
    for (const Scope& scope : granted.m_scopes) {
        const bool asked = scope.isValid() ? requested.grants(scope) : requested.containsText(scope.text());
        if (!asked)
            comparison.added.append(scope);
    }
    return comparison;
}

} // namespace ccri
