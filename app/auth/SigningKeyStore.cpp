#include "app/auth/SigningKeyStore.h"

#include <QFile>

namespace ccri::auth {

void SigningKeyStore::save(TokenStore* tokens, const ServerProfile& profile, const crypto::SigningKey& key,
                           TokenStore::DoneCallback done)
{
    tokens->saveText(profile.signingKeyKey(), QString::fromLatin1(key.toPem()), std::move(done));
}

void SigningKeyStore::load(TokenStore* tokens, const ServerProfile& profile, KeyCallback done)
{
    tokens->loadText(
        profile.signingKeyKey(), [profile, done](TokenStore::Result result, const QString& text, const QString& error) {
            if (result == TokenStore::Result::Failed) {
                done(std::nullopt, result, error);
                return;
            }
            if (text.isEmpty()) {
                done(
                    std::nullopt, TokenStore::Result::NotFound,
                    tr("The profile \"%1\" signs in with a signed JWT, but no private key is saved for it. Generate or "
                       "import a key in the profile.")
                        .arg(profile.displayName));
                return;
            }
            const auto algorithm = crypto::JwsAlgorithm::fromName(profile.signingAlgorithm);
            if (!algorithm) {
                done(std::nullopt, TokenStore::Result::Failed,
                     tr("The profile's signing algorithm \"%1\" is not one this app signs with.")
                         .arg(profile.signingAlgorithm));
                return;
            }
            QString keyError;
            auto key = crypto::SigningKey::fromPem(text.toLatin1(), &keyError, *algorithm);
            if (!key) {
                done(std::nullopt, TokenStore::Result::Failed,
                     tr("The private key saved for the profile \"%1\" can't be used: %2")
                         .arg(profile.displayName, keyError));
                return;
            }
            done(std::move(key), result, QString());
        });
}

std::optional<crypto::SigningKey> SigningKeyStore::readPemFile(const QString& path, const QString& algorithm,
                                                               QString* error)
{
    const auto alg = crypto::JwsAlgorithm::fromName(algorithm);
    if (!alg) {
        *error = tr("\"%1\" is not a signing algorithm; use RS384, ES384, RS512 or RS256.").arg(algorithm);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The key file %1 can't be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray pem = file.read(64 * 1024);
    QString keyError;
    auto key = crypto::SigningKey::fromPem(pem, &keyError, *alg);
    if (!key)
        *error = tr("The key file %1 can't be used: %2").arg(path, keyError);
    return key;
}

} // namespace ccri::auth
