#pragma once

#include "sandbox/auth/SandboxClient.h"

#include <optional>
#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace ccri::sandbox {

// The OAuth2 clients the sandbox knows: the demo set (secrets made at start), or a JSON file
// given with --clients:
//   { "clients": [ { "client_id": "...", "name": "...", "client_secret": "..." | "public": true,
//                    "redirect_uris": [...], "grant_types": [...], "scope": "..." } ] }
// A confidential client without "client_secret" gets a random one. A signed-JWT client (RFC 7523)
// has "token_endpoint_auth_method": "private_key_jwt" and "jwks": {"keys": [...]} or "jwks_uri".
class ClientRegistry
{
public:
    ClientRegistry() = default;
    static ClientRegistry demo();
    static std::optional<ClientRegistry> fromFile(const QString& path, QString* error);
    static std::optional<ClientRegistry> fromJson(const QByteArray& json, QString* error);

    static QStringList explorerRedirectUris(); // what ccri-explorer may use
    static QString anyScope(); // no client limit: the user's permissions decide

    void add(const SandboxClient& client);
    int registeredCount() const; // clients made by dynamic registration
    const SandboxClient* find(const QString& clientId) const;
    const QList<SandboxClient>& clients() const { return m_clients; }

private:
    static std::optional<ClientRegistry> fromArray(const QJsonArray& clients, QString* error);

    QList<SandboxClient> m_clients;
};

} // namespace ccri::sandbox
