#pragma once

#include "sandbox/server/SandboxUrls.h"

#include <nlohmann/json.hpp>

namespace ccri::sandbox {

// .well-known/smart-configuration (SMART App Launch v2), which the CCRI never had: issuer,
// endpoints, grant types, S256 PKCE only, the scopes the sandbox knows and its capabilities.
class SmartConfigurationBuilder
{
public:
    SmartConfigurationBuilder(const SandboxUrls& urls, const QStringList& resourceTypes);

    nlohmann::json build() const;

private:
    SandboxUrls m_urls;
    QStringList m_resourceTypes;
};

} // namespace ccri::sandbox
