#include "sandbox/auth/ClientKeyMetadata.h"

#include "sandbox/auth/SandboxClient.h"

#include <QCoreApplication>
#include <QUrl>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ClientKeyMetadata", text);
}
} // namespace

ClientKeyMetadata::Outcome ClientKeyMetadata::read(const nlohmann::json& object, SandboxClient* client, QString* error)
{
    auto invalid = [error](const QString& message) {
        *error = message;
        return Outcome::Invalid;
    };
    const auto method = object.find("token_endpoint_auth_method");
    const bool hasJwks = object.contains("jwks");
    const bool hasJwksUri = object.contains("jwks_uri");
    if (method != object.end() && !method->is_string())
        return invalid(tr("token_endpoint_auth_method must be a string."));
    if (method == object.end() || method->get<std::string>() != "private_key_jwt") {
        if (hasJwks || hasJwksUri)
            return invalid(tr("jwks and jwks_uri are for clients whose token_endpoint_auth_method is "
                              "\"private_key_jwt\"."));
        return Outcome::NotKeyBased;
    }
    if (hasJwks == hasJwksUri)
        return invalid(tr("A private_key_jwt client needs exactly one of jwks (its JWK Set) and jwks_uri (where "
                          "its JWK Set is published)."));
    if (hasJwks) {
        QString why;
        auto set = ccri::crypto::JwkSet::fromJson(object.at("jwks"), &why);
        if (!set)
            return invalid(tr("jwks is not a usable JWK Set: %1").arg(why));
        if (set->isEmpty())
            return invalid(tr("jwks holds no public signing key this sandbox can use (RSA of 2048 bits or more, "
                              "or EC P-256 / P-384)."));
        client->jwks = std::move(*set);
    } else {
        const nlohmann::json& uri = object.at("jwks_uri");
        const QUrl url(uri.is_string() ? QString::fromStdString(uri.get<std::string>()) : QString(), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty() || url.hasFragment()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return invalid(tr("jwks_uri must be an absolute http or https URL without a fragment."));
        client->jwksUri = url.toString();
    }
    client->privateKeyJwt = true;
    client->secret.clear();
    return Outcome::Ok;
}

} // namespace ccri::sandbox
