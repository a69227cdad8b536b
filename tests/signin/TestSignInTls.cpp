// A private TLS server (the sandbox with a self-signed, test-only certificate for 127.0.0.1):
// certificate errors are never ignored silently, in discovery or in the embedded browser, and the
// profile's trusted CA file lets the sign-in through with the connection shown as secure.
#include "app/auth/ProfileStore.h"
#include "app/auth/Session.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/ExplorerUnderTest.h"
#include "tests/signin/ScratchHome.h"
#include "tests/signin/SignInTestCase.h"
#include "tests/signin/SignInTestSupport.h"
#include "tests/signin/WebFormDriver.h"
#include "tests/support/TestPaths.h"
#include "ui/main/MainWindow.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/RedirectInterceptingPage.h"
#include "ui/signin/SignInController.h"
#include "ui/signin/SignInWindow.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace ccri;
using ccri::test::SignInTestSupport;

class TestSignInTls : public test::SignInTestCase
{
    Q_OBJECT
public:
    using SignInTestCase::SignInTestCase;

private slots:
    void initTestCase();

    void discoveryRefusesAnUntrustedCertificate();
    void embeddedBrowserRefusesAnUntrustedCertificate();
    void trustedCaFileLetsTheSignInThrough();

private:
    QString certificate() const
    {
        return test::TestPaths::source(QStringLiteral("tests/sandbox/data/test-only-localhost-cert.pem"));
    }
};

void TestSignInTls::initTestCase()
{
    sandbox::SandboxOptions options = sandbox::SandboxOptions::ephemeral(3);
    options.tlsCertificateFile = certificate();
    options.tlsKeyFile = test::TestPaths::source(QStringLiteral("tests/sandbox/data/test-only-localhost-key.pem"));
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(m_server->fhirBase().scheme(), QStringLiteral("https"));
}

void TestSignInTls::discoveryRefusesAnUntrustedCertificate()
{
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    m_app.account()->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("a TLS error")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("CA file in the profile")));
    QVERIFY(!m_app.account()->session());
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 0);
}

void TestSignInTls::embeddedBrowserRefusesAnUntrustedCertificate()
{
    SignInWindow window(QStringLiteral("TLS sandbox"), QUrl(QStringLiteral("http://127.0.0.1/callback")), QString());
    window.show();
    window.open(m_server->urls().auth(QStringLiteral("authorize")));
    QTRY_VERIFY_WITH_TIMEOUT(window.message().contains(QLatin1String("certificate is not trusted")), 20000);
    QCOMPARE(window.securityText(), QStringLiteral("Certificate not trusted"));
    // Nothing of the server's was shown.
    QVERIFY(!test::WebFormDriver(window.page()).waitFor(QStringLiteral("input[name=username]"), 2000));
}

void TestSignInTls::trustedCaFileLetsTheSignInThrough()
{
    auth::ServerProfile profile = m_app.account()->currentProfile();
    profile.trustedCaFile = certificate();
    m_app.account()->profiles()->save(profile);
    m_app.account()->selectProfile(profile.id);
    QSignalSpy opened(m_app.account()->signInController(), &SignInController::windowOpened);
    QSignalSpy changed(m_app.account(), &AccountController::sessionChanged);
    m_app.account()->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->signInController()->window(), 20000);
    SignInWindow* window = m_app.account()->signInController()->window();
    const test::WebFormDriver driver(window->page());
    QVERIFY(driver.waitFor(QStringLiteral("input[name=username]")));
    QCOMPARE(window->securityText(), QStringLiteral("Secure connection (TLS)"));
    QVERIFY(window->addressText().startsWith(QLatin1String("https://127.0.0.1:")));
    QVERIFY(driver.logIn(QStringLiteral("reception")));
    QVERIFY(driver.consent());
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->session(), 20000);
    SignInTestSupport::collectSecrets(m_app.account()->session(), &m_secrets);
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()), QStringList({"Patient"}));
}

int main(int argc, char** argv)
{
    return ccri::test::runSignInTest<TestSignInTls>(argc, argv);
}

#include "TestSignInTls.moc"
