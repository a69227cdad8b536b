#include "sandbox/auth/ScopeGranter.h"

#include <algorithm>

namespace ccri::sandbox {

bool ScopeGranter::permits(const ccri::ScopeSet& permitted, const ccri::Scope& scope)
{
    switch (scope.kind()) {
    case ccri::Scope::Kind::Invalid:
        return false;
    case ccri::Scope::Kind::Resource:
        if (permitted.grants(scope))
            return true;
        if (scope.context() == ccri::Scope::Context::Patient) {
            const QString asUser
                = QStringLiteral("user/") + scope.text().mid(scope.text().indexOf(QLatin1Char('/')) + 1);
            return permitted.grants(ccri::Scope::parse(asUser));
        }
        return false;
    default:
        return permitted.containsText(scope.text());
    }
}

QStringList ScopeGranter::grant(const ccri::ScopeSet& requested, const QList<ccri::ScopeSet>& limits)
{
    QStringList granted;
    for (const ccri::Scope& scope : requested.scopes()) {
        bool ok = true;
        for (const ccri::ScopeSet& limit : limits)
            ok = ok && permits(limit, scope);
        if (ok) {
            granted << scope.text();
            continue;
        }
        for (const QString& narrower : narrowings(scope, limits)) {
            if (!granted.contains(narrower))
                granted << narrower;
        }
    }
    return granted;
}

QStringList ScopeGranter::narrowings(const ccri::Scope& scope, const QList<ccri::ScopeSet>& limits)
{
    QStringList result;
    if (!scope.isResource() || !scope.hasPermissions() || scope.isQualified() || limits.isEmpty())
        return result;
    static constexpr char letters[] = "cruds";
    static constexpr ccri::Scope::Permission flags[]
        = {ccri::Scope::Create, ccri::Scope::Read, ccri::Scope::Update, ccri::Scope::Delete, ccri::Scope::Search};
    for (const ccri::Scope& permitted : limits.first().scopes()) {
        if (!permitted.isResource() || !permitted.isQualified() || !permitted.hasPermissions())
            continue;
        if (!permitted.isWildcardType() && permitted.resourceType() != scope.resourceType())
            continue;
        const ccri::Scope::Permissions shared = scope.permissions() & permitted.permissions();
        QString suffix;
        for (int i = 0; i < 5; ++i) {
            if (shared.testFlag(flags[i]))
                suffix += QLatin1Char(letters[i]);
        }
        if (suffix.isEmpty())
            continue;
        const ccri::Scope candidate
            = ccri::Scope::parse(ccri::Scope::contextName(scope.context()) + QLatin1Char('/') + scope.resourceType()
                                 + QLatin1Char('.') + suffix + QLatin1Char('?') + permitted.query());
        const bool everywhere = std::all_of(limits.cbegin(), limits.cend(), [&candidate](const ccri::ScopeSet& limit) {
            return permits(limit, candidate);
        });
        if (everywhere && !result.contains(candidate.text()))
            result << candidate.text();
    }
    return result;
}

} // namespace ccri::sandbox
