#include "sandbox/server/SandboxServer.h"

#include "app/core/ScopePolicy.h"
#include "sandbox/auth/AuthorizationServerMetadata.h"
#include "sandbox/auth/AuthServer.h"
#include "sandbox/auth/RegistrationEndpoint.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/data/SyntheticData.h"
#include "sandbox/faults/FaultResponses.h"
#include "sandbox/faults/FaultSwitchboard.h"
#include "sandbox/fhir/FhirApi.h"
#include "sandbox/fhir/FhirRequest.h"
#include "sandbox/fhir/SearchParameters.h"
#include "sandbox/server/AuthHandoff.h"
#include "sandbox/server/ConnectionWatchdog.h"
#include "sandbox/server/FhirDirectServer.h"
#include "sandbox/server/HeldAnswer.h"
#include "sandbox/server/LazyR4Base.h"
#include "sandbox/server/RequestLogQueue.h"
#include "sandbox/server/ReusePortSocket.h"
#include "sandbox/server/SandboxRequestLog.h"
#include "sandbox/server/ServingThread.h"
#include "sandbox/server/SigningKeyFile.h"
#include "sandbox/server/StorePatientDirectory.h"

#include <algorithm>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace ccri::sandbox {

namespace {
QUrl originFor(const SandboxOptions& options, quint16 port)
{
    QUrl origin;
    origin.setScheme(options.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"));
    const QHostAddress& address = options.address;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        origin.setHost(QHostInfo::localHostName());
    else
        origin.setHost(address.toString());
    origin.setPort(port);
    return origin;
}
} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_logQueue(new RequestLogQueue(this)) // a child: it moves with this object to its thread
{
    connect(m_logQueue, &RequestLogQueue::lineReady, this, &SandboxServer::requestLogged);
}

void SandboxServer::logLine(QString line)
{
    if (QThread::currentThread() == thread())
        emit requestLogged(line);
    else
        m_logQueue->post(std::move(line)); // an extra serving thread: batched to this thread
}

SandboxServer::~SandboxServer()
{
    // The HTTP servers go first: their routes use everything else. Serving threads still waiting
    // for an auth request to run here are let go first (this thread never runs it now), then each
    // thread is stopped and joined, its server deleted on it.
    if (m_handoff)
        m_handoff->close();
    m_lanes.clear();
    m_http.reset();
    closeSpareListeners();
}

bool SandboxServer::start(QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_running)
        return fail(tr("The sandbox is already running."));

    QString why;
    auto policy = ccri::ScopePolicy::load(m_options.policy, &why);
    if (!policy)
        return fail(tr("Cannot load the scope policy \"%1\": %2").arg(m_options.policy, why));
    m_policy = std::make_unique<ccri::ScopePolicy>(*policy);

    std::optional<UserDirectory> users
        = m_options.usersFile.isEmpty() ? UserDirectory::demo() : UserDirectory::fromFile(m_options.usersFile, &why);
    if (!users)
        return fail(why);
    std::optional<ClientRegistry> clients = m_options.clientsFile.isEmpty()
        ? ClientRegistry::demo()
        : ClientRegistry::fromFile(m_options.clientsFile, &why);
    if (!clients)
        return fail(why);
    std::optional<ccri::crypto::SigningKey> signingKey;
    if (!m_options.signingKeyFile.isEmpty()) {
        signingKey = SigningKeyFile::loadOrCreate(m_options.signingKeyFile, &why);
        if (!signingKey)
            return fail(why);
    }

    m_http = std::make_unique<QHttpServer>();
    if (m_options.tlsEnabled() && !loadTls(error))
        return false;

    m_store = std::make_unique<ResourceStore>();
    SyntheticData::Options dataOptions;
    dataOptions.patients = m_options.patients;
    dataOptions.seed = m_options.seed;
    dataOptions.bigPatientObservations = m_options.bigPatientObservations;
    SyntheticData(dataOptions).generate(m_store.get());
    m_patients = std::make_unique<StorePatientDirectory>(*m_store);

