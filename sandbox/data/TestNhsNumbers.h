#pragma once

#include <QString>

namespace ccri::sandbox {

// NHS numbers for synthetic patients, all in the 999 range the NHS keeps for testing, each with a
// valid check digit (NhsNumber in the core library).
class TestNhsNumbers
{
public:
    // The next valid number in the 999 range from *stem (0..999999) on; moves *stem past it, so
    // successive calls give distinct numbers.
    static QString next(quint32* stem);
};

} // namespace ccri::sandbox
