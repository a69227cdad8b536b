#pragma once

#include "app/auth/ServerProfile.h"
#include "app/auth/TokenStore.h"
#include "app/crypto/SigningKey.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QString>

namespace ccri::auth {

// A signed-JWT profile's private key in the keychain: its PKCS#8 PEM under the profile's
// signingKeyKey(), through the TokenStore (asynchronous; no keychain: this session's memory only,
// said by the store). The PEM is never written anywhere else. The algorithm is the profile's.
class SigningKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeyStore)

public:
    using KeyCallback
        = std::function<void(std::optional<crypto::SigningKey> key, TokenStore::Result result, const QString& error)>;

    static void save(TokenStore* tokens, const ServerProfile& profile, const crypto::SigningKey& key,
                     TokenStore::DoneCallback done = {});
    // A missing key, or one that can't sign with the profile's algorithm: nullopt and a sentence.
    static void load(TokenStore* tokens, const ServerProfile& profile, KeyCallback done);
    // Reads a PEM file to import (a sentence on failure: unreadable, not a private key, wrong type).
    static std::optional<crypto::SigningKey> readPemFile(const QString& path, const QString& algorithm, QString* error);
};

} // namespace ccri::auth
