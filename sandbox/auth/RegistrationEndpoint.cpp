#include "sandbox/auth/RegistrationEndpoint.h"

#include "app/core/ScopePolicy.h"
#include "sandbox/auth/AuthServerState.h"
#include "sandbox/auth/ClientKeyMetadata.h"
#include "sandbox/auth/OAuthResponse.h"
#include "sandbox/auth/RandomToken.h"
#include "sandbox/auth/RequestCaller.h"
#include "sandbox/auth/ScopeGranter.h"
#include "sandbox/server/SandboxClock.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QUrl>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RegistrationEndpoint", text);
}

// RFC 8252 §7: https, a loopback http URI, or a private-use scheme; never a fragment (RFC 6749 §3.1.2).
bool acceptableRedirect(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return !url.host().isEmpty();
    if (url.scheme() == QLatin1String("http"))
        return url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("::1")
            || url.host() == QLatin1String("localhost");
    return url.scheme().contains(QLatin1Char('.')); // a reverse-domain private-use scheme
}

QHttpServerResponse invalidMetadata(const QString& description)
{
    return OAuthResponse::error(QStringLiteral("invalid_client_metadata"), description);
}
} // namespace

RegistrationEndpoint::RegistrationEndpoint(AuthServerState& state, bool open, const QString& scopeLimit)
    : m_state(state)
    , m_open(open)
    , m_scopeLimit(scopeLimit)
{
}

QString RegistrationEndpoint::scopeLimit(const ccri::ScopePolicy& policy)
{
    QStringList scopes {QStringLiteral("openid"),         QStringLiteral("fhirUser"),
                        QStringLiteral("profile"),        QStringLiteral("launch"),
                        QStringLiteral("launch/patient"), QStringLiteral("offline_access"),
                        QStringLiteral("online_access")};
    const QList<ccri::Scope::Context> every {ccri::Scope::Context::System, ccri::Scope::Context::User,
                                             ccri::Scope::Context::Patient};
    for (const ccri::ScopePolicy::Rule& rule : policy.rules()) {
        const QStringList types {rule.required.resourceType(), rule.resourceType};
        const QList<ccri::Scope::Context> contexts
            = policy.anyContext() ? every : QList<ccri::Scope::Context> {rule.required.context()};
        for (const ccri::Scope::Context context : contexts)
            for (const QString& type : types) {
                const QString scope
                    = ccri::Scope::contextName(context) + QLatin1Char('/') + type + QStringLiteral(".read");
                if (!scopes.contains(scope))
                    scopes << scope;
            }
    }
    return scopes.join(QLatin1Char(' '));
}

