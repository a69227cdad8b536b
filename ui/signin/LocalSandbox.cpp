#include "ui/signin/LocalSandbox.h"

namespace ccri {

LocalSandbox::LocalSandbox(QObject* parent)
    : QObject(parent)
{
}

LocalSandbox::~LocalSandbox() = default;

void LocalSandbox::switchFault(const QString&, const QString&, bool)
{
    QMetaObject::invokeMethod(
        this, [this] { emit faultRefused(tr("This sandbox has no faults to switch.")); }, Qt::QueuedConnection);
}

} // namespace ccri
