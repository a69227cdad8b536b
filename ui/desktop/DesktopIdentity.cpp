#include "ui/desktop/DesktopIdentity.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>

namespace ccri {

namespace {
constexpr int IconSizes[] = {16, 32, 48, 64, 128, 256};

QString iconPath(int size)
{
    return QStringLiteral(":/icons/%1x%1/uk.nhs.ccri.Explorer.png").arg(size);
}
} // namespace

void DesktopIdentity::apply()
{
    QGuiApplication::setDesktopFileName(QStringLiteral("uk.nhs.ccri.Explorer"));
    QIcon icon;
    for (int size : IconSizes) {
        if (QFile::exists(iconPath(size)))
            icon.addFile(iconPath(size), QSize(size, size));
    }
    if (!icon.isNull())
        QGuiApplication::setWindowIcon(icon);
}

bool DesktopIdentity::iconAvailable()
{
    return QFile::exists(iconPath(256));
}

} // namespace ccri
