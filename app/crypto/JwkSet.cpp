#include "app/crypto/JwkSet.h"

#include <QCoreApplication>

namespace ccri::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ccri::crypto::JwkSet", text);
}

std::optional<JwkSet> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}
} // namespace

JwkSet::JwkSet(std::vector<VerifyingKey> keys)
    : m_keys(std::move(keys))
{
}

std::optional<JwkSet> JwkSet::parse(const QByteArray& json, QString* error)
{
    const nlohmann::json set = nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (set.is_discarded())
        return fail(error, tr("The key set is not JSON."));
    return fromJson(set, error);
}

std::optional<JwkSet> JwkSet::fromJson(const nlohmann::json& set, QString* error)
{
    if (!set.is_object() || !set.contains("keys") || !set.at("keys").is_array())
        return fail(error, tr("The key set has no \"keys\" array (RFC 7517 §5)."));
    JwkSet result;
    int index = 0;
    for (const nlohmann::json& jwk : set.at("keys")) {
        ++index;
        // RFC 7517 §5: keys whose kty is not understood are ignored; so are keys not for signatures.
        const bool understood = jwk.is_object() && jwk.contains("kty") && jwk.at("kty").is_string()
            && (jwk.at("kty") == "RSA" || jwk.at("kty") == "EC");
        const bool forSignatures = !jwk.is_object() || !jwk.contains("use") || jwk.at("use") == "sig";
        if (!understood || !forSignatures) {
            if (jwk.is_object() && jwk.contains("k"))
                return fail(error,
                            tr("Key %1 of the set is a symmetric secret (k): it must never be published.").arg(index));
            continue;
        }
        QString why;
        auto key = VerifyingKey::fromJwk(jwk, &why);
        if (!key)
            return fail(error, tr("Key %1 of the set is refused: %2").arg(index).arg(why));
        result.add(*key);
    }
    return result;
}

const VerifyingKey* JwkSet::find(const QString& kid) const
{
    for (const VerifyingKey& key : m_keys) {
        if (key.kid() == kid)
            return &key;
    }
    return nullptr;
}

nlohmann::json JwkSet::toJson() const
{
    nlohmann::json keys = nlohmann::json::array();
    for (const VerifyingKey& key : m_keys)
        keys.push_back(key.jwk());
    return {{"keys", std::move(keys)}};
}

QByteArray JwkSet::serialise() const
{
    return QByteArray::fromStdString(toJson().dump());
}

} // namespace ccri::crypto
