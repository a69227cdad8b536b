#include "app/crypto/Sha256.h"

#include "app/crypto/OpenSslKey.h"

#include <memory>
#include <openssl/evp.h>

namespace ccri::crypto {

namespace {
// One digest context per thread, and the SHA-256 implementation fetched once per thread:
// EVP_Digest() with EVP_sha256() makes a context and fetches the implementation on every call
// (OpenSSL 3), which costs more than hashing a token.
struct ThreadDigest
{
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md {EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context {EVP_MD_CTX_new(), &EVP_MD_CTX_free};
};
} // namespace

QByteArray Sha256::digest(const QByteArray& data)
{
    thread_local ThreadDigest digest;
    if (!digest.md || !digest.context)
        return OpenSslKey::sha256(data);
    QByteArray out(32, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestInit_ex2(digest.context.get(), digest.md.get(), nullptr) != 1
        || EVP_DigestUpdate(digest.context.get(), data.constData(), static_cast<size_t>(data.size())) != 1
        || EVP_DigestFinal_ex(digest.context.get(), reinterpret_cast<unsigned char*>(out.data()), &size) != 1
        || size != 32) {
        OpenSslKey::takeError();
        return OpenSslKey::sha256(data);
    }
    return out;
}

} // namespace ccri::crypto
