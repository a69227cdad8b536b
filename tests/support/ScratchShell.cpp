#include "tests/support/ScratchShell.h"

#include "sandbox/server/InProcessLocalSandbox.h"
#include "ui/shell/ExplorerShell.h"

namespace ccri::test {

std::unique_ptr<ExplorerShell> ScratchShell::build(const QString& settingsFile, const QString& keychainService,
                                                   net::AccessTokenProvider* readingTokens)
{
    ExplorerShellOptions options;
    options.settingsFile = settingsFile;
    options.keychainService = keychainService;
    options.readingTokens = readingTokens;
    return build(options);
}

std::unique_ptr<ExplorerShell> ScratchShell::build(const ExplorerShellOptions& options)
{
    return std::make_unique<ExplorerShell>(options, sandbox::InProcessLocalSandbox::factory());
}

} // namespace ccri::test
