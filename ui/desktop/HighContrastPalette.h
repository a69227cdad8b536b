#pragma once

#include <QPalette>

namespace ccri {

// White on black with yellow selection and cyan links: the usual high-contrast scheme, well
// above WCAG AAA (7:1) for text. Used when Preferences → High-contrast colours is on.
class HighContrastPalette
{
public:
    static QPalette palette();
    // Applies the palette with the Fusion style (which draws focus frames in the highlight
    // colour, so the keyboard focus shows in yellow), or restores the style's own palette.
    static void apply(bool on);
};

} // namespace ccri
