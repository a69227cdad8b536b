#pragma once

#include "app/crypto/JwkSet.h"
#include "app/crypto/SigningKey.h"

#include <optional>
#include <QString>

namespace ccri::sandbox {

// The fixed private key of the demo backend service `backend-demo` (ES384, P-384), shipped as the
// resource :/sandbox/backend-demo-key.pem. It is a demo key, the same on every machine: the sandbox
// registers its public half and writes the private PEM only when asked (--write-demo-key FILE).
class DemoClientKey
{
public:
    static QString clientId() { return QStringLiteral("backend-demo"); }
    static std::optional<ccri::crypto::SigningKey> key(QString* error = nullptr);
    static ccri::crypto::JwkSet keySet(); // the public key (kid: its RFC 7638 thumbprint, alg ES384)
    // Writes the PEM to `path` with mode 0600; an existing file is never replaced. False and a sentence.
    static bool write(const QString& path, QString* error);
};

} // namespace ccri::sandbox
