#pragma once

#include "sandbox/auth/TokenIssuer.h"
#include "sandbox/auth/WorkerPool.h"

#include <functional>
#include <QJsonObject>

namespace ccri::sandbox {

class JwtSigner;

// Signs the JWTs of a token response (the access token and the id_token: RS256, RFC 7518 §3.3, two
// RSA-2048 signatures per sign-in) on a WorkerPool of its own, so that the serving thread goes on
// answering FHIR and other requests meanwhile (as LoginPage does for the password checks): no
// blocking wait, no nested event loop. Only the signatures run there, over copies of the claims;
// the JwtSigner's key is only read (OpenSSL 3: an EVP_PKEY may sign from several threads at once,
// each with its own EVP_MD_CTX, which ccri::crypto::SigningKey::sign makes per call).
class TokenSigner
{
public:
    using Signed = std::function<void(const QJsonObject& response)>;

    explicit TokenSigner(const JwtSigner& signer);
    TokenSigner(const TokenSigner&) = delete;
    TokenSigner& operator=(const TokenSigner&) = delete;

    // `then` runs once on this thread with the whole token response, once its JWTs are signed; never
    // when this TokenSigner goes first (the sandbox stopping).
    void sign(const TokenIssuer::Unsigned& tokens, const Signed& then);

private:
    const JwtSigner& m_signer;
    WorkerPool m_pool;
};

} // namespace ccri::sandbox
