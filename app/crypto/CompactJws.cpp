#include "app/crypto/CompactJws.h"

#include "app/core/Base64Url.h"

#include <QCoreApplication>

namespace ccri::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ccri::crypto::CompactJws", text);
}

QByteArray encodeJson(const nlohmann::json& value)
{
    return ccri::Base64Url::encode(QByteArray::fromStdString(value.dump()));
}

std::optional<nlohmann::json> decodeObject(const QByteArray& part)
{
    const auto bytes = ccri::Base64Url::decode(part);
    if (!bytes)
        return std::nullopt;
    nlohmann::json value = nlohmann::json::parse(bytes->constBegin(), bytes->constEnd(), nullptr, false);
    if (value.is_discarded() || !value.is_object())
        return std::nullopt;
    return value;
}

CompactJws::Verification refused(CompactJws::Status status, const QString& message, nlohmann::json header = {})
{
    CompactJws::Verification result;
    result.status = status;
    result.message = message;
    result.header = std::move(header);
    return result;
}
} // namespace

std::optional<QByteArray> CompactJws::sign(nlohmann::json header, const nlohmann::json& claims, const SigningKey& key,
                                           QString* error)
{
    header["alg"] = key.algorithm().name().toStdString();
    if (!header.contains("kid"))
        header["kid"] = key.kid().toStdString();
    const QByteArray input = encodeJson(header) + '.' + encodeJson(claims);
    const auto signature = key.sign(input, error);
    if (!signature)
        return std::nullopt;
    return input + '.' + ccri::Base64Url::encode(*signature);
}

std::optional<CompactJws::Parsed> CompactJws::parse(const QByteArray& token, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<Parsed> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (token.size() > maxTokenBytes)
        return fail(tr("The token is longer than %1 bytes.").arg(maxTokenBytes));
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) // RFC 7515 §7.1; five parts would be a JWE
        return fail(tr("The token is not a compact JWS (three parts separated by dots)."));
    auto header = decodeObject(parts.at(0));
    if (!header)
        return fail(tr("The token's header is not a base64url JSON object."));
    auto claims = decodeObject(parts.at(1));
    if (!claims)
        return fail(tr("The token's payload is not a base64url JSON object."));
    const auto signature = ccri::Base64Url::decode(parts.at(2));
    if (!signature)
        return fail(tr("The token's signature is not base64url."));
    return Parsed {std::move(*header), std::move(*claims), parts.at(0) + '.' + parts.at(1), *signature};
}

CompactJws::Verification CompactJws::verify(const QByteArray& token, const JwkSet& keys)
{
    QString why;
    const auto parsed = parse(token, &why);
    if (!parsed)
        return refused(Status::Malformed, why);
    const nlohmann::json& header = parsed->header;
    const auto alg = header.find("alg");
    if (alg == header.end() || !alg->is_string())
        return refused(Status::Malformed, tr("The token's header has no alg (RFC 7515 §4.1.1)."), header);
    const QString algName = QString::fromStdString(alg->get<std::string>());
    // RFC 7515 §4.1.11: a critical extension we do not understand makes the token invalid.
    if (header.contains("crit"))
        return refused(Status::UnsupportedAlgorithm,
                       tr("The token's header lists critical extensions (crit) this verifier does not understand."),
                       header);
    const auto algorithm = JwsAlgorithm::fromName(algName);
    if (!algorithm) {
        if (algName.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return refused(Status::UnsupportedAlgorithm, tr("The token is not signed (alg none) and is refused."),
                           header);
        if (algName.startsWith(QLatin1String("HS")))
            return refused(Status::UnsupportedAlgorithm,
                           tr("The token is signed with %1, a shared secret; only public-key signatures "
                              "(RS256, RS384, RS512, ES256, ES384) are accepted.")
                               .arg(algName),
                           header);
        return refused(
            Status::UnsupportedAlgorithm,
            tr("The token's algorithm %1 is not supported (RS256, RS384, RS512, ES256, ES384).").arg(algName), header);
    }
    const VerifyingKey* key = nullptr;
    const auto kid = header.find("kid");
    if (kid != header.end()) {
        if (!kid->is_string())
            return refused(Status::Malformed, tr("The token's kid is not a string."), header);
        const QString kidText = QString::fromStdString(kid->get<std::string>());
        key = keys.find(kidText);
        if (!key)
            return refused(Status::UnknownKey, tr("No key of the key set has the token's kid \"%1\".").arg(kidText),
                           header);
    } else if (keys.keys().size() == 1) {
        key = &keys.keys().front();
    } else {
        return refused(Status::UnknownKey,
                       tr("The token names no kid and the key set holds %1 keys.").arg(keys.keys().size()), header);
    }
    if (!key->verify(*algorithm, parsed->signingInput, parsed->signature, &why))
        return refused(Status::BadSignature, why, header);
    Verification result;
    result.status = Status::Ok;
    result.header = header;
    result.claims = parsed->claims;
    return result;
}

} // namespace ccri::crypto
