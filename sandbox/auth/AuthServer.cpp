#include "sandbox/auth/AuthServer.h"

#include "sandbox/auth/AuthorizeEndpoint.h"
#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/ConsentPage.h"
#include "sandbox/auth/HtmlPage.h"
#include "sandbox/auth/IntrospectionEndpoint.h"
#include "sandbox/auth/JwtAccessTokenValidator.h"
#include "sandbox/auth/LoginPage.h"
#include "sandbox/auth/RevocationEndpoint.h"
#include "sandbox/auth/TokenEndpoint.h"

#include <QCoreApplication>
#include <QHttpServerRequest>

namespace ccri::sandbox {

class AuthServer::Private
{
public:
    Private(const SandboxUrls& urls, const SandboxClock& clock, UserDirectory users, ClientRegistry clients,
            const PatientDirectory& patients, const Config& config)
        : state(urls, clock, std::move(users), std::move(clients), patients, config.tokenLifetimeSeconds,
                config.secureCookies)
        , validator(state.signer, state.revocations, clock, urls)
        , authorize(state)
        , login(state)
        , consent(state)
        , token(state)
        , revoke(state, validator)
        , introspect(state, validator)
    {
    }

    AuthServerState state;
    JwtAccessTokenValidator validator;
    AuthorizeEndpoint authorize;
    LoginPage login;
    ConsentPage consent;
    TokenEndpoint token;
    RevocationEndpoint revoke;
    IntrospectionEndpoint introspect;
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

QHttpServerResponse AuthServer::handle(const QHttpServerRequest& request, RequestCaller* caller)
{
    const QString path = request.url().path();
    const QString prefix = SandboxUrls::authPathPrefix() + QLatin1Char('/');
    const QString endpoint = path.startsWith(prefix) ? path.mid(prefix.size()) : QString();
    if (endpoint == QLatin1String("authorize"))
        return d->authorize.handle(request, caller);
    if (endpoint == QLatin1String("login"))
        return d->login.handle(request, caller);
    if (endpoint == QLatin1String("consent"))
        return d->consent.handle(request, caller);
    if (endpoint == QLatin1String("token"))
        return d->token.handle(request, caller);
    if (endpoint == QLatin1String("revoke"))
        return d->revoke.handle(request, caller);
    if (endpoint == QLatin1String("introspect"))
        return d->introspect.handle(request, caller);
    return HtmlPage::error(
        QCoreApplication::translate("AuthServer", "Not found"),
        QCoreApplication::translate("AuthServer", "The sandbox's auth server has no page %1.").arg(path),
        QHttpServerResponse::StatusCode::NotFound);
}

} // namespace ccri::sandbox
