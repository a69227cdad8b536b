#include "sandbox/auth/ClientFormGate.h"

#include "sandbox/auth/ClientAssertionVerifier.h"
#include "sandbox/auth/ClientFormRequest.h"
#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/auth/FormBody.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RequestCaller.h"

#include <QCoreApplication>

namespace ccri::sandbox {

ClientFormGate::ClientFormGate(const ClientRegistry& clients, ClientAssertionVerifier& assertions)
    : m_clients(clients)
    , m_assertions(assertions)
{
}

void ClientFormGate::handle(const QHttpServerRequest& request, const QStringList& required, const Then& then,
                            const Done& done) const
{
    handleLater(
        request, required,
        [then](const FormBody& form, const SandboxClient& client, const RequestCaller& checked, const Done& answer) {
            RequestCaller caller = checked;
            QHttpServerResponse response = then(form, client, &caller);
            answer(std::move(response), caller);
        },
        done);
}

void ClientFormGate::handleLater(const QHttpServerRequest& request, const QStringList& required, const ThenLater& then,
                                 const Done& done) const
{
    RequestCaller caller;
    const ClientFormRequest checked(request, m_clients, &caller, required);
    if (!checked.carriesAssertion()) {
        if (!checked.isAccepted()) {
            done(checked.refusal(), caller);
            return;
        }
        then(checked.form(), checked.client(), caller, done);
        return;
    }
    const FormBody form = checked.form();
    const QString repeated = form.repeatedName(
        {QStringLiteral("client_assertion"), QStringLiteral("client_assertion_type"), QStringLiteral("client_id")});
    if (!repeated.isEmpty()) {
        done(OAuthResponse::error(
                 QStringLiteral("invalid_request"),
                 QCoreApplication::translate("ClientFormGate", "%1 is given more than once.").arg(repeated)),
             caller);
        return;
    }
    const ClientRegistry& clients = m_clients;
    m_assertions.verify(form, [&clients, form, required, then, done](const ClientAssertionVerifier::Result& result) {
        RequestCaller asserted;
        asserted.clientId = result.clientId;
        // Looked up again: the registry may have grown while the client's key set was fetched.
        const SandboxClient* client = result.ok() ? clients.find(result.clientId) : nullptr;
        if (!client) {
            // RFC 6749 §5.2: invalid_client, 400 since the client did not use the Authorization header.
            done(OAuthResponse::error(QStringLiteral("invalid_client"), result.error), asserted);
            return;
        }
        const QString missing = ClientFormRequest::missing(form, required);
        if (!missing.isEmpty()) {
            done(OAuthResponse::error(QStringLiteral("invalid_request"), missing), asserted);
            return;
        }
        then(form, *client, asserted, done);
    });
}

} // namespace ccri::sandbox
