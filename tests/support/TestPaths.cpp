#include "tests/support/TestPaths.h"

#include <QDir>

namespace ccri::test {

QString TestPaths::sourceDir()
{
    return qEnvironmentVariable("CCRI_SOURCE_DIR", QStringLiteral(CCRI_TEST_SOURCE_DIR));
}

QString TestPaths::binaryDir()
{
    return qEnvironmentVariable("CCRI_BINARY_DIR", QStringLiteral(CCRI_TEST_BINARY_DIR));
}

QString TestPaths::source(const QString& relative)
{
    return QDir(sourceDir()).filePath(relative);
}

QString TestPaths::executable(const QString& name)
{
    return QDir(binaryDir()).filePath(QStringLiteral("bin/") + name);
}

} // namespace ccri::test
