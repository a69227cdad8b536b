#include "app/auth/ClientRegistration.h"

#include "app/net/NetworkErrorText.h"
#include "app/net/NetworkRequest.h"

#include <nlohmann/json.hpp>
#include <QNetworkReply>

namespace ccri::auth {

ClientRegistration::ClientRegistration(QNetworkAccessManager* network, const QUrl& registrationEndpoint,
                                       QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(registrationEndpoint)
{
}

void ClientRegistration::start(const QString& clientName, const crypto::JwkSet& keys, const QStringList& grantTypes,
                               const QString& scope)
{
    if (m_endpoint.isEmpty()) {
        emit failed(tr("The server has no registration endpoint, so the app can't register itself there. Register "
                       "it by hand with the public JWK Set."));
        return;
    }
    // RFC 7591 §2: client metadata. The public keys go by value (jwks), never a private member.
    nlohmann::json grants = nlohmann::json::array();
    for (const QString& grant : grantTypes)
        grants.push_back(grant.toStdString());
    nlohmann::json metadata {
        {"client_name", clientName.toStdString()},
        {"token_endpoint_auth_method", "private_key_jwt"},
        {"jwks", keys.toJson()},
        {"grant_types", grants},
    };
    if (!scope.isEmpty())
        metadata["scope"] = scope.toStdString();
    net::NetworkRequest request(m_endpoint);
    request.jsonBody().accept("application/json").tls(m_ssl).transferTimeoutMs(20000);
    QNetworkReply* reply = request.send(m_network, QByteArray::fromStdString(metadata.dump()));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = net::NetworkErrorText::statusOf(reply);
        // RFC 7591 §3.2.1: 201 Created and the client information, client_id required.
        const nlohmann::json answer
            = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
        if ((status == 201 || status == 200) && answer.is_object() && answer.contains("client_id")
            && answer["client_id"].is_string() && !answer["client_id"].get<std::string>().empty()) {
            emit registered(QString::fromStdString(answer["client_id"].get<std::string>()));
            return;
        }
        if (status == 201 || status == 200) {
            emit failed(tr("The registration endpoint %1 answered without a client_id.").arg(m_endpoint.toString()));
            return;
        }
        emit failed(tr("The registration endpoint %1 refused the registration: %2.")
                        .arg(m_endpoint.toString(), net::NetworkErrorText::describe(reply, body)));
    });
}

} // namespace ccri::auth
