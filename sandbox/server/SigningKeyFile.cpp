#include "sandbox/server/SigningKeyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SigningKeyFile", text);
}

std::optional<ccri::crypto::SigningKey> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

std::optional<ccri::crypto::SigningKey> SigningKeyFile::loadOrCreate(const QString& path, QString* error)
{
    using ccri::crypto::JwsAlgorithm;
    using ccri::crypto::SigningKey;
    QString why;
    const QFileInfo info(path);
    if (!info.exists()) {
        auto key = SigningKey::generate(JwsAlgorithm::Id::RS256, &why);
        if (!key)
            return fail(error, why);
        QFile file(path);
        // NewOnly: never replace a file that appeared meanwhile; created 0600, not umask-dependent.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(error, tr("Cannot create the signing key file %1: %2.").arg(path, file.errorString()));
        const QByteArray pem = key->toPem();
        if (file.write(pem) != pem.size() || !file.flush()) {
            file.remove();
            return fail(error, tr("Cannot write the signing key file %1: %2.").arg(path, file.errorString()));
        }
        return key;
    }
    if (!info.isFile())
        return fail(error, tr("The signing key %1 is not a file.").arg(path));
    if (info.permissions() & kOthers)
        return fail(error,
                    tr("The signing key file %1 can be read or changed by other users; it holds a private "
                       "key. Run chmod 600 %1, or give a new file name to make a new key.")
                        .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("Cannot read the signing key file %1: %2.").arg(path, file.errorString()));
    auto key = SigningKey::fromPem(file.read(1024 * 1024), &why, JwsAlgorithm::Id::RS256);
    if (!key)
        return fail(error, tr("The signing key file %1 cannot be used: %2").arg(path, why));
    return key;
}

} // namespace ccri::sandbox
