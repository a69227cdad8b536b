#include "sandbox/auth/ClientRegistry.h"

#include "sandbox/auth/ClientKeyMetadata.h"
#include "sandbox/auth/DemoClientKey.h"
#include "sandbox/auth/JsonListFile.h"
#include "sandbox/auth/RandomToken.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ccri::sandbox {

namespace {
QString readOnBoth(const QStringList& types)
{
    QStringList scopes;
    for (const QString& type : types)
        scopes << QStringLiteral("user/%1.read").arg(type) << QStringLiteral("patient/%1.read").arg(type);
    return scopes.join(QLatin1Char(' '));
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}
} // namespace

QString ClientRegistry::anyScope()
{
    return QStringLiteral("openid fhirUser profile launch launch/patient offline_access online_access "
                          "user/*.* patient/*.*");
}

QStringList ClientRegistry::explorerRedirectUris()
{
    return {QStringLiteral("http://127.0.0.1/callback"), QStringLiteral("http://[::1]/callback"),
            QStringLiteral("uk.nhs.ccri.explorer:/callback")};
}

ClientRegistry ClientRegistry::demo()
{
    const QString anything = anyScope();
    const QStringList interactive = {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")};
    const QStringList system = {QStringLiteral("client_credentials")};
    ClientRegistry registry;
    registry.add({QStringLiteral("ccri-explorer"), QStringLiteral("CareConnect Explorer"), QString(),
                  explorerRedirectUris(), interactive, anything});
    registry.add({QStringLiteral("ccri-explorer-confidential"), QStringLiteral("CareConnect Explorer (confidential)"),
                  RandomToken::generate(24), explorerRedirectUris(), interactive, anything});
    registry.add({QStringLiteral("patient-access"),
                  QStringLiteral("CCRI patient-access"),
                  RandomToken::generate(24),
                  {},
                  system,
                  QStringLiteral("profile patient/Patient.read user/Patient.read")});
    registry.add(
        {QStringLiteral("clinical-access"),
         QStringLiteral("CCRI clinical-access"),
         RandomToken::generate(24),
         {},
         system,
         QStringLiteral("profile ")
             + readOnBoth({QStringLiteral("Patient"), QStringLiteral("Observation"), QStringLiteral("Encounter"),
                           QStringLiteral("Condition"), QStringLiteral("Immunization"),
                           QStringLiteral("MedicationRequest"), QStringLiteral("MedicationStatement")})});
    registry.add({QStringLiteral("limited-access"),
                  QStringLiteral("CCRI limited-access"),
                  RandomToken::generate(24),
                  {},
                  system,
                  QStringLiteral("profile")});
    // A SMART Backend Service (private_key_jwt, RFC 7523): signs with the fixed demo key that
    // `ccri-sandbox --write-demo-key FILE` writes out; system/ scopes of the CCRI policy's table.
    SandboxClient backend {DemoClientKey::clientId(),
                           QStringLiteral("Backend service demo (private_key_jwt)"),
                           QString(),
                           {},
                           system,
                           QStringLiteral("system/Patient.read system/Observation.read system/Condition.read "
                                          "system/AllergyIntolerance.read system/Immunization.read")};
    backend.privateKeyJwt = true;
    backend.jwks = DemoClientKey::keySet();
    registry.add(backend);
    // A resource server's credential: no grant, may introspect any token (RFC 7662 §2.1).
    SandboxClient resourceServer {QStringLiteral("ccri-resource-server"),
                                  QStringLiteral("Resource server (introspection)"),
                                  RandomToken::generate(24),
                                  {},
                                  {},
                                  QString()};
    resourceServer.resourceServer = true;
    registry.add(resourceServer);
    return registry;
}

std::optional<ClientRegistry> ClientRegistry::fromFile(const QString& path, QString* error)
{
    const auto list = JsonListFile::read(path, QStringLiteral("clients"), error);
    return list ? fromArray(*list, error) : std::nullopt;
}

std::optional<ClientRegistry> ClientRegistry::fromJson(const QByteArray& json, QString* error)
{
    const auto list = JsonListFile::parse(json, QStringLiteral("clients"), error);
    return list ? fromArray(*list, error) : std::nullopt;
}

std::optional<ClientRegistry> ClientRegistry::fromArray(const QJsonArray& clients, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ClientRegistry registry;
    for (const QJsonValue& value : clients) {
        const QJsonObject object = value.toObject();
        SandboxClient client;
        client.clientId = object.value(QStringLiteral("client_id")).toString();
        if (client.clientId.isEmpty())
            return fail(QCoreApplication::translate("ClientRegistry", "Every client needs a \"client_id\"."));
        if (registry.find(client.clientId))
            return fail(
                QCoreApplication::translate("ClientRegistry", "The client %1 is listed twice.").arg(client.clientId));
        client.name = object.value(QStringLiteral("name")).toString(client.clientId);
        const bool isPublic = object.value(QStringLiteral("public")).toBool(false);
        client.secret = object.value(QStringLiteral("client_secret")).toString();
        QString why;
        const auto keyed = ClientKeyMetadata::read(
            nlohmann::json::parse(QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString()), &client, &why);
        if (keyed == ClientKeyMetadata::Outcome::Invalid)
            return fail(QCoreApplication::translate("ClientRegistry", "The client %1: %2").arg(client.clientId, why));
        if (keyed == ClientKeyMetadata::Outcome::Ok
            && (isPublic || object.contains(QStringLiteral("client_secret"))
                || object.value(QStringLiteral("resource_server")).toBool(false)))
            return fail(QCoreApplication::translate("ClientRegistry",
                                                    "The private_key_jwt client %1 cannot be public, have a "
                                                    "client_secret or be a resource server.")
                            .arg(client.clientId));
        if (isPublic && !client.secret.isEmpty())
            return fail(QCoreApplication::translate("ClientRegistry", "The public client %1 cannot have a secret.")
                            .arg(client.clientId));
        if (!isPublic && !client.privateKeyJwt && client.secret.isEmpty())
            client.secret = RandomToken::generate(24);
        client.redirectUris = toStringList(object.value(QStringLiteral("redirect_uris")));
        client.grantTypes = toStringList(object.value(QStringLiteral("grant_types")));
        if (client.grantTypes.isEmpty())
            client.grantTypes = {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")};
        if (isPublic && client.grantTypes.contains(QStringLiteral("client_credentials")))
            return fail(
                QCoreApplication::translate("ClientRegistry", "The public client %1 cannot use client_credentials.")
                    .arg(client.clientId));
        client.resourceServer = object.value(QStringLiteral("resource_server")).toBool(false);
        if (isPublic && client.resourceServer)
            return fail(QCoreApplication::translate("ClientRegistry",
                                                    "The public client %1 cannot be a resource server: introspection "
                                                    "needs a secret.")
                            .arg(client.clientId));
        client.scope = object.value(QStringLiteral("scope")).toString();
        if (!object.contains(QStringLiteral("scope"))) {
            if (client.grantTypes.contains(QStringLiteral("client_credentials")))
                return fail(
                    QCoreApplication::translate("ClientRegistry", "The client_credentials client %1 needs a \"scope\".")
                        .arg(client.clientId));
            client.scope = anyScope(); // the user's permissions still limit what is granted
        }
        registry.add(client);
    }
    return registry;
}

void ClientRegistry::add(const SandboxClient& client)
{
    m_clients.append(client);
}

int ClientRegistry::registeredCount() const
{
    return static_cast<int>(std::count_if(m_clients.cbegin(), m_clients.cend(),
                                          [](const SandboxClient& client) { return client.registered; }));
}

const SandboxClient* ClientRegistry::find(const QString& clientId) const
{
    for (const SandboxClient& client : m_clients) {
        if (client.clientId == clientId)
            return &client;
    }
    return nullptr;
}

} // namespace ccri::sandbox
