#pragma once

#include "app/crypto/VerifyingKey.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <QByteArray>
#include <QString>
#include <vector>

namespace ccri::crypto {

// A JWK Set (RFC 7517 §5): {"keys":[...]} of public signing keys, found by kid.
// parse() skips keys it does not understand (another kty, `use` other than "sig": §5 says to ignore
// them) and refuses, in words, a set that is not JSON, has no "keys" array, or holds a key that is
// unsafe or broken (private members, RSA under 2048 bits, a point off its curve, alg against kty).
class JwkSet
{
public:
    JwkSet() = default;
    explicit JwkSet(std::vector<VerifyingKey> keys);

    static std::optional<JwkSet> parse(const QByteArray& json, QString* error = nullptr);
    static std::optional<JwkSet> fromJson(const nlohmann::json& set, QString* error = nullptr);

    void add(const VerifyingKey& key) { m_keys.push_back(key); }
    const VerifyingKey* find(const QString& kid) const; // the first key with this kid, or nullptr
    const std::vector<VerifyingKey>& keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.empty(); }

    nlohmann::json toJson() const; // {"keys":[public JWKs]}
    QByteArray serialise() const; // compact JSON

private:
    std::vector<VerifyingKey> m_keys;
};

} // namespace ccri::crypto
