#pragma once

#include "app/crypto/CompactJws.h"

#include <functional>
#include <QString>

namespace ccri::sandbox {

class ClientKeySetSource;
class ClientRegistry;
class FormBody;
class JtiReplayCache;
class SandboxClock;

// Client authentication with a signed JWT (private_key_jwt): RFC 7523 §2.2 (the form parameters)
// and §3 (the rules), RFC 7521 §4.2, SMART App Launch 2.2 "Client Authentication: Asymmetric".
// Reads client_assertion_type and client_assertion (and client_id, optional, that must be the
// JWT's iss), finds the client and its keys (ClientKeySetSource: possibly a fetch of its jwks_uri,
// so the answer may come later) and checks every rule. A failure is the exact invalid_client
// error_description the explorer shows (and matches on): see the sentences in the .cpp.
class ClientAssertionVerifier
{
public:
    static QString assertionType() { return QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"); }
    static constexpr qint64 maxLifetimeSeconds = 300; // SMART 2.2: exp no more than five minutes ahead
    static constexpr qint64 skewSeconds = 5; // RFC 7519 §4.1.4: "some small leeway" for clock skew

    struct Result
    {
        QString clientId; // the iss, when the assertion named one (for the request log)
        QString error; // the error_description; empty when the client is authenticated
        bool ok() const { return error.isEmpty(); }
    };
    using Callback = std::function<void(const Result&)>;

    // `tokenEndpoint` is the exact string the sandbox advertises as token_endpoint (the aud to expect).
    ClientAssertionVerifier(const ClientRegistry& clients, const SandboxClock& clock, ClientKeySetSource& keySets,
                            JtiReplayCache& jtis, const QString& tokenEndpoint);

    // `done` runs exactly once, on this thread: at once, or after the client's JWK Set is fetched.
    void verify(const FormBody& form, const Callback& done);

private:
    Result check(const QString& clientId, const ccri::crypto::CompactJws::Parsed& jws,
                 const ccri::crypto::JwkSet& keys);

    const ClientRegistry& m_clients;
    const SandboxClock& m_clock;
    ClientKeySetSource& m_keySets;
    JtiReplayCache& m_jtis;
    QString m_tokenEndpoint;
};

} // namespace ccri::sandbox
