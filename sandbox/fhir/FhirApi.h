#pragma once

#include "app/core/ScopePolicy.h"
#include "sandbox/server/SandboxUrls.h"

#include <functional>
#include <memory>
#include <QByteArray>
#include <QString>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace ccri::sandbox {

class AccessTokenValidator;
class FhirRequest;
class ResourceStore;

// The sandbox's FHIR API (read-only) of one release, under its base (SandboxUrls::fhirPathPrefix(release)):
// STU3 over the Care Connect store, R4 over the store UkCoreR4Resource rendered from it.
//   GET metadata                          CapabilityStatement (open)
//   GET .well-known/smart-configuration   SMART configuration (open)
//   GET <Type>/<id>, GET <Type>?params    read and search, each checked with the validator and
//                                         ScopePolicy::decide() (401 / 403 / patient compartment);
//                                         a token whose aud is the other base: 401 invalid_token
//   anything else: 405 (other methods), 404, 400, 406 (XML), as OperationOutcome.
// The store, policy and validator are not owned and must outlive the FhirApi. `urls` must carry
// the origin clients use (links in bundles and the CapabilityStatement are absolute).
class FhirApi
{
public:
    FhirApi(const ResourceStore& store, const ccri::ScopePolicy& policy, const AccessTokenValidator& validator,
            const SandboxUrls& urls, FhirRelease release = FhirRelease::Stu3);
    ~FhirApi();
    FhirApi(const FhirApi&) = delete;
    FhirApi& operator=(const FhirApi&) = delete;

    // For the request log: who called (from the verified token, never the token itself).
    struct Caller
    {
        QString clientId;
        QString subject;
    };
    // Called once per FHIR request handled through the routes, after the response is built.
    using Observer = std::function<void(const QHttpServerRequest&, const Caller&, int statusCode)>;
    void setObserver(Observer observer);

    // Adds the routes for <fhirPathPrefix>/... to `server`. The FhirApi must outlive the server's use of them.
    void registerRoutes(QHttpServer& server);

    // Answers one request whose path is under the FHIR prefix (what the routes call). Public so a
    // server with its own routing (or a request log) can call it directly.
    QHttpServerResponse handle(const QHttpServerRequest& request, Caller* caller = nullptr) const;
    QHttpServerResponse handle(const FhirRequest& request, Caller* caller = nullptr) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ccri::sandbox
