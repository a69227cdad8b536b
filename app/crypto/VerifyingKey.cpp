#include "app/crypto/VerifyingKey.h"

#include "app/core/Base64Url.h"
#include "app/crypto/OpenSslKey.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <QCoreApplication>

namespace ccri::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ccri::crypto::VerifyingKey", text);
}

template<typename T> std::optional<T> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString text(const nlohmann::json& object, const char* name)
{
    const auto it = object.find(name);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

std::optional<QByteArray> member(const nlohmann::json& jwk, const char* name)
{
    const QString value = text(jwk, name);
    if (value.isEmpty())
        return std::nullopt;
    auto bytes = ccri::Base64Url::decode(value.toLatin1());
    if (!bytes || bytes->isEmpty())
        return std::nullopt;
    return bytes;
}

QByteArray withoutLeadingZeros(QByteArray bytes)
{
    while (bytes.size() > 1 && bytes.at(0) == '\0')
        bytes.remove(0, 1);
    return bytes;
}

struct ParamBuildFree
{
    void operator()(OSSL_PARAM_BLD* b) const { OSSL_PARAM_BLD_free(b); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
struct CtxFree
{
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
struct BnFree
{
    void operator()(BIGNUM* n) const { BN_free(n); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

// EVP_PKEY_fromdata with what `fill` puts in the builder: a public key of type `type` ("RSA", "EC"),
// checked with EVP_PKEY_public_check when `publicCheck`.
template<typename Fill> OpenSslKey::Ptr fromData(const char* type, bool publicCheck, Fill fill)
{
    std::unique_ptr<OSSL_PARAM_BLD, ParamBuildFree> build(OSSL_PARAM_BLD_new());
    if (!build || !fill(build.get()))
        return {};
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(build.get()));
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    OpenSslKey::Ptr result = OpenSslKey::adopt(key);
    if (!publicCheck)
        return result;
    // An EC point must lie on its curve (invalid-curve attacks).
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> check(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    return result;
}

OpenSslKey::Ptr rsaKey(const QByteArray& n, const QByteArray& e)
{
    std::unique_ptr<BIGNUM, BnFree> bn(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(n.constData()), n.size(), nullptr));
    std::unique_ptr<BIGNUM, BnFree> be(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(e.constData()), e.size(), nullptr));
    if (!bn || !be)
        return {};
    // RFC 8017 §3.1: n odd (a product of odd primes), e odd with 3 <= e < n. Checked here rather than
    // by EVP_PKEY_public_check, which for RSA runs SP 800-56B's full test (a Miller-Rabin compositeness
    // test of n: about 3 ms per 2048-bit key, on the GUI thread at every sign-in's ID-token check).
    // For verifying, that guards against nothing: whoever publishes the key set could publish any
    // valid key. (EC keys keep the full check: a point off its curve is an attack on the verifier.)
    if (!BN_is_odd(bn.get()) || !BN_is_odd(be.get()) || BN_num_bits(be.get()) < 2 || BN_cmp(be.get(), bn.get()) >= 0)
        return {};
    return fromData("RSA", false, [&](OSSL_PARAM_BLD* b) {
        return OSSL_PARAM_BLD_push_BN(b, OSSL_PKEY_PARAM_RSA_N, bn.get()) == 1
            && OSSL_PARAM_BLD_push_BN(b, OSSL_PKEY_PARAM_RSA_E, be.get()) == 1;
    });
}

OpenSslKey::Ptr ecKey(const QString& curve, const QByteArray& x, const QByteArray& y)
{
    const QByteArray group = curve == QLatin1String("P-256") ? "prime256v1" : "secp384r1";
    const QByteArray point = QByteArray(1, '\x04') + x + y; // SEC 1 §2.3.3 uncompressed point
    return fromData("EC", true, [&](OSSL_PARAM_BLD* b) {
        return OSSL_PARAM_BLD_push_utf8_string(b, OSSL_PKEY_PARAM_GROUP_NAME, group.constData(), 0) == 1
            && OSSL_PARAM_BLD_push_octet_string(b, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                                static_cast<size_t>(point.size()))
            == 1;
    });
}
} // namespace

VerifyingKey::VerifyingKey(std::shared_ptr<evp_pkey_st> key, std::optional<JwsAlgorithm> algorithm, const QString& kid)
    : m_key(std::move(key))
    , m_algorithm(algorithm)
    , m_kid(kid)
{
    if (m_kid.isEmpty())
        m_kid = thumbprint();
}

std::optional<VerifyingKey> VerifyingKey::fromJwk(const nlohmann::json& jwk, QString* error)
{
    if (!jwk.is_object())
        return fail<VerifyingKey>(error, tr("The key is not a JSON object (RFC 7517 §4)."));
    // RFC 7517 §4 / RFC 7518 §6.2.2, §6.3.2, §6.4: a public key set never holds private or symmetric members.
    for (const char* secret : {"d", "p", "q", "dp", "dq", "qi", "oth", "k"}) {
        if (jwk.contains(secret))
            return fail<VerifyingKey>(
                error,
                tr("The key holds the private member \"%1\": publish only the public key.").arg(QLatin1String(secret)));
    }
    const QString kty = text(jwk, "kty");
    if (kty.isEmpty())
        return fail<VerifyingKey>(error, tr("The key has no kty (RFC 7517 §4.1)."));
    if (jwk.contains("use") && text(jwk, "use") != QLatin1String("sig"))
        return fail<VerifyingKey>(error,
                                  tr("The key's use is \"%1\", not \"sig\" (RFC 7517 §4.2).").arg(text(jwk, "use")));
    if (jwk.contains("kid") && !jwk.at("kid").is_string())
        return fail<VerifyingKey>(error, tr("The key's kid is not a string (RFC 7517 §4.5)."));
    std::optional<JwsAlgorithm> algorithm;
    if (jwk.contains("alg")) {
        algorithm = JwsAlgorithm::fromName(text(jwk, "alg"));
        if (!algorithm)
            return fail<VerifyingKey>(
                error,
                tr("The key's alg \"%1\" is not supported (RS256, RS384, RS512, ES256, ES384).").arg(text(jwk, "alg")));
        if (algorithm->keyType() != kty)
            return fail<VerifyingKey>(error,
                                      tr("The key's alg %1 needs kty %2, but the key is kty %3.")
                                          .arg(algorithm->name(), algorithm->keyType(), kty));
    }

    OpenSslKey::Ptr key;
    if (kty == QLatin1String("RSA")) {
        const auto n = member(jwk, "n");
        const auto e = member(jwk, "e");
        if (!n || !e)
            return fail<VerifyingKey>(error, tr("The RSA key needs n and e in base64url (RFC 7518 §6.3.1)."));
        const int bits = static_cast<int>(withoutLeadingZeros(*n).size()) * 8;
        if (bits < 2048) // RFC 7518 §3.3: 2048 bits or larger MUST be used
            return fail<VerifyingKey>(error,
                                      tr("The RSA key is too short (%1 bits): at least 2048 are needed "
                                         "(RFC 7518 §3.3).")
                                          .arg(bits));
        key = rsaKey(*n, *e);
        if (!key || OpenSslKey::bits(key.get()) < 2048)
            return fail<VerifyingKey>(error, tr("The RSA key's n and e do not make a valid public key."));
    } else if (kty == QLatin1String("EC")) {
        const QString crv = text(jwk, "crv");
        const int size = crv == QLatin1String("P-256") ? 32 : crv == QLatin1String("P-384") ? 48 : 0;
        if (size == 0)
            return fail<VerifyingKey>(error, tr("The EC curve \"%1\" is not supported (P-256, P-384).").arg(crv));
        if (algorithm && algorithm->curve() != crv)
            return fail<VerifyingKey>(error,
                                      tr("The key's alg %1 needs curve %2, but the key is on %3.")
                                          .arg(algorithm->name(), algorithm->curve(), crv));
        const auto x = member(jwk, "x");
        const auto y = member(jwk, "y");
        // RFC 7518 §6.2.1.2 / §6.2.1.3: each coordinate is the full size of the curve's field.
        if (!x || !y || x->size() != size || y->size() != size)
            return fail<VerifyingKey>(error,
                                      tr("The EC key needs x and y of %1 bytes each in base64url "
                                         "(RFC 7518 §6.2.1).")
                                          .arg(size));
        key = ecKey(crv, *x, *y);
        if (!key)
            return fail<VerifyingKey>(error, tr("The EC key's point is not on the curve %1.").arg(crv));
    } else {
        return fail<VerifyingKey>(error,
                                  tr("The key type \"%1\" is not supported: only RSA and EC signing keys "
                                     "(symmetric \"oct\" keys never belong in a public key set).")
                                      .arg(kty));
    }
    return VerifyingKey(key, algorithm, text(jwk, "kid"));
}

QString VerifyingKey::keyType() const
{
    return OpenSslKey::isEc(m_key.get()) ? QStringLiteral("EC") : QStringLiteral("RSA");
}

nlohmann::json VerifyingKey::requiredMembers() const
{
    auto encoded = [](const std::optional<QByteArray>& bytes) {
        return bytes ? ccri::Base64Url::encode(*bytes).toStdString() : std::string();
    };
    // nlohmann::json objects keep their members sorted: dump() gives RFC 7638 §3.3's lexical order.
    if (OpenSslKey::isEc(m_key.get())) {
        const QString crv = OpenSslKey::curve(m_key.get());
        const int size = crv == QLatin1String("P-384") ? 48 : 32;
        return {{"crv", crv.toStdString()},
                {"kty", "EC"},
                {"x", encoded(OpenSslKey::bigNumber(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, size))},
                {"y", encoded(OpenSslKey::bigNumber(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, size))}};
    }
    return {{"e", encoded(OpenSslKey::bigNumber(m_key.get(), OSSL_PKEY_PARAM_RSA_E))},
            {"kty", "RSA"},
            {"n", encoded(OpenSslKey::bigNumber(m_key.get(), OSSL_PKEY_PARAM_RSA_N))}};
}

nlohmann::json VerifyingKey::jwk() const
{
    nlohmann::json result = requiredMembers();
    result["kid"] = m_kid.toStdString();
    result["use"] = "sig";
    if (m_algorithm)
        result["alg"] = m_algorithm->name().toStdString();
    return result;
}

QString VerifyingKey::thumbprint() const
{
    const std::string canonical = requiredMembers().dump(); // compact, sorted, ASCII (RFC 7638 §3.3)
    return QString::fromLatin1(ccri::Base64Url::encode(OpenSslKey::sha256(QByteArray::fromStdString(canonical))));
}

bool VerifyingKey::verify(const JwsAlgorithm& algorithm, const QByteArray& input, const QByteArray& signature,
                          QString* error) const
{
    auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_algorithm && !(*m_algorithm == algorithm))
        return refuse(tr("The key %1 is for %2, not %3.").arg(m_kid, m_algorithm->name(), algorithm.name()));
    if (algorithm.keyType() != keyType())
        return refuse(tr("%1 needs a %2 key, but the key %3 is %4.")
                          .arg(algorithm.name(), algorithm.keyType(), m_kid, keyType()));
    QByteArray wire = signature;
    if (algorithm.family() == JwsAlgorithm::Family::Ec) {
        if (OpenSslKey::curve(m_key.get()) != algorithm.curve())
            return refuse(tr("%1 needs a key on %2.").arg(algorithm.name(), algorithm.curve()));
        // RFC 7518 §3.4: R‖S, each exactly the coordinate size; OpenSSL wants DER.
        const auto der = OpenSslKey::rawToDer(signature, algorithm.coordinateBytes());
        if (!der)
            return refuse(tr("An %1 signature is %2 bytes (R and S), not %3.")
                              .arg(algorithm.name())
                              .arg(algorithm.signatureBytes())
                              .arg(signature.size()));
        wire = *der;
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    const bool ok = ctx
        && EVP_DigestVerifyInit(ctx.get(), nullptr, OpenSslKey::digest(algorithm), nullptr, m_key.get()) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(wire.constData()),
                            static_cast<size_t>(wire.size()), reinterpret_cast<const unsigned char*>(input.constData()),
                            static_cast<size_t>(input.size()))
            == 1;
    ERR_clear_error();
    if (!ok)
        return refuse(tr("The signature does not match the key %1.").arg(m_kid));
    return true;
}

} // namespace ccri::crypto
