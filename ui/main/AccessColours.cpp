#include "ui/main/AccessColours.h"

#include <cmath>
#include <QGuiApplication>
#include <QPalette>

namespace ccri {

namespace {
// On a dark background (the high-contrast palette, or a dark theme) the light variants keep the
// contrast: #7ee29b and #ff9e94 are above 7:1 on black, the dark ones above 4.5:1 on white.
bool darkBackground()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

// WCAG 2 relative luminance.
double luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}
} // namespace

QColor AccessColours::open()
{
    return darkBackground() ? QColor(0x7e, 0xe2, 0x9b) : QColor(0x1b, 0x7f, 0x3b);
}

QColor AccessColours::shut()
{
    return darkBackground() ? QColor(0xff, 0x9e, 0x94) : QColor(0xb3, 0x26, 0x1e);
}

double AccessColours::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ccri
