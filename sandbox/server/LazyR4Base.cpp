#include "sandbox/server/LazyR4Base.h"

#include "sandbox/data/r4/UkCoreR4Resource.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/fhir/FhirApi.h"

namespace ccri::sandbox {

LazyR4Base::LazyR4Base(const ResourceStore& stu3Store, const ccri::ScopePolicy& policy,
                       const AccessTokenValidator& validator, const SandboxUrls& urls)
    : m_stu3Store(stu3Store)
    , m_policy(policy)
    , m_validator(validator)
    , m_urls(urls)
{
}

LazyR4Base::~LazyR4Base() = default;

const FhirApi& LazyR4Base::api()
{
    std::call_once(m_once, [this] { make(); });
    return *m_api;
}

const ResourceStore& LazyR4Base::store()
{
    std::call_once(m_once, [this] { make(); });
    return *m_store;
}

bool LazyR4Base::isMade() const
{
    return m_made.load(std::memory_order_acquire);
}

void LazyR4Base::make()
{
    m_store = std::make_unique<ResourceStore>();
    UkCoreR4Resource::convertStore(m_stu3Store, m_store.get());
    m_api = std::make_unique<FhirApi>(*m_store, m_policy, m_validator, m_urls, FhirRelease::R4);
    m_made.store(true, std::memory_order_release);
}

} // namespace ccri::sandbox
