#include "sandbox/server/SandboxServer.h"

#include "app/core/ScopePolicy.h"
#include "sandbox/auth/AuthorizationServerMetadata.h"
#include "sandbox/auth/AuthServer.h"
#include "sandbox/auth/RegistrationEndpoint.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/data/r4/UkCoreR4Resource.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/data/SyntheticData.h"
#include "sandbox/faults/FaultResponses.h"
#include "sandbox/faults/FaultSwitchboard.h"
#include "sandbox/fhir/FhirApi.h"
#include "sandbox/fhir/SearchParameters.h"
#include "sandbox/server/ConnectionWatchdog.h"
#include "sandbox/server/SandboxRequestLog.h"
#include "sandbox/server/SigningKeyFile.h"
#include "sandbox/server/StorePatientDirectory.h"

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
#include <QTcpServer>
#include <QTcpSocket>
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
{
}

SandboxServer::~SandboxServer()
{
    // The HTTP server goes first: its routes use everything else.
    m_http.reset();
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
    m_storeR4 = std::make_unique<ResourceStore>();
    UkCoreR4Resource::convertStore(*m_store, m_storeR4.get());
    m_patients = std::make_unique<StorePatientDirectory>(*m_store);

    m_port = m_http->listen(m_options.address, m_options.port);
    if (m_port == 0) {
        m_http.reset();
        return fail(tr("Cannot listen on %1: the address is not on this machine or the port is in use.")
                        .arg(m_options.listenText()));
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
            return fail(why);
        }
    }
    m_fhir = std::make_unique<FhirApi>(*m_store, *m_policy, m_auth->validator(), m_urls);
    m_fhirR4 = std::make_unique<FhirApi>(*m_storeR4, *m_policy, m_auth->validator(), m_urls, FhirRelease::R4);
    addRoutes();
    m_running = true;
    return true;
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
    m_http->sslSetup(certificate, key);
    return true;
}

void SandboxServer::addRoutes()
{
    m_http->route(SandboxUrls::authPathPrefix() + QStringLiteral("/<arg>"),
                  [this](const QUrl&, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      serveAuth(request, std::move(responder));
                  });
    // RFC 8414 §3.1: the issuer's metadata at the origin's well-known path.
    m_http->route(AuthorizationServerMetadata::rfc8414Path(),
                  [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      serveAuth(request, std::move(responder));
                  });
    m_http->route(SandboxUrls::fhirPathPrefix() + QStringLiteral("/<arg>"),
                  [this](const QUrl&, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      serveFhir(request, *m_fhir, std::move(responder));
                  });
    m_http->route(SandboxUrls::fhirPathPrefix(FhirRelease::R4) + QStringLiteral("/<arg>"),
                  [this](const QUrl&, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      serveFhir(request, *m_fhirR4, std::move(responder));
                  });
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        if (request.url().path() == SandboxUrls::fhirPathPrefix()) {
            serveFhir(request, *m_fhir, std::move(responder));
            return;
        }
        if (request.url().path() == SandboxUrls::fhirPathPrefix(FhirRelease::R4)) {
            serveFhir(request, *m_fhirR4, std::move(responder));
            return;
        }
        QHttpServerResponse response("text/plain; charset=utf-8",
                                     tr("Not found. The FHIR API is under %1 and the auth server under %2.\n")
                                         .arg(m_urls.fhirBase().toString(), m_urls.authBase().toString())
                                         .toUtf8(),
                                     QHttpServerResponse::StatusCode::NotFound);
        emit requestLogged(SandboxRequestLog::line(request, 404, 0, QString(), QString()));
        response.write(std::move(responder));
    });
}

void SandboxServer::serveAuth(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QElapsedTimer timer;
    timer.start();
    // The answer may come after this returns (a login's password check): what it needs is kept
    // here, not the request (the connection reuses it) nor the socket (it may close meanwhile).
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket(held->socket());
    m_auth->handle(request,
                   [this, timer, method = request.method(), url = request.url(), held,
                    socket](QHttpServerResponse&& response, const RequestCaller& caller) {
                       emit requestLogged(SandboxRequestLog::line(method, url, static_cast<int>(response.statusCode()),
                                                                  timer.elapsed(), caller.clientId, caller.user));
                       if (socket && socket->state() == QAbstractSocket::ConnectedState)
                           response.write(std::move(*held));
                   });
}

void SandboxServer::serveFhir(const QHttpServerRequest& request, const FhirApi& api, QHttpServerResponder&& responder)
{
    QElapsedTimer timer;
    timer.start();
    FhirApi::Caller caller;
    FaultSwitchboard& faults = m_auth->faults();
    QHttpServerResponse response = faults.isOn(Fault::Id::FhirUnavailable) ? FaultResponses::fhirUnavailable(faults)
                                                                           : api.handle(request, &caller);
    const int delayMs = faults.isOn(Fault::Id::FhirDelay) ? faults.value(Fault::Id::FhirDelay).toInt() : 0;
    if (delayMs <= 0) {
        emit requestLogged(SandboxRequestLog::line(request, static_cast<int>(response.statusCode()), timer.elapsed(),
                                                   caller.clientId, caller.subject));
        response.write(std::move(responder));
        return;
    }
    // The trainer's fhir-delay: the answer waits on a timer, never the serving thread (as serveAuth's later answers).
    faults.acted(Fault::Id::FhirDelay,
                 QStringLiteral("held %1 back %2 ms")
                     .arg(SandboxRequestLog::escaped(SandboxRequestLog::redactedTarget(request.url())))
                     .arg(delayMs));
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto kept = std::make_shared<QHttpServerResponse>(std::move(response));
    const QPointer<QTcpSocket> socket(held->socket());
    QTimer::singleShot(
        delayMs, this, [this, held, kept, socket, timer, caller, method = request.method(), url = request.url()] {
            emit requestLogged(SandboxRequestLog::line(method, url, static_cast<int>(kept->statusCode()),
                                                       timer.elapsed(), caller.clientId, caller.subject));
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                kept->write(std::move(*held));
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

const ResourceStore& SandboxServer::storeR4() const
{
    return *m_storeR4;
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
