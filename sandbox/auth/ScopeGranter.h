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
    // The requested scopes (in request order, as written) that every one of `limits` permits.
    static QStringList grant(const ccri::ScopeSet& requested, const QList<ccri::ScopeSet>& limits);
};

} // namespace ccri::sandbox
