#pragma once

#include "sandbox/server/SandboxUrls.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace ccri {
class ScopePolicy;
}

namespace ccri::sandbox {

class AccessTokenValidator;
class FhirApi;
class ResourceStore;

// The UK Core R4 base (issue 16), made on its first use rather than at every start: rendering the
// whole STU3 store as R4 takes about half a second for the default data (1.5 s with a 10,000-
// observation patient) and doubles the store's memory, and most sessions (the explorer's
// in-process sandbox on its STU3 profile) never ask for R4. The first request to /fhir/R4, on
// whichever serving thread it lands, makes it once (std::call_once); R4 requests on other threads
// meanwhile wait for it, STU3 and auth requests do not. Everything it reads is immutable by then.
class LazyR4Base
{
public:
    // Not owned; all must outlive this.
    LazyR4Base(const ResourceStore& stu3Store, const ccri::ScopePolicy& policy, const AccessTokenValidator& validator,
               const SandboxUrls& urls);
    ~LazyR4Base();
    LazyR4Base(const LazyR4Base&) = delete;
    LazyR4Base& operator=(const LazyR4Base&) = delete;

    const FhirApi& api(); // makes the R4 store on the first call
    const ResourceStore& store(); // the same resources as FHIR R4 with UK Core profiles
    bool isMade() const; // for tests: whether a request has needed it yet

private:
    void make();

    const ResourceStore& m_stu3Store;
    const ccri::ScopePolicy& m_policy;
    const AccessTokenValidator& m_validator;
    const SandboxUrls m_urls;
    std::once_flag m_once;
    std::atomic<bool> m_made {false};
    std::unique_ptr<ResourceStore> m_store;
    std::unique_ptr<FhirApi> m_api;
};

} // namespace ccri::sandbox
