#include "tests/signin/ScratchHome.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace ccri::test {

ScratchHome::ScratchHome()
    : m_dir(QDir::tempPath() + QStringLiteral("/ccri-signin-XXXXXX"))
{
    const QString root = m_dir.path();
    for (const char* sub : {"config", "cache", "data"})
        QDir(root).mkpath(QString::fromLatin1(sub));
    qputenv("HOME", root.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (root + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (root + QStringLiteral("/cache")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (root + QStringLiteral("/data")).toLocal8Bit());
}

QString ScratchHome::settingsFile() const
{
    return m_dir.path() + QStringLiteral("/config/ccri-explorer-test.ini");
}

QStringList ScratchHome::filesContaining(const QStringList& secrets) const
{
    QStringList hits;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QString& secret : secrets) {
            if (!secret.isEmpty() && content.contains(secret.toUtf8())) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

int ScratchHome::fileCount() const
{
    int count = 0;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace ccri::test
