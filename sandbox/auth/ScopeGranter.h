#pragma once

#include "app/core/ScopeSet.h"

#include <QStringList>

namespace ccri::sandbox {

// What may be granted, by meaning (ccri::ScopeSet), not by string: `user/*.read` permits
// `user/Patient.read`; a `user/` permission also permits the same `patient/` scope (a narrower
// context); `openid`, `launch/patient`, `offline_access`... must be permitted by name.
class ScopeGranter
{
public:
    static bool permits(const ccri::ScopeSet& permitted, const ccri::Scope& scope);
    // The requested scopes (in request order, as written) that every one of `limits` permits; a
    // resource scope the limits permit only in part is replaced by its narrowings().
    static QStringList grant(const ccri::ScopeSet& requested, const QList<ccri::ScopeSet>& limits);
    // SMART App Launch 2.2 §"Scopes for requesting clinical data" lets a server grant less than was
    // asked, and §"Finer-grained resource constraints using search parameters" lets it grant a
    // resource scope for part of the type: for `user/Observation.read` asked by someone permitted
    // only `user/Observation.rs?category=...|vital-signs`, the v2 scopes of the request's context,
    // type and (shared) access letters with each qualifier the limits permit. Empty when none.
    static QStringList narrowings(const ccri::Scope& scope, const QList<ccri::ScopeSet>& limits);
};

} // namespace ccri::sandbox
