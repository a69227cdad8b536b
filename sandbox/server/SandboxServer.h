#pragma once

#include "sandbox/server/SandboxClock.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxUrls.h"

#include <memory>
#include <QObject>
#include <QStringList>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace ccri {
class ScopePolicy;
}

namespace ccri::sandbox {

class AccessTokenValidator;
class AuthServer;
class FaultSwitchboard;
class ClientRegistry;
class FhirApi;
class ResourceStore;
class StorePatientDirectory;
class UserDirectory;

// One running sandbox: the QHttpServer with the OAuth2 server under /auth and the FHIR API under
// /fhir/STU3 (Care Connect) and /fhir/R4 (UK Core, the same content rendered by UkCoreR4Resource),
// over synthetic data. Lives on the thread that creates it (InProcessSandbox gives it
// its own). Every request is reported by requestLogged(), one line, with no secret in it.
//
//   SandboxServer server(SandboxOptions::ephemeral(5));
//   if (!server.start(&error)) ...;
//   server.urls().fhirBase();   // http://127.0.0.1:<port>/fhir/STU3
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads policy, users and clients, makes the data, binds. On failure: false and a sentence.
    bool start(QString* error);
    bool isRunning() const { return m_running; }

    const SandboxOptions& options() const { return m_options; }
    SandboxUrls urls() const { return m_urls; }
    QUrl fhirBase() const { return m_urls.fhirBase(); }
    quint16 port() const { return m_port; }
    QStringList warnings() const { return m_warnings; } // e.g. HTTP in clear on a non-loopback address

    // Valid after a successful start().
    const UserDirectory& users() const;
    const ClientRegistry& clients() const;
    const AccessTokenValidator& validator() const;
    const ResourceStore& store() const;
    const ResourceStore& storeR4() const; // the same resources as FHIR R4 with UK Core profiles
    SandboxClock& clock() { return m_clock; } // tests move time forward with clock().advance(s)
    FaultSwitchboard& faults(); // the trainer's faults; on this server's thread only

    // What ccri-sandbox prints at start: URLs, endpoints, demo accounts and client secrets.
    QString banner() const;
    // The banner's facts (URLs, demo accounts, clients), with the client secrets or "secret hidden";
    // for a window that shows them on request. No hint about --show-secrets.
    QString summary(bool showSecrets) const;

signals:
    void requestLogged(const QString& line);

private:
    bool loadTls(QString* error);
    void addRoutes();
    // Answers through the responder, now or later (a login's password check, a client's key set).
    void serveAuth(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // Answers now, or later when the trainer's fhir-delay holds the answer back.
    void serveFhir(const QHttpServerRequest& request, const FhirApi& api, QHttpServerResponder&& responder);

    SandboxOptions m_options;
    SandboxClock m_clock;
    SandboxUrls m_urls;
    quint16 m_port = 0;
    bool m_running = false;
    QStringList m_warnings;
    std::unique_ptr<ccri::ScopePolicy> m_policy;
    std::unique_ptr<ResourceStore> m_store;
    std::unique_ptr<StorePatientDirectory> m_patients;
    std::unique_ptr<AuthServer> m_auth;
    std::unique_ptr<FhirApi> m_fhir;
    std::unique_ptr<ResourceStore> m_storeR4;
    std::unique_ptr<FhirApi> m_fhirR4;
    std::unique_ptr<QHttpServer> m_http;
};

} // namespace ccri::sandbox
