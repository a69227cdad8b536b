#include "app/crypto/SigningKey.h"

#include "app/crypto/OpenSslKey.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <QCoreApplication>

namespace ccri::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ccri::crypto::SigningKey", text);
}

struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

struct MdCtxFree
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

template<typename T> std::optional<T> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// Never asks a terminal for a passphrase: an encrypted key is refused instead.
int noPassphrase(char*, int, int, void*)
{
    return 0;
}
} // namespace

SigningKey::SigningKey(std::shared_ptr<evp_pkey_st> key, const JwsAlgorithm& algorithm)
    : m_key(std::move(key))
    , m_algorithm(algorithm)
    , m_public(m_key, algorithm)
{
}

std::optional<SigningKey> SigningKey::generate(const JwsAlgorithm& algorithm, QString* error)
{
    EVP_PKEY* key = nullptr;
    if (algorithm.family() == JwsAlgorithm::Family::Rsa)
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(algorithm.generatedRsaBits()));
    else
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC",
                                algorithm.curve() == QLatin1String("P-256") ? "P-256" : "P-384");
    if (!key)
        return fail<SigningKey>(error,
                                tr("Could not make a %1 key: %2.").arg(algorithm.name(), OpenSslKey::takeError()));
    return SigningKey(OpenSslKey::adopt(key), algorithm);
}

std::optional<SigningKey> SigningKey::fromPem(const QByteArray& pem, QString* error,
                                              std::optional<JwsAlgorithm> algorithm)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    EVP_PKEY* raw = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    if (!raw) {
        const QString reason = OpenSslKey::takeError();
        if (pem.contains("ENCRYPTED"))
            return fail<SigningKey>(error,
                                    tr("The key is encrypted with a passphrase; give an unencrypted PKCS#8 "
                                       "PEM key (keep the file readable by its owner only)."));
        return fail<SigningKey>(error, tr("This is not a PEM private key (%1).").arg(reason));
    }
    const OpenSslKey::Ptr key = OpenSslKey::adopt(raw);
    if (OpenSslKey::isRsa(key.get())) {
        const int bits = OpenSslKey::bits(key.get());
        if (bits < 2048) // RFC 7518 §3.3
            return fail<SigningKey>(error,
                                    tr("The RSA key has %1 bits; at least 2048 are needed (RFC 7518 §3.3).").arg(bits));
        const JwsAlgorithm chosen = algorithm.value_or(JwsAlgorithm::Id::RS256);
        if (chosen.family() != JwsAlgorithm::Family::Rsa)
            return fail<SigningKey>(
                error, tr("The key is an RSA key, but %1 needs an EC key on %2.").arg(chosen.name(), chosen.curve()));
        return SigningKey(key, chosen);
    }
    if (OpenSslKey::isEc(key.get())) {
        const QString curve = OpenSslKey::curve(key.get());
        std::optional<JwsAlgorithm> byCurve;
        if (curve == QLatin1String("P-256"))
            byCurve = JwsAlgorithm::Id::ES256;
        else if (curve == QLatin1String("P-384"))
            byCurve = JwsAlgorithm::Id::ES384;
        if (!byCurve)
            return fail<SigningKey>(error,
                                    tr("The EC key is on the curve %1; only P-256 (ES256) and P-384 (ES384) "
                                       "are supported.")
                                        .arg(curve));
        if (algorithm && !(*algorithm == *byCurve))
            return fail<SigningKey>(error,
                                    tr("The key is an EC key on %1, which signs %2, not %3.")
                                        .arg(curve, byCurve->name(), algorithm->name()));
        return SigningKey(key, *byCurve);
    }
    return fail<SigningKey>(error,
                            tr("The key is neither RSA nor EC; JWS here signs with RS256, RS384, RS512, "
                               "ES256 or ES384."));
}

QByteArray SigningKey::toPem() const
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        ERR_clear_error();
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QByteArray pem(data, static_cast<qsizetype>(size));
    OPENSSL_cleanse(data, static_cast<size_t>(size));
    return pem;
}

std::optional<QByteArray> SigningKey::sign(const QByteArray& signingInput, QString* error) const
{
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    size_t size = 0;
    const auto* input = reinterpret_cast<const unsigned char*>(signingInput.constData());
    const auto length = static_cast<size_t>(signingInput.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, OpenSslKey::digest(m_algorithm), nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &size, input, length) != 1)
        return fail<QByteArray>(error,
                                tr("Could not sign with %1: %2.").arg(m_algorithm.name(), OpenSslKey::takeError()));
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size, input, length) != 1)
        return fail<QByteArray>(error,
                                tr("Could not sign with %1: %2.").arg(m_algorithm.name(), OpenSslKey::takeError()));
    signature.resize(static_cast<qsizetype>(size));
    if (m_algorithm.family() == JwsAlgorithm::Family::Ec) {
        // RFC 7518 §3.4: the JWS signature is R‖S, each left-padded to the coordinate size, not DER.
        const auto raw = OpenSslKey::derToRaw(signature, m_algorithm.coordinateBytes());
        if (!raw)
            return fail<QByteArray>(error, tr("OpenSSL gave an ECDSA signature that is not DER."));
        return raw;
    }
    return signature;
}

} // namespace ccri::crypto
