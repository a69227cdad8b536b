#include "app/cli/ExportJwksCommand.h"

#include "app/auth/ProfileStore.h"
#include "app/auth/SigningKeyStore.h"
#include "app/auth/TokenStore.h"
#include "app/crypto/JwkSet.h"

#include <QTimer>

namespace ccri {

ExportJwksCommand::ExportJwksCommand(QSettings* settings, auth::TokenStore* tokens, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokens(tokens)
{
}

QString ExportJwksCommand::publicJwkSet(const crypto::SigningKey& key)
{
    return QString::fromStdString(crypto::JwkSet({key.verifyingKey()}).toJson().dump(2));
}

void ExportJwksCommand::run(const QUrl& server, const QString& clientId, Finished done)
{
    const auth::ProfileStore profiles(m_settings);
    const auto profile = profiles.findByServer(server, clientId);
    if (!profile || profile->clientType != auth::ServerProfile::ClientType::SignedJwt) {
        const QString error = profile
            ? tr("The profile \"%1\" does not sign in with a signed JWT, so it has no key to publish. "
                 "Import one with --private-key or in the profile.")
                  .arg(profile->displayName)
            : tr("No profile for %1 with the client id \"%2\". Import a key first: --server URL "
                 "--client-id ID --private-key FILE.pem.")
                  .arg(server.toString(), clientId);
        QTimer::singleShot(0, this, [done, error] { done(2, QString(), error); });
        return;
    }
    auth::SigningKeyStore::load(
        m_tokens, *profile,
        [done](std::optional<crypto::SigningKey> key, auth::TokenStore::Result, const QString& error) {
            if (!key) {
                done(2, QString(), error);
                return;
            }
            done(0, publicJwkSet(*key), QString());
        });
}

} // namespace ccri
