#include "sandbox/auth/IntrospectionEndpoint.h"

#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/ClientFormRequest.h"
#include "sandbox/auth/JwtAccessTokenValidator.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RequestCaller.h"

#include <QHttpServerRequest>

namespace ccri::sandbox {

IntrospectionEndpoint::IntrospectionEndpoint(AuthServerState& state, const JwtAccessTokenValidator& validator)
    : m_state(state)
    , m_validator(validator)
{
}

QHttpServerResponse IntrospectionEndpoint::handle(const QHttpServerRequest& request, RequestCaller* caller)
{
    const ClientFormRequest checked(request, m_state.clients, caller, {QStringLiteral("token")});
    if (!checked.isAccepted())
        return checked.refusal();
    const QString token = checked.form().value(QStringLiteral("token"));

    QJsonObject answer {{QStringLiteral("active"), false}};
    auto addContext = [&answer](const QString& patient, const QString& fhirUser) {
        if (!patient.isEmpty())
            answer.insert(QStringLiteral("patient"), patient);
        if (!fhirUser.isEmpty())
            answer.insert(QStringLiteral("fhirUser"), fhirUser);
    };
    QJsonObject claims;
    if (const auto context = m_validator.validateToken(token.toLatin1(), nullptr, &claims)) {
        answer = QJsonObject {{QStringLiteral("active"), true},
                              {QStringLiteral("scope"), context->scopes.toString()},
                              {QStringLiteral("client_id"), context->clientId},
                              {QStringLiteral("sub"), context->subject},
                              {QStringLiteral("exp"), claims.value(QStringLiteral("exp"))},
                              {QStringLiteral("iat"), claims.value(QStringLiteral("iat"))},
                              {QStringLiteral("iss"), claims.value(QStringLiteral("iss"))},
                              {QStringLiteral("aud"), claims.value(QStringLiteral("aud"))},
                              {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
        addContext(context->patientId, context->fhirUser);
        caller->user = context->subject;
    } else if (const auto record = m_state.refreshTokens.find(token)) {
        answer = QJsonObject {{QStringLiteral("active"), true},
                              {QStringLiteral("scope"), record->grant.scope},
                              {QStringLiteral("client_id"), record->grant.clientId},
                              {QStringLiteral("sub"), record->grant.subject},
                              {QStringLiteral("exp"), record->expires.toSecsSinceEpoch()},
                              {QStringLiteral("token_type"), QStringLiteral("refresh_token")}};
        addContext(record->grant.patient, record->grant.fhirUser);
        caller->user = record->grant.subject;
    }
    return OAuthResponse::json(answer);
}

} // namespace ccri::sandbox
