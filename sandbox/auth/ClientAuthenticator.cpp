#include "sandbox/auth/ClientAuthenticator.h"

#include "app/core/SecretCompare.h"
#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/auth/FormBody.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

ClientAuthenticator::ClientAuthenticator(const ClientRegistry& clients)
    : m_clients(clients)
{
}

const SandboxClient* ClientAuthenticator::authenticate(const QHttpServerRequest& request, const FormBody& form,
                                                       QString* error) const
{
    auto fail = [error](const char* message) -> const SandboxClient* {
        *error = QCoreApplication::translate("ClientAuthenticator", message);
        return nullptr;
    };
    if (form.has(QStringLiteral("client_secret")))
        return fail("Send the client secret with HTTP Basic authentication, not in the form.");
    const QByteArray authorization = request.value("authorization").trimmed();
    if (!authorization.isEmpty()) {
        if (authorization.left(6).toLower() != "basic ")
            return fail("Client authentication must use HTTP Basic.");
        const auto decoded
            = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? (*decoded).indexOf(':') : -1;
        if (colon < 0)
            return fail("The HTTP Basic credentials are malformed.");
        const QString clientId = FormBody::decodeComponent((*decoded).left(colon));
        const QString secret = FormBody::decodeComponent((*decoded).mid(colon + 1));
        const SandboxClient* client = m_clients.find(clientId);
        // A public or private_key_jwt client has no secret: Basic never authenticates it.
        if (!client || client->secret.isEmpty() || !SecretCompare::equal(client->secret.toUtf8(), secret.toUtf8()))
            return fail("The client id or secret is not right.");
        if (form.has(QStringLiteral("client_id")) && form.value(QStringLiteral("client_id")) != clientId)
            return fail("The client_id in the form does not match the authenticated client.");
        return client;
    }
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return fail("The request does not say which client is calling (client_id or HTTP Basic).");
    const SandboxClient* client = m_clients.find(clientId);
    if (!client)
        return fail("This client is not registered with the sandbox.");
    if (client->privateKeyJwt) {
        *error = QCoreApplication::translate("ClientAuthenticator",
                                             "Client %1 authenticates with a signed JWT (private_key_jwt): send "
                                             "client_assertion_type and client_assertion.")
                     .arg(clientId);
        return nullptr;
    }
    if (!client->isPublic())
        return fail("This client is confidential: authenticate with HTTP Basic.");
    return client;
}

} // namespace ccri::sandbox
