#pragma once

#include "app/crypto/JwkSet.h"
#include "app/crypto/SigningKey.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <QByteArray>
#include <QString>

namespace ccri::crypto {

// JWS Compact Serialization (RFC 7515 §7.1): BASE64URL(header) '.' BASE64URL(payload) '.'
// BASE64URL(signature), with a JSON object as header and as payload (a JWT's claims).
class CompactJws
{
public:
    enum class Status
    {
        Ok,
        Malformed, // not three base64url parts of JSON objects, or no alg
        UnsupportedAlgorithm, // none, HS*, anything but RS256/384/512 and ES256/384, or a `crit` header
        UnknownKey, // no key of the set has the header's kid (or no kid and not exactly one key)
        BadSignature // the key's signature does not match, or the key cannot make this alg
    };
    struct Parsed
    {
        nlohmann::json header;
        nlohmann::json claims;
        QByteArray signingInput; // the first two parts with their dot (RFC 7515 §5.2 step 8)
        QByteArray signature; // decoded
    };
    struct Verification
    {
        Status status = Status::Malformed;
        QString message; // a sentence, empty when Ok
        nlohmann::json header;
        nlohmann::json claims; // only when Ok
        bool ok() const { return status == Status::Ok; }
    };

    static constexpr qsizetype maxTokenBytes = 64 * 1024;

    // Signs: the header gets "alg" (the key's) and "kid" (the key's, unless the header names one).
    static std::optional<QByteArray> sign(nlohmann::json header, const nlohmann::json& claims, const SigningKey& key,
                                          QString* error = nullptr);
    static std::optional<Parsed> parse(const QByteArray& token, QString* error = nullptr);
    // Parses and checks the signature against `keys` (RFC 7515 §5.2); claims are the caller's to check.
    static Verification verify(const QByteArray& token, const JwkSet& keys);
};

} // namespace ccri::crypto
