#pragma once

#include <QString>

class QHttpServerRequest;

namespace ccri::sandbox {

class ClientRegistry;
class FormBody;
struct SandboxClient;

// Who is calling the token, revoke and introspect endpoints: a confidential client by HTTP Basic
// (client_secret_basic, RFC 6749 §2.3.1), a public client by its `client_id` alone.
class ClientAuthenticator
{
public:
    explicit ClientAuthenticator(const ClientRegistry& clients);

    // The client, or nullptr and the invalid_client description in *error.
    const SandboxClient* authenticate(const QHttpServerRequest& request, const FormBody& form, QString* error) const;

private:
    const ClientRegistry& m_clients;
};

} // namespace ccri::sandbox
