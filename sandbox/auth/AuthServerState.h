#pragma once

#include "sandbox/auth/AuthorizationCodeStore.h"
#include "sandbox/auth/BrowserSessions.h"
#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/auth/JwtSigner.h"
#include "sandbox/auth/LoginThrottle.h"
#include "sandbox/auth/PendingAuthorizations.h"
#include "sandbox/auth/RefreshTokenStore.h"
#include "sandbox/auth/RevocationList.h"
#include "sandbox/auth/TokenFamilies.h"
#include "sandbox/auth/UserDirectory.h"
#include "sandbox/faults/FaultSwitchboard.h"
#include "sandbox/server/SandboxUrls.h"

class QHttpServerRequest;

namespace ccri::sandbox {

class PatientDirectory;
class SandboxClock;

// Everything the auth endpoints share: the accounts, clients and signing key, and the stores of
// sessions, pending requests, codes, refresh tokens and revocations. Owned by AuthServer; every
// endpoint works on it from the server's thread.
struct AuthServerState
{
    AuthServerState(const SandboxUrls& urls_, const SandboxClock& clock_, UserDirectory users_, ClientRegistry clients_,
                    const PatientDirectory& patients_, int tokenLifetimeSeconds_, bool secureCookies_,
                    JwtSigner signer_)
        : urls(urls_)
        , clock(clock_)
        , users(std::move(users_))
        , clients(std::move(clients_))
        , patients(patients_)
        , tokenLifetimeSeconds(tokenLifetimeSeconds_)
        , secureCookies(secureCookies_)
        , signer(std::move(signer_))
        , codes(clock_)
        , refreshTokens(clock_)
        , families(clock_)
        , logins(clock_)
        , sessions(clock_)
        , pending(clock_)
    {
    }

    // The pending request named by the `request` parameter (query of a GET, form of a POST) when it
    // belongs to the caller's browser session; that session in *session (nullptr if none).
    PendingAuthorization* pendingFor(const QHttpServerRequest& request, BrowserSession** session);
    // Every access token and the refresh token of the family stop working.
    void revokeFamily(const QString& family);
    // Every token family and browser session of `username` (of everyone when it is empty) ends:
    // its access and refresh tokens stop working. How many token families were revoked.
    int endSessions(const QString& username);

    SandboxUrls urls;
    const SandboxClock& clock;
    UserDirectory users;
    ClientRegistry clients;
    const PatientDirectory& patients;
    int tokenLifetimeSeconds;
    bool secureCookies;
    JwtSigner signer;
    RevocationList revocations;
    AuthorizationCodeStore codes;
    RefreshTokenStore refreshTokens;
    TokenFamilies families;
    LoginThrottle logins;
    BrowserSessions sessions;
    PendingAuthorizations pending;
    FaultSwitchboard faults; // the trainer's faults on demand (sandbox/faults)
};

} // namespace ccri::sandbox
