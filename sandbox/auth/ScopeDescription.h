#pragma once

#include <QString>

namespace ccri::sandbox {

// A short sentence for the consent page saying what a scope lets the application do, e.g.
// "user/Observation.read" -> "Read observations of any patient you can see".
class ScopeDescription
{
public:
    static QString describe(const QString& scope);
};

} // namespace ccri::sandbox
