#pragma once

#include "sandbox/auth/FormBody.h"

#include <QHttpServerResponse>
#include <QString>

class QHttpServerRequest;

namespace ccri::sandbox {

class ClientRegistry;
struct RequestCaller;
struct SandboxClient;

// What the POST endpoints (token, revoke, introspect) check first: POST only, a form-encoded body,
// no parameters in the URL (where they would be logged), and an authenticated client (HTTP Basic
// for confidential clients, client_id for public ones), and the `required` parameters present. The
// client goes into *caller for the request log. When not accepted, refusal() is the answer.
class ClientFormRequest
{
public:
    // A form with client_assertion / client_assertion_type stops after the request checks,
    // carriesAssertion() true: its client is for ClientAssertionVerifier (see ClientFormGate).
    ClientFormRequest(const QHttpServerRequest& request, const ClientRegistry& clients, RequestCaller* caller,
                      const QStringList& required = {});

    bool isAccepted() const { return m_problem == Problem::None; }
    bool carriesAssertion() const { return m_problem == Problem::Assertion; }
    // The first of `required` that is missing or empty in `form`, as the invalid_request sentence; or empty.
    static QString missing(const FormBody& form, const QStringList& required);
    QHttpServerResponse refusal() const;
    const FormBody& form() const { return m_form; }
    const SandboxClient& client() const { return *m_client; }

private:
    enum class Problem
    {
        None,
        Method,
        Request,
        Client,
        Assertion
    };
    FormBody m_form;
    const SandboxClient* m_client = nullptr;
    Problem m_problem = Problem::None;
    QString m_description;
};

} // namespace ccri::sandbox
