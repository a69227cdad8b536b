#pragma once

#include <functional>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

class QSettings;

namespace ccri {

namespace auth {
class TokenStore;
}
namespace crypto {
class SigningKey;
}

// `ccri-explorer --server URL --client-id ID --export-jwks`, without a window: finds the saved
// profile, reads its private key from the keychain (asynchronously: the caller's event loop runs)
// and prints the public JWK Set (RFC 7517 §5; kid = the RFC 7638 thumbprint) to register the app
// with a server. `--private-key FILE --export-jwks` prints the file's (publicJwkSet, no keychain).
// Never prints the private key.
class ExportJwksCommand : public QObject
{
    Q_OBJECT

public:
    using Finished = std::function<void(int exitCode, const QString& output, const QString& error)>;

    ExportJwksCommand(QSettings* settings, auth::TokenStore* tokens, QObject* parent = nullptr);
    // Answers `done` once, later (never inside this call): exit code 0 with the JWK Set, or 2 and a sentence.
    void run(const QUrl& server, const QString& clientId, Finished done);
    // {"keys":[the key's public JWK]}, indented.
    static QString publicJwkSet(const crypto::SigningKey& key);

private:
    QSettings* m_settings;
    auth::TokenStore* m_tokens;
};

} // namespace ccri
