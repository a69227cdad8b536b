#include "sandbox/auth/TokenSigner.h"

#include "sandbox/auth/JwtSigner.h"

namespace ccri::sandbox {

namespace {
struct SignedTokens
{
    QByteArray access;
    QByteArray id;
};
} // namespace

TokenSigner::TokenSigner(const JwtSigner& signer)
    : m_signer(signer)
    , m_pool(QStringLiteral("ccri-sandbox-signatures"))
{
}

void TokenSigner::sign(const TokenIssuer::Unsigned& tokens, const Signed& then)
{
    const JwtSigner& signer = m_signer;
    m_pool.run(
        [&signer, access = tokens.accessClaims, id = tokens.idClaims] {
            return SignedTokens {signer.sign(access), id.isEmpty() ? QByteArray() : signer.sign(id)};
        },
        [tokens, then](const SignedTokens& signatures) { then(tokens.withTokens(signatures.access, signatures.id)); });
}

} // namespace ccri::sandbox
