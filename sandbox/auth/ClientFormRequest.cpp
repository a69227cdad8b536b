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
    if (m_form.has(QStringLiteral("client_assertion")) || m_form.has(QStringLiteral("client_assertion_type"))) {
        // RFC 6749 §2.3: one authentication method per request.
        if (!request.value("authorization").trimmed().isEmpty()) {
            m_problem = Problem::Client;
            m_description = QCoreApplication::translate(
                "ClientFormRequest",
                "Use one client authentication method: a client assertion or HTTP Basic, not both.");
            return;
        }
        m_problem = Problem::Assertion;
        return;
    }
    m_client = ClientAuthenticator(clients).authenticate(request, m_form, &m_description);
    if (!m_client) {
        m_problem = Problem::Client;
        return;
    }
    caller->clientId = m_client->clientId;
    m_description = missing(m_form, required);
    if (!m_description.isEmpty())
        m_problem = Problem::Request;
}

QString ClientFormRequest::missing(const FormBody& form, const QStringList& required)
{
    for (const QString& name : required) {
        if (form.value(name).isEmpty())
            return QCoreApplication::translate("ClientFormRequest", "%1 is missing.").arg(name);
    }
    return QString();
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
    case Problem::Assertion:
        break;
    }
    return OAuthResponse::error(QStringLiteral("server_error"), QStringLiteral("No refusal."));
}

} // namespace ccri::sandbox
