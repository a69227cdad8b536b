#pragma once

#include "app/crypto/JwkSet.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ccri::auth {

// Registers this app with a server's registration endpoint (RFC 7591 §3.1, dynamic client
// registration) as a signed-JWT client: client_name, token_endpoint_auth_method "private_key_jwt",
// the public JWK Set (jwks), grant_types and scope, as JSON. The server answers 201 Created with a
// client_id (§3.2.1), or 400 with error / error_description (§3.2.2). A step object: start() once,
// then exactly one of registered() or failed().
class ClientRegistration : public QObject
{
    Q_OBJECT

public:
    ClientRegistration(QNetworkAccessManager* network, const QUrl& registrationEndpoint, QObject* parent = nullptr);

    void setSslConfiguration(const QSslConfiguration& configuration) { m_ssl = configuration; }
    void start(const QString& clientName, const crypto::JwkSet& keys, const QStringList& grantTypes,
               const QString& scope);

signals:
    void registered(const QString& clientId);
    void failed(const QString& message);

private:
    QNetworkAccessManager* m_network;
    QUrl m_endpoint;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    QPointer<QNetworkReply> m_reply;
};

} // namespace ccri::auth