    m_laneCount = std::max(1, m_options.serveThreads);
    // One lane per serving thread: this thread when it is the only one; otherwise the ServingThreads,
    // and this thread serves no connection (it runs the auth server only).
    m_served = std::make_unique<std::atomic<quint64>[]>(static_cast<size_t>(m_laneCount));
    why.clear();
    m_port = m_laneCount == 1 ? listenHere() : 0;
    if (m_laneCount > 1)
        listenOnEveryThread(&why);
    if (m_port == 0) {
        m_http.reset();
        const QString sentence = tr("Cannot listen on %1: the address is not on this machine or the port is in use.")
                                     .arg(m_options.listenText());
        return fail(why.isEmpty() ? sentence : sentence + QStringLiteral(" (") + why + QLatin1Char(')'));
    }
    for (QTcpServer* server : m_http->servers())
        ConnectionWatchdog::watch(server, std::chrono::milliseconds(m_options.idleTimeoutMs));
    m_urls = SandboxUrls(originFor(m_options, m_port));
    m_urls.setRegistrationOpen(m_options.registrationOpen());
    if (!m_options.isLoopback() && !m_options.tlsEnabled())
        m_warnings << tr("Warning: listening on %1 without TLS. Passwords and tokens cross the network in clear; "
                         "use --tls-cert and --tls-key outside a closed classroom network.")
                          .arg(m_options.listenText());

    AuthServer::Config config;
    config.tokenLifetimeSeconds = m_options.tokenLifetimeSeconds;
    config.secureCookies = m_options.tlsEnabled();
    config.signingKey = signingKey;
    config.resourceTypes = SearchParameters().resourceTypes();
    config.registrationOpen = m_options.registrationOpen();
    config.registrationScope = RegistrationEndpoint::scopeLimit(*m_policy);
    config.trainerPassword = m_options.trainerPassword;
    m_auth = std::make_unique<AuthServer>(m_urls, m_clock, std::move(*users), std::move(*clients), *m_patients, config);
    connect(&m_auth->faults(), &FaultSwitchboard::logged, this, &SandboxServer::requestLogged);
    for (const QString& spec : std::as_const(m_options.faults)) {
        if (!m_auth->faults().switchOn(spec, &why)) {
            m_auth.reset();
            m_http.reset();
            closeSpareListeners();
            return fail(why);
        }
    }
    m_fhir = std::make_unique<FhirApi>(*m_store, *m_policy, m_auth->validator(), m_urls);
    m_r4 = std::make_unique<LazyR4Base>(*m_store, *m_policy, m_auth->validator(), m_urls);
    if (m_laneCount == 1)
        addRoutes(*m_http, 0); // this thread serves only when it is the one serving thread
    // Last: an extra serving thread answers as soon as it is made, with everything above in place.
    if (!startServingThreads(&why)) {
        m_handoff->close(); // a thread already serving may wait there: let it go before joining it
        m_lanes.clear();
        m_http.reset();
        m_auth.reset();
        return fail(tr("Cannot start the serving threads: %1").arg(why));
    }
    m_running = true;
    return true;
}

bool SandboxServer::listenOnEveryThread(QString* error)
{
    quint16 port = m_options.port;
    // Another program (or sandbox) on a fixed port: refused, as QTcpServer::listen() would be.
    if (port != 0 && !ReusePortSocket::isFree(m_options.address, port, error))
        return false;
    QList<qintptr> descriptors;
    for (int lane = 0; lane < m_laneCount; ++lane) {
        const qintptr descriptor = ReusePortSocket::listen(m_options.address, port, &port, error);
        if (descriptor < 0) {
            for (const qintptr made : std::as_const(descriptors))
                ReusePortSocket::close(made);
            return false;
        }
        descriptors.append(descriptor); // after a free port was picked (0), the others take the same
    }
    // Every listening socket goes to a ServingThread: this thread, where the auth server runs,
    // takes no connection, so no FHIR request waits here behind another connection's sign-in
    // pages, and a serving thread that hands an auth request over waits only for that request.
    m_spareListeners = descriptors;
    m_port = port;
    return true;
}

QTcpServer* SandboxServer::makeListener(int lane)
{
    if (!m_options.tlsEnabled())
        return new FhirDirectServer(directFhirAnswer(lane));
    // As QAbstractHttpServer::listen() does once sslSetup() was called.
    auto* sslServer = new QSslServer;
    sslServer->setSslConfiguration(m_tls);
    return sslServer;
}

quint16 SandboxServer::listenHere()
{
    QTcpServer* server = makeListener(0);
    if (!server->listen(m_options.address, m_options.port)) {
        delete server;
        return 0;
    }
    m_http->bind(server); // parents it to m_http
    return server->serverPort();
}

bool SandboxServer::adopt(QHttpServer& http, qintptr descriptor, int lane)
{
    QTcpServer* server = makeListener(lane);
    if (!server->setSocketDescriptor(descriptor)) {
        delete server;
        return false;
    }
    http.bind(server); // parents it to `http`
    return true;
}

