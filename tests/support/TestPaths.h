#pragma once

#include <QString>

namespace ccri::test {

// Paths a test needs, from the environment ctest sets (see cmake/CcriTesting.cmake).
class TestPaths
{
public:
    static QString sourceDir(); // the repository root
    static QString binaryDir(); // the build folder
    static QString source(const QString& relative);
    static QString executable(const QString& name); // build/bin/<name>
};

} // namespace ccri::test
