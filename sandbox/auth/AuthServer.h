#pragma once

#include "app/crypto/SigningKey.h"
#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/auth/UserDirectory.h"

#include <functional>
#include <memory>
#include <QHttpServerResponse>

class QHttpServerRequest;

namespace ccri::sandbox {

class AccessTokenValidator;
class FaultSwitchboard;
class JwtSigner;
class PatientDirectory;
class SandboxClock;
class SandboxUrls;
struct RequestCaller;

// The sandbox's OAuth2 authorization server under SandboxUrls::authPathPrefix():
//   GET  authorize         -> login -> consent -> redirect_uri?code=...&state=...
//   GET/POST login, consent (HTML forms, CSRF-protected, session cookie)
//   POST token, revoke, introspect, register (RFC 7591, when open)
//   GET  jwks, .well-known/openid-configuration (and /.well-known/oauth-authorization-server/auth)
// The token endpoint may answer later (a client assertion whose JWK Set must be fetched).
// and the validator the FHIR API uses for its access tokens. Lives on the server's thread.
// The login page may answer later: its password check runs on a thread pool (LoginPage).
class AuthServer
{
public:
    struct Config
    {
        int tokenLifetimeSeconds = 3599;
        bool secureCookies = false; // TLS on
        // Signs access tokens and id_tokens (RS256); none: a fresh key for this run only.
        std::optional<ccri::crypto::SigningKey> signingKey;
        QStringList resourceTypes; // for scopes_supported in the discovery documents
        // POST register (RFC 7591): open or not; the most a registered client may hold.
        bool registrationOpen = false;
        QString registrationScope;
        // GET/POST trainer (sandbox/faults/TrainerPage): open with this password; empty: no trainer page.
        QString trainerPassword;
    };
    using Done = std::function<void(QHttpServerResponse&&, const RequestCaller&)>;

    AuthServer(const SandboxUrls& urls, const SandboxClock& clock, UserDirectory users, ClientRegistry clients,
               const PatientDirectory& patients, const Config& config);
    ~AuthServer();
    AuthServer(const AuthServer&) = delete;
    AuthServer& operator=(const AuthServer&) = delete;

    const AccessTokenValidator& validator() const;
    const UserDirectory& users() const;
    const ClientRegistry& clients() const;
    const JwtSigner& signer() const;
    FaultSwitchboard& faults(); // the trainer's faults, on this server's thread

    static constexpr qsizetype maxFormBytes = 64 * 1024;

    // Answers a request whose path is under the auth prefix: `done` runs exactly once on this thread,
    // with the answer and the caller for the request log, before handle returns or later.
    void handle(const QHttpServerRequest& request, const Done& done);

private:
    QHttpServerResponse answer(const QHttpServerRequest& request, RequestCaller* caller);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ccri::sandbox
