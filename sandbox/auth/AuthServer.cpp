#include "sandbox/auth/AuthServer.h"

#include "sandbox/auth/AuthorizationServerMetadata.h"
#include "sandbox/auth/AuthorizeEndpoint.h"
#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/ClientAssertionVerifier.h"
#include "sandbox/auth/ClientFormGate.h"
#include "sandbox/auth/ClientKeySetSource.h"
#include "sandbox/auth/ConsentPage.h"
#include "sandbox/auth/HtmlPage.h"
#include "sandbox/auth/IssuedTokenEndpoints.h"
#include "sandbox/auth/JtiReplayCache.h"
#include "sandbox/auth/JwtAccessTokenValidator.h"
#include "sandbox/auth/LoginPage.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RegistrationEndpoint.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/auth/TokenEndpoint.h"
#include "sandbox/faults/TrainerPage.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

namespace {
// The public documents (discovery, key set): GET only, JSON, cacheable for a minute.
QHttpServerResponse publicJson(const QHttpServerRequest& request, const nlohmann::json& body)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return OAuthResponse::methodNotAllowed("GET");
    QHttpServerResponse response(QByteArrayLiteral("application/json"), QByteArray::fromStdString(body.dump(2)));
    response.setHeader("Cache-Control", "public, max-age=60");
    response.setHeader("Access-Control-Allow-Origin", "*");
    return response;
}
} // namespace

class AuthServer::Private
{
public:
    Private(const SandboxUrls& urls, const SandboxClock& clock, UserDirectory users, ClientRegistry clients,
            const PatientDirectory& patients, const Config& config)
        : state(urls, clock, std::move(users), std::move(clients), patients, config.tokenLifetimeSeconds,
                config.secureCookies, config.signingKey ? JwtSigner(*config.signingKey) : JwtSigner())
        , validator(state.signer, state.revocations, clock, urls)
        , keySets(clock)
        , jtis(clock)
        , assertions(state.clients, clock, keySets, jtis, urls.auth(QStringLiteral("token")).toString())
        , gate(state.clients, assertions)
        , authorize(state)
        , login(state)
        , consent(state)
        , token(state, gate)
        , registration(state, config.registrationOpen, config.registrationScope)
        , issued(state, validator)
        , trainer(state, config.trainerPassword)
        , resourceTypes(config.resourceTypes)
    {
        validator.setFaults(&state.faults);
    }

    AuthServerState state;
    JwtAccessTokenValidator validator;
    ClientKeySetSource keySets;
    JtiReplayCache jtis;
    ClientAssertionVerifier assertions;
    ClientFormGate gate;
    AuthorizeEndpoint authorize;
    LoginPage login;
    ConsentPage consent;
    TokenEndpoint token;
    RegistrationEndpoint registration;
    IssuedTokenEndpoints issued;
    TrainerPage trainer;
    QStringList resourceTypes;
};

AuthServer::AuthServer(const SandboxUrls& urls, const SandboxClock& clock, UserDirectory users, ClientRegistry clients,
                       const PatientDirectory& patients, const Config& config)
    : d(std::make_unique<Private>(urls, clock, std::move(users), std::move(clients), patients, config))
{
}

AuthServer::~AuthServer() = default;

const AccessTokenValidator& AuthServer::validator() const
{
    return d->validator;
}

const UserDirectory& AuthServer::users() const
{
    return d->state.users;
}

const ClientRegistry& AuthServer::clients() const
{
    return d->state.clients;
}

const JwtSigner& AuthServer::signer() const
{
    return d->state.signer;
}

FaultSwitchboard& AuthServer::faults()
{
    return d->state.faults;
}

void AuthServer::handle(const QHttpServerRequest& request, const Done& done)
{
    const QString prefix = SandboxUrls::authPathPrefix() + QLatin1Char('/');
    if (request.url().path() == prefix + QStringLiteral("login") && request.body().size() <= maxFormBytes) {
        d->login.submitLater(request, done);
        return;
    }
    const QString path = request.url().path();
    if (path == prefix + QStringLiteral("token") && request.body().size() <= maxFormBytes) {
        d->token.handle(request, done);
        return;
    }
    // RFC 7009 §2.1, RFC 7662 §2.1: the client authenticates as at the token endpoint.
    IssuedTokenEndpoints& issued = d->issued;
    if (path == prefix + QStringLiteral("revoke") && request.body().size() <= maxFormBytes) {
        d->gate.handle(
            request, {QStringLiteral("token")},
            [&issued](const FormBody& form, const SandboxClient& client, RequestCaller* caller) {
                return issued.revoke(form, client, caller);
            },
            done);
        return;
    }
    if (path == prefix + QStringLiteral("introspect") && request.body().size() <= maxFormBytes) {
        d->gate.handle(
            request, {QStringLiteral("token")},
            [&issued](const FormBody& form, const SandboxClient& client, RequestCaller* caller) {
                return issued.introspect(form, client, caller);
            },
            done);
        return;
    }
    RequestCaller caller;
    QHttpServerResponse response = answer(request, &caller);
    done(std::move(response), caller);
}

QHttpServerResponse AuthServer::answer(const QHttpServerRequest& request, RequestCaller* caller)
{
    const QString path = request.url().path();
    const QString prefix = SandboxUrls::authPathPrefix() + QLatin1Char('/');
    const QString endpoint = path.startsWith(prefix) ? path.mid(prefix.size()) : QString();
    // Every form this server reads is small: a larger body is refused before anything parses it.
    if (request.body().size() > maxFormBytes)
        return HtmlPage::error(QCoreApplication::translate("AuthServer", "Request too large"),
                               QCoreApplication::translate("AuthServer",
                                                           "The request body is larger than %1 KiB; the sandbox's "
                                                           "forms are never that big.")
                                   .arg(maxFormBytes / 1024),
                               QHttpServerResponse::StatusCode::PayloadTooLarge);
    if (endpoint == AuthorizationServerMetadata::openIdConfigurationPath()
        || path == AuthorizationServerMetadata::rfc8414Path())
        return publicJson(request, AuthorizationServerMetadata::document(d->state.urls, d->resourceTypes));
    if (endpoint == QLatin1String("jwks")) // RFC 7517 §5: the public keys only
        return publicJson(request, d->state.signer.keySet().toJson());
    if (endpoint == QLatin1String("authorize"))
        return d->authorize.handle(request, caller);
    if (endpoint == QLatin1String("login"))
        return d->login.handle(request, caller);
    if (endpoint == QLatin1String("consent"))
        return d->consent.handle(request, caller);
    if (endpoint == QLatin1String("register"))
        return d->registration.handle(request, caller);
    if (endpoint == QLatin1String("trainer") && d->trainer.isEnabled())
        return d->trainer.handle(request, caller);
    return HtmlPage::error(
        QCoreApplication::translate("AuthServer", "Not found"),
        QCoreApplication::translate("AuthServer", "The sandbox's auth server has no page %1.").arg(path),
        QHttpServerResponse::StatusCode::NotFound);
}

} // namespace ccri::sandbox
