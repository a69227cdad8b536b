#include "sandbox/auth/DemoClientKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ccri::sandbox {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DemoClientKey", text);
}

QByteArray pem()
{
    QFile file(QStringLiteral(":/sandbox/backend-demo-key.pem"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

std::optional<ccri::crypto::SigningKey> DemoClientKey::key(QString* error)
{
    return ccri::crypto::SigningKey::fromPem(pem(), error, ccri::crypto::JwsAlgorithm::Id::ES384);
}

ccri::crypto::JwkSet DemoClientKey::keySet()
{
    ccri::crypto::JwkSet set;
    if (const auto demo = key())
        set.add(demo->verifyingKey());
    return set;
}

bool DemoClientKey::write(const QString& path, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; the demo key is never written over an existing file. Give a new "
                       "file name.")
                        .arg(path));
    const QByteArray bytes = pem();
    if (bytes.isEmpty())
        return fail(tr("The demo key is missing from this build."));
    QFile file(path);
    // NewOnly: never replace a file that appeared meanwhile; created 0600 whatever the umask.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(tr("Cannot create %1: %2.").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.remove();
        return fail(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
    return true;
}

} // namespace ccri::sandbox
