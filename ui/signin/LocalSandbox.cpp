#include "ui/signin/LocalSandbox.h"

namespace ccri {

LocalSandbox::LocalSandbox(QObject* parent)
    : QObject(parent)
{
}

LocalSandbox::~LocalSandbox() = default;

} // namespace ccri
