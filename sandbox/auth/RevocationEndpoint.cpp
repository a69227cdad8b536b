#include "RevocationEndpoint.h"

#include "AuthServerState.h"
#include "ClientAuthenticator.h"
#include "FormBody.h"
#include "FormRequest.h"
#include "JwtAccessTokenValidator.h"
#include "OAuthResponse.h"
#include "RequestCaller.h"
#include "server/SandboxClock.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

RevocationEndpoint::RevocationEndpoint(AuthServerState& state, const JwtAccessTokenValidator& validator)
    : m_state(state)
    , m_validator(validator)
{
}

QHttpServerResponse RevocationEndpoint::handle(const QHttpServerRequest& request, RequestCaller* caller)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return OAuthResponse::methodNotAllowed("POST");
    const QString problem = FormRequest::problem(request);
    if (!problem.isEmpty())
        return OAuthResponse::error(QStringLiteral("invalid_request"), problem);
    const FormBody form = FormBody::parse(request.body());
    QString error;
    const SandboxClient* client = ClientAuthenticator(m_state.clients).authenticate(request, form, &error);
    if (!client)
        return OAuthResponse::invalidClient(error);
    caller->clientId = client->clientId;
    const QString token = form.value(QStringLiteral("token"));
    if (token.isEmpty())
        return OAuthResponse::error(QStringLiteral("invalid_request"),
                                    QCoreApplication::translate("RevocationEndpoint", "token is missing."));

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
