#pragma once

#include <QString>
#include <QStringList>

namespace ccri::test {

// Runs a program of this build as a user would from a terminal with no display of any kind (the
// windowless commands must not need one). The event loop runs while it waits, so servers living in
// the test's own process answer it.
class WindowlessRun
{
public:
    struct Result
    {
        int exitCode = -1; // -1 when it crashed or never finished
        QString out;
        QString err;
    };
    static Result explorer(const QStringList& arguments, int timeoutMs = 60000); // ccri-explorer
};

} // namespace ccri::test
