#include "app/crypto/OpenSslKey.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace ccri::crypto {

namespace {
struct BigNumFree
{
    void operator()(BIGNUM* n) const { BN_free(n); }
};
using BigNum = std::unique_ptr<BIGNUM, BigNumFree>;

struct SigFree
{
    void operator()(ECDSA_SIG* s) const { ECDSA_SIG_free(s); }
};
using EcdsaSig = std::unique_ptr<ECDSA_SIG, SigFree>;
} // namespace

OpenSslKey::Ptr OpenSslKey::adopt(EVP_PKEY* key)
{
    return Ptr(key, [](EVP_PKEY* k) { EVP_PKEY_free(k); });
}

const EVP_MD* OpenSslKey::digest(const JwsAlgorithm& algorithm)
{
    switch (algorithm.digestBits()) {
    case 256:
        return EVP_sha256();
    case 384:
        return EVP_sha384();
    case 512:
        return EVP_sha512();
    }
    return nullptr;
}

QByteArray OpenSslKey::sha256(const QByteArray& data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()),
                   &size, EVP_sha256(), nullptr)
        != 1) {
        takeError();
        return {};
    }
    out.resize(static_cast<qsizetype>(size));
    return out;
}

QString OpenSslKey::takeError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    const char* reason = ERR_reason_error_string(code);
    return reason ? QString::fromLatin1(reason) : QStringLiteral("OpenSSL error %1").arg(code);
}

bool OpenSslKey::isRsa(const EVP_PKEY* key)
{
    return key && EVP_PKEY_is_a(key, "RSA");
}

bool OpenSslKey::isEc(const EVP_PKEY* key)
{
    return key && EVP_PKEY_is_a(key, "EC");
}

int OpenSslKey::bits(const EVP_PKEY* key)
{
    return key ? EVP_PKEY_get_bits(key) : 0;
}

QString OpenSslKey::curve(const EVP_PKEY* key)
{
    char name[80] = {};
    size_t length = 0;
    if (!isEc(key)
        || EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &length) != 1) {
        ERR_clear_error();
        return {};
    }
    const QString group = QString::fromLatin1(name, static_cast<qsizetype>(length));
    if (group == QLatin1String("prime256v1") || group == QLatin1String("P-256"))
        return QStringLiteral("P-256");
    if (group == QLatin1String("secp384r1") || group == QLatin1String("P-384"))
        return QStringLiteral("P-384");
    return group;
}

std::optional<QByteArray> OpenSslKey::bigNumber(const EVP_PKEY* key, const char* name, int padTo)
{
    BIGNUM* raw = nullptr;
    if (!key || EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    const BigNum number(raw);
    const int size = padTo > 0 ? padTo : BN_num_bytes(number.get());
    if (BN_num_bytes(number.get()) > size)
        return std::nullopt;
    QByteArray out(size, Qt::Uninitialized);
    if (BN_bn2binpad(number.get(), reinterpret_cast<unsigned char*>(out.data()), size) != size)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> OpenSslKey::derToRaw(const QByteArray& der, int coordinateBytes)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    const EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
    if (!sig) {
        ERR_clear_error();
        return std::nullopt;
    }
    const BIGNUM* r = ECDSA_SIG_get0_r(sig.get());
    const BIGNUM* s = ECDSA_SIG_get0_s(sig.get());
    QByteArray raw(2 * coordinateBytes, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(raw.data());
    if (BN_bn2binpad(r, out, coordinateBytes) != coordinateBytes
        || BN_bn2binpad(s, out + coordinateBytes, coordinateBytes) != coordinateBytes)
        return std::nullopt;
    return raw;
}

std::optional<QByteArray> OpenSslKey::rawToDer(const QByteArray& raw, int coordinateBytes)
{
    if (coordinateBytes <= 0 || raw.size() != 2 * coordinateBytes)
        return std::nullopt;
    const auto* in = reinterpret_cast<const unsigned char*>(raw.constData());
    BigNum r(BN_bin2bn(in, coordinateBytes, nullptr));
    BigNum s(BN_bin2bn(in + coordinateBytes, coordinateBytes, nullptr));
    EcdsaSig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    (void)r.release(); // owned by sig now
    (void)s.release();
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0) {
        ERR_clear_error();
        return std::nullopt;
    }
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace ccri::crypto