bool SandboxServer::startServingThreads(QString* error)
{
    if (m_spareListeners.isEmpty())
        return true;
    m_handoff = std::make_unique<AuthHandoff>();
    const QList<qintptr> descriptors = m_spareListeners;
    m_spareListeners.clear();
    for (qsizetype i = 0; i < descriptors.size(); ++i) {
        const int lane = static_cast<int>(i);
        const qintptr descriptor = descriptors.at(i);
        // This thread waits for each new thread to make its server: the new thread serves nothing yet.
        auto thread = std::make_unique<ServingThread>([this, descriptor, lane]() -> std::unique_ptr<QHttpServer> {
            auto http = std::make_unique<QHttpServer>();
            if (m_options.tlsEnabled())
                http->sslSetup(m_tls);
            if (!adopt(*http, descriptor, lane)) {
                ReusePortSocket::close(descriptor);
                return nullptr;
            }
            for (QTcpServer* server : http->servers())
                ConnectionWatchdog::watch(server, std::chrono::milliseconds(m_options.idleTimeoutMs));
            addRoutes(*http, lane);
            return http;
        });
        const bool started = thread->startServing();
        m_lanes.push_back(std::move(thread));
        if (!started) {
            for (qsizetype rest = i + 1; rest < descriptors.size(); ++rest)
                ReusePortSocket::close(descriptors.at(rest));
            if (error)
                *error = tr("a listening socket was refused.");
            return false;
        }
    }
    return true;
}

void SandboxServer::closeSpareListeners()
{
    for (const qintptr descriptor : std::as_const(m_spareListeners))
        ReusePortSocket::close(descriptor);
    m_spareListeners.clear();
}

QList<quint64> SandboxServer::servedPerThread() const
{
    QList<quint64> served;
    for (int lane = 0; m_served && lane < m_laneCount; ++lane)
        served.append(m_served[static_cast<size_t>(lane)].load(std::memory_order_relaxed));
    return served;
}

bool SandboxServer::loadTls(QString* error)
{
    QFile certFile(m_options.tlsCertificateFile);
    QFile keyFile(m_options.tlsKeyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the TLS certificate or key (%1, %2).")
                         .arg(m_options.tlsCertificateFile, m_options.tlsKeyFile);
        return false;
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QByteArray keyBytes = keyFile.readAll();
    QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        if (error)
            *error = tr("The TLS certificate or key is not a PEM file this sandbox can use.");
        return false;
    }
    // What QAbstractHttpServer::sslSetup(certificate, key) makes; kept for every serving thread's server.
    m_tls = QSslConfiguration();
    m_tls.setLocalCertificate(certificate);
    m_tls.setPrivateKey(key);
    m_tls.setProtocol(QSsl::SecureProtocols);
    m_http->sslSetup(m_tls);
    return true;
}

void SandboxServer::addRoutes(QHttpServer& http, int lane)
{
    QHttpServer* home = &http;
    std::atomic<quint64>* served = &m_served[static_cast<size_t>(lane)];
    http.route(SandboxUrls::authPathPrefix() + QStringLiteral("/<arg>"),
               [this, home, served](const QUrl&, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                   served->fetch_add(1, std::memory_order_relaxed);
                   serveAuth(request, std::move(responder), home);
               });
    // RFC 8414 §3.1: the issuer's metadata at the origin's well-known path.
    http.route(AuthorizationServerMetadata::rfc8414Path(),
               [this, home, served](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                   served->fetch_add(1, std::memory_order_relaxed);
                   serveAuth(request, std::move(responder), home);
               });
    http.route(SandboxUrls::fhirPathPrefix() + QStringLiteral("/<arg>"),
               [this, home, served](const QUrl&, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                   served->fetch_add(1, std::memory_order_relaxed);
                   serveFhir(request, *m_fhir, std::move(responder), home);
               });
    http.route(SandboxUrls::fhirPathPrefix(FhirRelease::R4) + QStringLiteral("/<arg>"),
               [this, home, served](const QUrl&, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                   served->fetch_add(1, std::memory_order_relaxed);
                   serveFhir(request, m_r4->api(), std::move(responder), home);
               });
    http.setMissingHandler([this, home, served](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        served->fetch_add(1, std::memory_order_relaxed);
        if (request.url().path() == SandboxUrls::fhirPathPrefix()) {
            serveFhir(request, *m_fhir, std::move(responder), home);
            return;
        }
        if (request.url().path() == SandboxUrls::fhirPathPrefix(FhirRelease::R4)) {
            serveFhir(request, m_r4->api(), std::move(responder), home);
            return;
        }
        QHttpServerResponse response("text/plain; charset=utf-8",
                                     tr("Not found. The FHIR API is under %1 and the auth server under %2.\n")
                                         .arg(m_urls.fhirBase().toString(), m_urls.authBase().toString())
                                         .toUtf8(),
                                     QHttpServerResponse::StatusCode::NotFound);
        logLine(SandboxRequestLog::line(request, 404, 0, QString(), QString()));
        response.write(std::move(responder));
    });
}

