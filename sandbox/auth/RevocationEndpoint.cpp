#include "sandbox/auth/RevocationEndpoint.h"

#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/ClientFormRequest.h"
#include "sandbox/auth/JwtAccessTokenValidator.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/server/SandboxClock.h"

#include <QHttpServerRequest>

namespace ccri::sandbox {

RevocationEndpoint::RevocationEndpoint(AuthServerState& state, const JwtAccessTokenValidator& validator)
    : m_state(state)
    , m_validator(validator)
{
}

QHttpServerResponse RevocationEndpoint::handle(const QHttpServerRequest& request, RequestCaller* caller)
{
    const ClientFormRequest checked(request, m_state.clients, caller, {QStringLiteral("token")});
    if (!checked.isAccepted())
        return checked.refusal();
    const SandboxClient* client = &checked.client();
    const QString token = checked.form().value(QStringLiteral("token"));

    m_state.revocations.prune(m_state.clock.now());
    QJsonObject claims;
    if (const auto context = m_validator.validateToken(token.toLatin1(), nullptr, &claims)) {
        caller->user = context->subject;
        if (context->clientId == client->clientId)
            m_state.revocations.revoke(claims.value(QStringLiteral("jti")).toString(), context->expires);
    } else if (const auto record = m_state.refreshTokens.find(token)) {
        caller->user = record->grant.subject;
        if (record->grant.clientId == client->clientId) {
            m_state.refreshTokens.take(token);
            m_state.revocations.revoke(record->accessTokenId,
                                       m_state.clock.now().addSecs(m_state.tokenLifetimeSeconds));
        }
    }
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Ok);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace ccri::sandbox
