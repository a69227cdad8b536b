#pragma once

#include "app/crypto/SigningKey.h"

#include <optional>
#include <QString>

namespace ccri::sandbox {

// The sandbox's token-signing key kept in a PEM file (--signing-key FILE), so tokens and id_tokens
// stay valid across restarts. A missing file is created with a new RSA 2048 key (RS256), readable
// and writable by its owner only (0600), never overwritten. An existing file that its group or
// others may read or write is refused in words, as is anything but an RSA private key of 2048+ bits.
class SigningKeyFile
{
public:
    static std::optional<ccri::crypto::SigningKey> loadOrCreate(const QString& path, QString* error);
};

} // namespace ccri::sandbox