void SandboxServer::serveAuth(const QHttpServerRequest& request, QHttpServerResponder&& responder, QObject* home)
{
    QElapsedTimer timer;
    timer.start();
    // The answer may come after this returns (a login's password check).
    const HeldAnswer held(request, std::move(responder), timer);
    if (QThread::currentThread() == thread()) {
        m_auth->handle(request, [this, held](QHttpServerResponse&& response, const RequestCaller& caller) {
            logLine(held.logLine(static_cast<int>(response.statusCode()), caller.clientId, caller.user));
            held.write(response);
        });
        return;
    }
    // An extra serving thread: the AuthServer runs on this object's thread, the request waits here
    // meanwhile; the answer (now or later) is written back on this thread, which owns the socket.
    // `home` is deleted only when its thread is joined, in ~SandboxServer, while the auth thread is
    // there and so runs no answer: checked on the auth thread, the QPointer cannot go stale.
    const QPointer<QObject> homeGuard(home);
    const bool ran = m_handoff->run([&] {
        m_auth->handle(request, [this, held, homeGuard](QHttpServerResponse&& response, const RequestCaller& caller) {
            logLine(held.logLine(static_cast<int>(response.statusCode()), caller.clientId, caller.user));
            if (!homeGuard)
                return;
            auto kept = std::make_shared<QHttpServerResponse>(std::move(response)); // move-only: shared to post
            QMetaObject::invokeMethod(
                homeGuard.data(), [held, kept] { held.write(*kept); }, Qt::QueuedConnection);
        });
    });
    if (!ran) // the sandbox is stopping
        held.write(QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable));
}

FhirDirectServer::Answer SandboxServer::directFhirAnswer(int lane)
{
    std::atomic<quint64>* served = &m_served[static_cast<size_t>(lane)];
    const QString stu3 = SandboxUrls::fhirPathPrefix() + QLatin1Char('/');
    const QString r4 = SandboxUrls::fhirPathPrefix(FhirRelease::R4) + QLatin1Char('/');
    return [this, served, stu3, r4](const FhirRequest& request) -> std::optional<QHttpServerResponse> {
        const QString path = request.url().path();
        const bool isStu3 = path.startsWith(stu3) && path.size() > stu3.size();
        const bool isR4 = path.startsWith(r4) && path.size() > r4.size();
        // A held answer (the trainer's fhir-delay) waits on a timer in serveFhir(): the routes' path.
        if ((!isStu3 && !isR4) || m_auth->faults().isOn(Fault::Id::FhirDelay))
            return std::nullopt;
        served->fetch_add(1, std::memory_order_relaxed);
        QElapsedTimer timer;
        timer.start();
        FhirApi::Caller caller;
        QHttpServerResponse response = fhirResponse(request, isStu3 ? *m_fhir : m_r4->api(), &caller);
        logLine(SandboxRequestLog::line(request.method(), request.url(), static_cast<int>(response.statusCode()),
                                        timer.elapsed(), caller.clientId, caller.subject));
        return response;
    };
}

QHttpServerResponse SandboxServer::fhirResponse(const FhirRequest& request, const FhirApi& api, FhirApi::Caller* caller)
{
    FaultSwitchboard& faults = m_auth->faults();
    return faults.isOn(Fault::Id::FhirUnavailable) ? FaultResponses::fhirUnavailable(faults)
                                                   : api.handle(request, caller);
}

void SandboxServer::serveFhir(const QHttpServerRequest& request, const FhirApi& api, QHttpServerResponder&& responder,
                              QObject* home)
{
    QElapsedTimer timer;
    timer.start();
    FhirApi::Caller caller;
    FaultSwitchboard& faults = m_auth->faults();
    QHttpServerResponse response = fhirResponse(FhirRequest::from(request), api, &caller);
    const int delayMs = faults.isOn(Fault::Id::FhirDelay) ? faults.value(Fault::Id::FhirDelay).toInt() : 0;
    if (delayMs <= 0) {
        logLine(SandboxRequestLog::line(request, static_cast<int>(response.statusCode()), timer.elapsed(),
                                        caller.clientId, caller.subject));
        // The same bytes response.write(std::move(responder)) would send, in one system call where it can.
        FhirDirectServer::write(responder.socket(), response);
        return;
    }
    // The trainer's fhir-delay: the answer waits on a timer, never the serving thread (as serveAuth's later answers).
    faults.acted(Fault::Id::FhirDelay,
                 QStringLiteral("held %1 back %2 ms")
                     .arg(SandboxRequestLog::escaped(SandboxRequestLog::redactedTarget(request.url())))
                     .arg(delayMs));
    const HeldAnswer held(request, std::move(responder), timer);
    auto kept = std::make_shared<QHttpServerResponse>(std::move(response));
    QTimer::singleShot(delayMs, home, [this, held, kept, caller] {
        logLine(held.logLine(static_cast<int>(kept->statusCode()), caller.clientId, caller.subject));
        held.write(*kept);
    });
}

