#include "tests/support/SteppedClock.h"

namespace ccri::test {

QDateTime SteppedClock::now() const
{
    return auth::Clock::now().addSecs(m_offsetSeconds);
}

} // namespace ccri::test
