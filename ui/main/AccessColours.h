#pragma once

#include <QColor>

namespace ccri {

// The two colours that mark a resource type as open or shut, everywhere in the window. Both are
// dark enough for text on a light background (WCAG AA), and light on a dark one (high contrast);
// the words "Open"/"Shut" always go with them. Errors use shut() too.
class AccessColours
{
public:
    static QColor open();
    static QColor shut();
    static QColor of(bool granted) { return granted ? open() : shut(); }
    // The WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white). Text needs 4.5.
    static double contrastRatio(const QColor& a, const QColor& b);
};

} // namespace ccri