FaultSwitchboard& SandboxServer::faults()
{
    return m_auth->faults();
}

const UserDirectory& SandboxServer::users() const
{
    return m_auth->users();
}

const ClientRegistry& SandboxServer::clients() const
{
    return m_auth->clients();
}

const AccessTokenValidator& SandboxServer::validator() const
{
    return m_auth->validator();
}

const ResourceStore& SandboxServer::store() const
{
    return *m_store;
}

const ResourceStore& SandboxServer::storeR4()
{
    return m_r4->store();
}

bool SandboxServer::isR4Made() const
{
    return m_r4 && m_r4->isMade();
}

QString SandboxServer::banner() const
{
    QString text = summary(m_options.showSecrets);
    if (m_auth && !m_auth->faults().summary().isEmpty())
        text += QStringLiteral("\n\n") + tr("Trainer's faults on: %1").arg(m_auth->faults().summary());
    if (m_auth && m_auth->faults().isOn(Fault::Id::PkceLenient))
        text = FaultSwitchboard::pkceWarning() + QStringLiteral("\n\n") + text + QStringLiteral("\n\n")
            + FaultSwitchboard::pkceWarning();
    if (!m_options.trainerPassword.isEmpty())
        text
            += QStringLiteral("\n\n") + tr("Trainer's page: %1").arg(m_urls.auth(QStringLiteral("trainer")).toString());
    if (!m_options.showSecrets && text.contains(tr("secret hidden")))
        text += QStringLiteral("\n\n")
            + tr("Client secrets are hidden because this output also carries the request log; start "
                 "ccri-sandbox with --show-secrets to print them.");
    return text;
}

QString SandboxServer::summary(bool showSecrets) const
{
    QStringList lines;
    lines << tr("CCRI sandbox running (scope policy: %1).").arg(m_policy ? m_policy->name() : m_options.policy);
    lines << tr("FHIR base:   %1").arg(m_urls.fhirBase().toString());
    lines << tr("R4 base:     %1 (UK Core, the same patients)").arg(m_urls.fhirBase(FhirRelease::R4).toString());
    lines << tr("Discovery:   %1, %2")
                 .arg(m_urls.fhir(QStringLiteral("metadata")).toString(),
                      m_urls.fhir(QStringLiteral(".well-known/smart-configuration")).toString());
    lines << tr("Auth server: %1 (authorize, token, revoke, introspect, jwks)").arg(m_urls.authBase().toString());
    lines << tr("Issuer:      %1 (OpenID Connect discovery: %2)")
                 .arg(m_urls.issuer(), m_urls.auth(AuthorizationServerMetadata::openIdConfigurationPath()).toString());
    lines << QString() << tr("Demo accounts (user name, password, what they may be granted):");
    for (const SandboxUser& user : users().users())
        lines
            << QStringLiteral("  %1  %2  %3")
                   .arg(user.username.leftJustified(11),
                        (user.passwordHint.isEmpty() ? QStringLiteral("(hidden)") : user.passwordHint).leftJustified(9),
                        user.scope);
    lines << QString() << tr("Clients (sandbox only: the secrets change at every start):");
    for (const SandboxClient& client : clients().clients()) {
        QString kind = tr("public (PKCE)");
        if (client.privateKeyJwt)
            kind = tr("private_key_jwt (signed JWT)");
        else if (!client.isPublic())
            kind = showSecrets ? tr("secret %1").arg(client.secret) : tr("secret hidden");
        lines << QStringLiteral("  %1  %2  %3")
                     .arg(client.clientId.leftJustified(27), kind, client.grantTypes.join(QLatin1Char(',')));
        if (!client.redirectUris.isEmpty())
            lines << QStringLiteral("      ")
                    + tr("redirect URIs: %1").arg(client.redirectUris.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ccri::sandbox
