#include "tests/signin/ExplorerUnderTest.h"

#include "app/auth/Session.h"
#include "tests/signin/SignInTestSupport.h"
#include "ui/main/MainWindow.h"
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
    m_window = std::make_unique<MainWindow>();
    m_account = std::make_unique<AccountController>(m_window.get(), settings, keychainService);
    m_account->useSandbox(sandboxFhirBase);
    if (show)
        m_window->show();
}

void ExplorerUnderTest::close(QStringList* keys, QStringList* secrets)
{
    if (m_account && m_account->session()) {
        if (keys)
            keys->append(m_account->session()->keychainKey());
        SignInTestSupport::collectSecrets(m_account->session(), secrets);
    }
    m_account.reset();
    m_window.reset();
    // The windows go with deleteLater(): let them (the callers check that none is left).
    (void)QTest::qWaitFor([] { return SignInTestSupport::webEngineViewCount() == 0; }, 10000);
}

} // namespace ccri::test
