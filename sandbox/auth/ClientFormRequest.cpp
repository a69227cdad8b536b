#include "sandbox/auth/ClientFormRequest.h"

#include "sandbox/auth/ClientAuthenticator.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/auth/SandboxClient.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

ClientFormRequest::ClientFormRequest(const QHttpServerRequest& request, const ClientRegistry& clients,
                                     RequestCaller* caller, const QStringList& required)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        m_problem = Problem::Method;
        return;
    }
    if (!request.value("content-type").trimmed().toLower().startsWith("application/x-www-form-urlencoded")) {
        m_problem = Problem::Request;
        m_description = QCoreApplication::translate(
            "ClientFormRequest", "The body must be form-encoded (application/x-www-form-urlencoded).");
        return;
    }
    if (request.url().hasQuery()) {
        m_problem = Problem::Request;
        m_description = QCoreApplication::translate(
            "ClientFormRequest", "Parameters belong in the body, not in the URL, where they would be logged.");
        return;
    }
    m_form = FormBody::parse(request.body());
    m_client = ClientAuthenticator(clients).authenticate(request, m_form, &m_description);
    if (!m_client) {
        m_problem = Problem::Client;
        return;
    }
    caller->clientId = m_client->clientId;
    for (const QString& name : required) {
        if (m_form.value(name).isEmpty()) {
            m_problem = Problem::Request;
            m_description = QCoreApplication::translate("ClientFormRequest", "%1 is missing.").arg(name);
            return;
        }
    }
}

QHttpServerResponse ClientFormRequest::refusal() const
{
    switch (m_problem) {
    case Problem::Method:
        return OAuthResponse::methodNotAllowed("POST");
    case Problem::Request:
        return OAuthResponse::error(QStringLiteral("invalid_request"), m_description);
    case Problem::Client:
        return OAuthResponse::invalidClient(m_description);
    case Problem::None:
        break;
    }
    return OAuthResponse::error(QStringLiteral("server_error"), QStringLiteral("No refusal."));
}

} // namespace ccri::sandbox
