#include "tests/signin/SignInTestCase.h"

#include "sandbox/faults/FaultSwitchboard.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/SignInTestSupport.h"

#include <QTest>

namespace ccri::test {

SignInTestCase::SignInTestCase(ScratchHome* home)
    : m_home(home)
    , m_service(SignInTestSupport::keychainService())
{
}

SignInTestCase::~SignInTestCase() = default;

void SignInTestCase::startSandbox(int tokenLifetimeSeconds)
{
    QString error;
    m_server = SignInTestSupport::startSandbox(&error, tokenLifetimeSeconds);
    QVERIFY2(m_server, qPrintable(error));
}

void SignInTestCase::openExplorer()
{
    m_app.open(m_home->path(), m_server ? m_server->fhirBase() : QUrl(), m_service);
}

void SignInTestCase::closeExplorer()
{
    m_app.close(&m_keys, &m_secrets);
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 0);
}

void SignInTestCase::finishTestCase()
{
    QVERIFY(SignInTestSupport::removeKeychainEntries(m_service, m_keys));
    QVERIFY(!m_secrets.isEmpty());
    const QStringList leaks = m_home->filesContaining(m_secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    m_server.reset();
}

void SignInTestCase::switchFaultOn(const QString& spec)
{
    QString error;
    QVERIFY2(m_server->faults().switchOn(spec, &error), qPrintable(error));
}

void SignInTestCase::switchFaultOff(const QString& name)
{
    QVERIFY(m_server->faults().switchOff(name, nullptr));
}

void SignInTestCase::switchFaultsOff()
{
    if (m_server)
        m_server->faults().switchOffAll();
}

} // namespace ccri::test
