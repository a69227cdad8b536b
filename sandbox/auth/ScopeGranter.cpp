#include "sandbox/auth/ScopeGranter.h"

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
        if (ok)
            granted << scope.text();
    }
    return granted;
}

} // namespace ccri::sandbox
