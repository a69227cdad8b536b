#include "app/auth/Clock.h"

namespace ccri::auth {

Clock::~Clock() = default;

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace ccri::auth