QHttpServerResponse RegistrationEndpoint::handle(const QHttpServerRequest& request, RequestCaller* caller)
{
    if (!m_open)
        return OAuthResponse::error(QStringLiteral("access_denied"),
                                    tr("Dynamic client registration is off on this sandbox (it is on by default "
                                       "only on a loopback address; see --registration)."),
                                    QHttpServerResponse::StatusCode::Forbidden);
    if (request.method() != QHttpServerRequest::Method::Post)
        return OAuthResponse::methodNotAllowed("POST");
    // RFC 7591 §3.1: the metadata is a JSON object in the body.
    if (!request.value("content-type").trimmed().toLower().startsWith("application/json"))
        return invalidMetadata(tr("The registration request must be JSON (Content-Type: application/json)."));
    const nlohmann::json body = nlohmann::json::parse(request.body().toStdString(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return invalidMetadata(tr("The registration request is not a JSON object."));
    if (m_state.clients.registeredCount() >= maxClients)
        return invalidMetadata(
            tr("This sandbox already holds %1 registered clients; restart it to register more.").arg(maxClients));

    SandboxClient client;
    client.registered = true;
    client.clientId = QStringLiteral("dyn-") + RandomToken::generate(12);
    const auto name = body.find("client_name");
    if (name != body.end() && !name->is_string())
        return invalidMetadata(tr("client_name must be a string."));
    client.name = name != body.end() ? QString::fromStdString(name->get<std::string>()).left(200) : client.clientId;

    QString why;
    if (!body.contains("token_endpoint_auth_method"))
        return invalidMetadata(tr("token_endpoint_auth_method is missing: this sandbox registers private_key_jwt "
                                  "clients only (with jwks or jwks_uri)."));
    switch (ClientKeyMetadata::read(body, &client, &why)) {
    case ClientKeyMetadata::Outcome::Invalid:
        return invalidMetadata(why);
    case ClientKeyMetadata::Outcome::NotKeyBased:
        return invalidMetadata(tr("This sandbox registers private_key_jwt clients only: token_endpoint_auth_method "
                                  "must be \"private_key_jwt\", with jwks or jwks_uri."));
    case ClientKeyMetadata::Outcome::Ok:
        break;
    }

    // RFC 7591 §2: grant_types defaults to ["authorization_code"].
    const auto grants = body.find("grant_types");
    if (grants == body.end())
        client.grantTypes = {QStringLiteral("authorization_code")};
    else {
        if (!grants->is_array() || grants->empty())
            return invalidMetadata(tr("grant_types must be a non-empty array of strings."));
        for (const auto& grant : *grants) {
            const QString type = grant.is_string() ? QString::fromStdString(grant.get<std::string>()) : QString();
            if (type != QLatin1String("client_credentials") && type != QLatin1String("authorization_code")
                && type != QLatin1String("refresh_token"))
                return invalidMetadata(tr("The grant type \"%1\" cannot be registered here (client_credentials, "
                                          "authorization_code, refresh_token).")
                                           .arg(type));
            if (!client.grantTypes.contains(type))
                client.grantTypes << type;
        }
    }
    const auto redirects = body.find("redirect_uris");
    if (redirects != body.end()) {
        if (!redirects->is_array())
            return OAuthResponse::error(QStringLiteral("invalid_redirect_uri"),
                                        tr("redirect_uris must be an array of strings."));
        for (const auto& uri : *redirects) {
            const QString text = uri.is_string() ? QString::fromStdString(uri.get<std::string>()) : QString();
            if (!acceptableRedirect(text))
                return OAuthResponse::error(QStringLiteral("invalid_redirect_uri"),
                                            tr("The redirect URI \"%1\" is not allowed: use https, a loopback http "
                                               "URI (127.0.0.1, [::1]) or a private-use scheme, without a fragment.")
                                                .arg(text));
            client.redirectUris << text;
        }
    }
    if (client.grantTypes.contains(QStringLiteral("authorization_code")) && client.redirectUris.isEmpty())
        return OAuthResponse::error(QStringLiteral("invalid_redirect_uri"),
                                    tr("A client with the authorization_code grant needs redirect_uris."));

    // At most the policy's read scopes: what is asked is cut down to them, and the rest is said.
    const auto scopeValue = body.find("scope");
    if (scopeValue != body.end() && !scopeValue->is_string())
        return invalidMetadata(tr("scope must be a string of space-separated scopes."));
    const ccri::ScopeSet limit = ccri::ScopeSet::parse(m_scopeLimit);
    const QString asked = scopeValue != body.end() ? QString::fromStdString(scopeValue->get<std::string>())
                                                   : limit.withContext(ccri::Scope::Context::System).toString();
    const ccri::ScopeSet requested = ccri::ScopeSet::parse(asked);
    const QStringList granted = ScopeGranter::grant(requested, {limit});
    QStringList dropped;
    for (const ccri::Scope& scope : requested.scopes())
        if (!granted.contains(scope.text()))
            dropped << scope.text();
    if (granted.isEmpty())
        return invalidMetadata(tr("None of the requested scopes may be registered here; a registered client may "
                                  "hold read scopes of the scope policy only (for example system/Patient.read)."));
    client.scope = granted.join(QLatin1Char(' '));
    m_state.clients.add(client);
    caller->clientId = client.clientId;

    // RFC 7591 §3.2.1: the registered metadata, with client_id and client_id_issued_at.
    nlohmann::json answer {{"client_id", client.clientId.toStdString()},
                           {"client_id_issued_at", m_state.clock.now().toSecsSinceEpoch()},
                           {"client_name", client.name.toStdString()},
                           {"token_endpoint_auth_method", "private_key_jwt"},
                           {"scope", client.scope.toStdString()}};
    nlohmann::json grantList = nlohmann::json::array();
    for (const QString& type : client.grantTypes)
        grantList.push_back(type.toStdString());
    answer["grant_types"] = grantList;
    if (!client.redirectUris.isEmpty()) {
        nlohmann::json uris = nlohmann::json::array();
        for (const QString& uri : client.redirectUris)
            uris.push_back(uri.toStdString());
        answer["redirect_uris"] = uris;
    }
    if (client.jwks)
        answer["jwks"] = client.jwks->toJson();
    else
        answer["jwks_uri"] = client.jwksUri.toStdString();
    if (!dropped.isEmpty()) {
        nlohmann::json cut = nlohmann::json::array();
        for (const QString& scope : dropped)
            cut.push_back(scope.toStdString());
        answer["scope_dropped"] = cut;
        answer["scope_note"] = tr("Not registered: %1. A registered client may hold the scope policy's read scopes "
                                  "only.")
                                   .arg(dropped.join(QLatin1Char(' ')))
                                   .toStdString();
    }
    QHttpServerResponse response(QByteArrayLiteral("application/json"), QByteArray::fromStdString(answer.dump()),
                                 QHttpServerResponse::StatusCode::Created);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

} // namespace ccri::sandbox
