#pragma once

#include <functional>
#include <QHttpServerResponse>
#include <QStringList>

class QHttpServerRequest;

namespace ccri::sandbox {

class ClientAssertionVerifier;
class ClientRegistry;
class FormBody;
struct RequestCaller;
struct SandboxClient;

// The way into every endpoint where a client authenticates (token, revoke, introspect): RFC 6749
// §2.3 (token), RFC 7009 §2.1 and RFC 7662 §2.1 (the same client authentication as at the token
// endpoint). The request checks and HTTP Basic or client_id at once (ClientFormRequest), or a signed
// JWT (client_assertion, RFC 7523 §2.2) checked by ClientAssertionVerifier, whose answer may come
// later (a client's jwks_uri to fetch). `then` runs with the authenticated client and the `required`
// parameters present; every refusal is answered here. `done` runs exactly once, on this thread.
class ClientFormGate
{
public:
    using Done = std::function<void(QHttpServerResponse&&, const RequestCaller&)>;
    using Then = std::function<QHttpServerResponse(const FormBody&, const SandboxClient&, RequestCaller*)>;
    // The asynchronous form: answers through its own Done (exactly once, on this thread, now or later,
    // e.g. once the token endpoint's signatures are made), with the caller it was given or a changed one.
    using ThenLater = std::function<void(const FormBody&, const SandboxClient&, const RequestCaller&, const Done&)>;

    ClientFormGate(const ClientRegistry& clients, ClientAssertionVerifier& assertions);
    void handle(const QHttpServerRequest& request, const QStringList& required, const Then& then,
                const Done& done) const;
    void handleLater(const QHttpServerRequest& request, const QStringList& required, const ThenLater& then,
                     const Done& done) const;

private:
    const ClientRegistry& m_clients;
    ClientAssertionVerifier& m_assertions;
};

} // namespace ccri::sandbox
