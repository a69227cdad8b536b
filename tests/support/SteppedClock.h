#pragma once

#include "app/auth/Clock.h"

namespace ccri::test {

// The product's Clock seam, moved on by the test instead of waited for: the system time plus
// however many seconds advance() added.
class SteppedClock : public auth::Clock
{
public:
    QDateTime now() const override;
    void advance(int seconds) { m_offsetSeconds += seconds; }
    void reset() { m_offsetSeconds = 0; }

private:
    qint64 m_offsetSeconds = 0;
};

} // namespace ccri::test
