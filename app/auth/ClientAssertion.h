#pragma once

#include "app/crypto/SigningKey.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ccri::auth {

class Clock;

// A client assertion: the JWT a confidential asymmetric client signs with its own private key to
// authenticate at the token endpoint, instead of a secret.
// - RFC 7523 §3 (the claims): iss = sub = the client id; aud = the token endpoint URL (SMART App
//   Launch 2.2 "Client Authentication: Asymmetric": "The FHIR authorization server's token URL");
//   exp no more than five minutes ahead (SMART); a fresh jti, never sent twice; iat.
// - SMART: header alg (RS384 or ES384 at least), kid (the key's RFC 7638 thumbprint here), typ "JWT".
// - RFC 7523 §2.2: sent as client_assertion with client_assertion_type = kAssertionType.
// make() is pure but for the random jti; the time comes from the caller's Clock seam.
class ClientAssertion
{
    Q_DECLARE_TR_FUNCTIONS(ClientAssertion)

public:
    static constexpr const char* kAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    // now + 4 minutes: a server whose clock runs up to a minute behind still sees exp ≤ 5 minutes ahead.
    static constexpr int kLifetimeSeconds = 240;

    static std::optional<QByteArray> make(const crypto::SigningKey& key, const QString& clientId,
                                          const QUrl& tokenEndpoint, const QDateTime& now, QString* error = nullptr);

    // The sentence for a token endpoint's refusal of an assertion, naming the rule that was broken.
    // `description` is the server's error_description (any server: the rule is found by the claim or
    // header it names — 'aud', 'iss'/'sub', 'exp', 'jti', 'kid', 'alg', signature, JWKS); the server's
    // own words are always quoted after ours.
    static QString explainRefusal(const QString& description, const QString& clientId, const QUrl& tokenEndpoint);
};

} // namespace ccri::auth
