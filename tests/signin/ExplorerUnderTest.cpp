#include "tests/signin/ExplorerUnderTest.h"

#include "app/auth/Session.h"
#include "tests/signin/SignInTestSupport.h"
#include "tests/support/ScratchShell.h"
#include "ui/main/MainWindow.h"
#include "ui/shell/ExplorerShell.h"
#include "ui/signin/AccountController.h"

#include <QTest>

namespace ccri::test {

ExplorerUnderTest::ExplorerUnderTest() = default;

ExplorerUnderTest::~ExplorerUnderTest()
{
    close();
}

void ExplorerUnderTest::open(const QString& folder, const QUrl& sandboxFhirBase, const QString& keychainService,
                             bool show)
{
    close();
    const QString settings = folder + QStringLiteral("/config/%1.ini").arg(QTest::currentTestFunction());
    ExplorerShellOptions options;
    options.settingsFile = settings;
    options.keychainService = keychainService;
    options.clock = m_clock;
    m_shell = ScratchShell::build(options);
    if (sandboxFhirBase.isValid())
        account()->useSandbox(sandboxFhirBase);
    if (show)
        window()->show();
}

AccountController* ExplorerUnderTest::account() const
{
    return m_shell ? m_shell->account() : nullptr;
}

MainWindow* ExplorerUnderTest::window() const
{
    return m_shell ? m_shell->window() : nullptr;
}

void ExplorerUnderTest::close(QStringList* keys, QStringList* secrets)
{
    if (account() && account()->session()) {
        if (keys)
            keys->append(account()->session()->keychainKey());
        SignInTestSupport::collectSecrets(account()->session(), secrets);
    }
    m_shell.reset();
    // The windows go with deleteLater(): let them (the callers check that none is left).
    (void)QTest::qWaitFor([] { return SignInTestSupport::webEngineViewCount() == 0; }, 10000);
}

} // namespace ccri::test
