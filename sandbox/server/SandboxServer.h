#pragma once

#include "sandbox/fhir/FhirApi.h"
#include "sandbox/server/FhirDirectServer.h"
#include "sandbox/server/SandboxClock.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxUrls.h"

#include <atomic>
#include <memory>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class QTcpServer;

namespace ccri {
class ScopePolicy;
}

namespace ccri::sandbox {

class AccessTokenValidator;
class AuthHandoff;
class AuthServer;
class FaultSwitchboard;
class ClientRegistry;
class FhirRequest;
class LazyR4Base;
class RequestLogQueue;
class ResourceStore;
class ServingThread;
class StorePatientDirectory;
class UserDirectory;

// One running sandbox: the QHttpServer with the OAuth2 server under /auth and the FHIR API under
// /fhir/STU3 (Care Connect) and /fhir/R4 (UK Core, the same content rendered by UkCoreR4Resource),
// over synthetic data. Lives on the thread that creates it (InProcessSandbox gives it
// its own), where the auth server runs. Every request is reported by requestLogged(), one line,
// with no secret in it, emitted on this object's thread (lines from the extra serving threads come
// in batches through a RequestLogQueue, so the order across threads is only roughly kept).
//
// With SandboxOptions::serveThreads = N > 1, connections are spread by the kernel (SO_REUSEPORT)
// over one QHttpServer on each of N ServingThreads, and this thread serves none: it runs the auth
// server. A FHIR request is answered on the thread its connection landed on (the store never
// changes; the token cache, revocations, faults and clock are safe to read from any thread); an
// auth request is handed to this thread (AuthHandoff) and its answer written back on the
// connection's own thread. So a sign-in's pages never queue on this thread in front of another
// connection's FHIR request (issue 13: sign-ins never stall the FHIR API). With N = 1 (the
// explorer's in-process sandbox) this thread serves every connection itself.
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
    // The same resources as FHIR R4 with UK Core profiles, made on first use (LazyR4Base): this call
    // or the first /fhir/R4 request makes it.
    const ResourceStore& storeR4();
    bool isR4Made() const;
    SandboxClock& clock() { return m_clock; } // tests move time forward with clock().advance(s)
    FaultSwitchboard& faults(); // the trainer's faults; switched on this server's thread only
    // Requests answered so far by each serving thread (one: this thread; more: the ServingThreads in
    // order); for tests and benchmarks.
    QList<quint64> servedPerThread() const;

    // What ccri-sandbox prints at start: URLs, endpoints, demo accounts and client secrets.
    QString banner() const;
    // The banner's facts (URLs, demo accounts, clients), with the client secrets or "secret hidden";
    // for a window that shows them on request. No hint about --show-secrets.
    QString summary(bool showSecrets) const;

signals:
    void requestLogged(const QString& line);

private:
    bool loadTls(QString* error);
    // serveThreads > 1: one SO_REUSEPORT listening socket per ServingThread (none for this thread).
    bool listenOnEveryThread(QString* error);
    bool startServingThreads(QString* error);
    // Serving thread `lane`'s listening socket, not yet listening: a FhirDirectServer, or with TLS
    // a QSslServer as QAbstractHttpServer::listen() makes it.
    QTcpServer* makeListener(int lane);
    // One serving thread: this thread's listener listens itself; its port, or 0 if refused.
    quint16 listenHere();
    // A FhirDirectServer (QSslServer with TLS) over a listening descriptor, bound to `http`; false if refused.
    bool adopt(QHttpServer& http, qintptr descriptor, int lane);
    // What FhirDirectServer answers on serving thread `lane`: the FHIR reads under either base,
    // logged and counted as the routes do; nothing (the routes' path) while fhir-delay holds answers.
    FhirDirectServer::Answer directFhirAnswer(int lane);
    // Emits requestLogged() on this object's thread: now, or (from an extra serving thread) batched.
    void logLine(QString line);
    // The FHIR API's answer, or the trainer's fhir-unavailable 503.
    QHttpServerResponse fhirResponse(const FhirRequest& request, const FhirApi& api, FhirApi::Caller* caller);
    void closeSpareListeners();
    // `lane`: which serving thread `http` runs on (servedPerThread()'s index: this thread when it is the
    // only one, else the ServingThreads in order).
    void addRoutes(QHttpServer& http, int lane);
    // Answers through the responder, now or later (a login's password check, a client's key set).
    // `home` lives on the thread that owns the connection: a later answer is written there.
    void serveAuth(const QHttpServerRequest& request, QHttpServerResponder&& responder, QObject* home);
    // Answers now, or later (on `home`'s thread) when the trainer's fhir-delay holds the answer back.
    void serveFhir(const QHttpServerRequest& request, const FhirApi& api, QHttpServerResponder&& responder,
                   QObject* home);

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
    std::unique_ptr<LazyR4Base> m_r4; // made on the first /fhir/R4 request
    std::unique_ptr<QHttpServer> m_http; // this thread's
    QSslConfiguration m_tls; // with TLS on: every serving thread's
    QList<qintptr> m_spareListeners; // listening, for the extra serving threads not yet started
    std::unique_ptr<AuthHandoff> m_handoff;
    RequestLogQueue* m_logQueue; // a child
    std::vector<std::unique_ptr<ServingThread>> m_lanes; // the extra serving threads
    std::unique_ptr<std::atomic<quint64>[]> m_served; // per serving thread
    int m_laneCount = 1;
};

} // namespace ccri::sandbox
