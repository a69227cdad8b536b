#pragma once

#include "ui/shell/ExplorerShellOptions.h"

#include <memory>
#include <QString>

namespace ccri {
class ExplorerShell;
} // namespace ccri

namespace ccri::test {

// The explorer as main() builds it (ExplorerShell with the in-process local sandbox), on a scratch
// settings file and a keychain service of the test's own, with the user's preferences not applied.
class ScratchShell
{
public:
    static std::unique_ptr<ExplorerShell> build(const QString& settingsFile, const QString& keychainService,
                                                net::AccessTokenProvider* readingTokens = nullptr);
    static std::unique_ptr<ExplorerShell> build(const ExplorerShellOptions& options);
};

} // namespace ccri::test
