#pragma once

#include <QDateTime>

namespace ccri::auth {

// The time, as a seam: Session asks it when a token expires and when to refresh. Tests derive
// from it to stand at a chosen moment.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const; // UTC
};

} // namespace ccri::auth
