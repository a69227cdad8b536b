#pragma once

#include "sandbox/fhir/SearchParameters.h"
#include "sandbox/server/SandboxUrls.h"

#include <nlohmann/json.hpp>

namespace ccri::sandbox {

// The sandbox's CapabilityStatement for the release of `urls` (fhirVersion 3.0.1 with Care Connect
// profiles, or 4.0.1 with UK Core ones): the SMART oauth-uris extension
// (authorize, token, revoke, introspect) in rest[0].security, as the CCRI published it, and every
// served type with its read / search-type interactions and search parameters.
class CapabilityStatementBuilder
{
public:
    CapabilityStatementBuilder(const SearchParameters& parameters, const SandboxUrls& urls);

    nlohmann::json build() const;

private:
    nlohmann::json common() const;

    const SearchParameters& m_parameters;
    SandboxUrls m_urls;
};

} // namespace ccri::sandbox
