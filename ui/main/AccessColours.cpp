#include "AccessColours.h"

namespace ccri {

QColor AccessColours::open()
{
    return QColor(0x1b, 0x7f, 0x3b);
}

QColor AccessColours::shut()
{
    return QColor(0xb3, 0x26, 0x1e);
}

} // namespace ccri
