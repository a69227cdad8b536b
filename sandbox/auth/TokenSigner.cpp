#include "sandbox/auth/TokenSigner.h"

#include "sandbox/auth/JwtSigner.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QThread>

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
{
    m_pool.setObjectName(QStringLiteral("ccri-sandbox-signatures"));
    // One core is left to the serving thread: a class signing in at once never takes them all.
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
}

TokenSigner::~TokenSigner()
{
    // Only when the sandbox stops: signatures not started are dropped, the running ones (a few
    // milliseconds) end before the answers' context goes.
    m_pool.clear();
    m_pool.waitForDone();
}

void TokenSigner::sign(const TokenIssuer::Unsigned& tokens, const Signed& then)
{
    const JwtSigner& signer = m_signer;
    QtConcurrent::run(&m_pool, [&signer, access = tokens.accessClaims, id = tokens.idClaims] {
        return SignedTokens {signer.sign(access), id.isEmpty() ? QByteArray() : signer.sign(id)};
    }).then(&m_context, [tokens, then](const SignedTokens& signatures) {
        then(tokens.withTokens(signatures.access, signatures.id));
    });
}

} // namespace ccri::sandbox
