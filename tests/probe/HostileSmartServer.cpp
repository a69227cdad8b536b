#include "tests/probe/HostileSmartServer.h"

#include "app/crypto/JwsAlgorithm.h"
#include "app/crypto/SigningKey.h"

#include <QUrlQuery>

using ccri::test::HostileServer;

HostileSmartServer::HostileSmartServer() = default;

QString HostileSmartServer::url(const QString& path) const
{
    return m_server.url(path).toString();
}

QUrl HostileSmartServer::fhirBase() const
{
    return m_server.url(QStringLiteral("/fhir/STU3"));
}

QString HostileSmartServer::issuer() const
{
    return url(QStringLiteral("/auth"));
}

bool HostileSmartServer::listen()
{
    if (!m_server.listen())
        return false;
    const auto u = [this](const char* path) { return url(QString::fromLatin1(path)).toStdString(); };
    smartConfiguration = {{"issuer", issuer().toStdString()},
                          {"authorization_endpoint", u("/auth/authorize")},
                          {"token_endpoint", u("/auth/token")},
                          {"jwks_uri", u("/auth/jwks")},
                          {"revocation_endpoint", u("/auth/revoke")},
                          {"introspection_endpoint", u("/auth/introspect")},
                          {"capabilities", {"launch-standalone", "client-public", "sso-openid-connect"}},
                          {"grant_types_supported", {"authorization_code", "refresh_token"}},
                          {"code_challenge_methods_supported", {"S256"}},
                          {"id_token_signing_alg_values_supported", {"RS256"}},
                          {"authorization_response_iss_parameter_supported", true}};
    openIdConfiguration = smartConfiguration;
    openIdConfiguration.erase("capabilities");
    const nlohmann::json oauthUris = {{"url", "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"},
                                      {"extension",
                                       {{{"url", "authorize"}, {"valueUri", u("/auth/authorize")}},
                                        {{"url", "token"}, {"valueUri", u("/auth/token")}},
                                        {{"url", "revoke"}, {"valueUri", u("/auth/revoke")}},
                                        {{"url", "introspect"}, {"valueUri", u("/auth/introspect")}}}}};
    capabilityStatement = {{"resourceType", "CapabilityStatement"},
                           {"fhirVersion", "3.0.1"},
                           {"rest", {{{"mode", "server"}, {"security", {{"extension", {oauthUris}}}}}}}};
    const auto key = ccri::crypto::SigningKey::generate(*ccri::crypto::JwsAlgorithm::fromName(QStringLiteral("RS256")));
    jwks = {{"keys", {key->publicJwk()}}};
    authorizationResponseIss = issuer();
    return true;
}

void HostileSmartServer::serve()
{
    const auto json = [](const nlohmann::json& document, int status = 200) {
        return HostileServer::json(QByteArray::fromStdString(document.dump()), status);
    };
    m_server.route(QStringLiteral("/fhir/STU3/.well-known/smart-configuration"), json(smartConfiguration));
    m_server.route(QStringLiteral("/fhir/STU3/metadata"), json(capabilityStatement));
    m_server.route(QStringLiteral("/auth/.well-known/openid-configuration"), json(openIdConfiguration));
    m_server.route(QStringLiteral("/auth/jwks"), json(jwks));
    m_server.route(QStringLiteral("/auth/token"),
                   json({{"error", "invalid_grant"}, {"error_description", "Unknown code."}}, 400));
    m_server.route(QStringLiteral("/auth/revoke"), json(nlohmann::json::object()));
    m_server.route(QStringLiteral("/auth/introspect"), json({{"active", false}}));
    HostileServer::Response unauthorized = json({{"resourceType", "OperationOutcome"}}, 401);
    unauthorized.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    m_server.route(QStringLiteral("/fhir/STU3/Patient"), unauthorized);
    const bool requirePkce = this->requirePkce;
    const QString iss = authorizationResponseIss;
    const QString login = url(QStringLiteral("/auth/login"));
    m_server.route(QStringLiteral("/auth/authorize"), [requirePkce, iss, login](const HostileServer::Request& request) {
        const QUrlQuery query(QUrl::fromEncoded("http://x" + request.target));
        if (!query.hasQueryItem(QStringLiteral("code_challenge")) && requirePkce) {
            QUrl back(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            QUrlQuery answer;
            answer.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
            answer.addQueryItem(QStringLiteral("error_description"), QStringLiteral("PKCE is required."));
            answer.addQueryItem(QStringLiteral("state"), query.queryItemValue(QStringLiteral("state")));
            if (!iss.isEmpty())
                answer.addQueryItem(QStringLiteral("iss"), iss);
            back.setQuery(answer);
            return HostileServer::redirect(back);
        }
        return HostileServer::redirect(QUrl(login + QStringLiteral("?request=1")));
    });
}
