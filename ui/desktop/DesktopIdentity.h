#pragma once

namespace ccri {

// Who the running program is to the desktop: its desktop-entry name (uk.nhs.ccri.Explorer, as
// installed by packaging/, so task bars group its windows under the launcher) and its icon
// (packaging/icons/uk.nhs.ccri.Explorer.svg, rendered to PNGs and embedded at :/icons).
class DesktopIdentity
{
public:
    static void apply();
    static bool iconAvailable();
};

} // namespace ccri
