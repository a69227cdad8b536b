#pragma once

#include <QColor>

namespace ccri {

// The two colours that mark a resource type as open or shut, everywhere in the window. Both are
// dark enough for text on a light background (WCAG AA); the words "Open"/"Shut" always go with them.
class AccessColours
{
public:
    static QColor open();
    static QColor shut();
    static QColor of(bool granted) { return granted ? open() : shut(); }
};

} // namespace ccri
