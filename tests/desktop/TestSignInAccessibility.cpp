// The sign-in window, with the sandbox's real login and consent pages loaded in the real
// QtWebEngine, as a screen reader sees it: every focusable control named (the window's own bar,
// and the page's fields, which come through QtWebEngine's accessibility tree), and Cancel reachable.
#include "sandbox/server/SandboxServer.h"
#include "tests/desktop/AccessibilityAudit.h"
#include "tests/signin/WebFormDriver.h"
#include "tests/support/ScratchShell.h"
#include "ui/desktop/TranslationLoader.h"
#include "ui/main/MainWindow.h"
#include "ui/shell/ExplorerShell.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/RedirectInterceptingPage.h"
#include "ui/signin/SignInController.h"
#include "ui/signin/SignInWindow.h"

#include <QAccessible>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

using ccri::test::AccessibilityAudit;

namespace {
// The page's controls that a screen reader could not name: no <label>, aria-label, text or title.
// (QtWebEngine builds its accessibility tree only while a screen reader is running, so the page is
// asked directly, by the rules browsers use to name a control.)
QStringList unnamedOnPage(const ccri::test::WebFormDriver& driver)
{
    const QVariant result = driver.evaluate(QStringLiteral(
        "Array.from(document.querySelectorAll('input:not([type=hidden]), button, select, textarea, a[href]'))"
        ".filter(e => { const labelled = e.labels ? Array.from(e.labels).map(l => l.textContent).join(' ') : '';"
        "  const own = (e.tagName === 'BUTTON' || e.tagName === 'A') ? e.textContent"
        "            : (e.type === 'submit' || e.type === 'button') ? e.value : '';"
        "  const name = labelled || e.getAttribute('aria-label') || own || e.title || '';"
        "  return !name.trim(); })"
        ".map(e => e.outerHTML.slice(0, 160))"));
    return result.toStringList();
}
int controlsOnPage(const ccri::test::WebFormDriver& driver)
{
    return driver
        .evaluate(
            QStringLiteral("document.querySelectorAll('input:not([type=hidden]), button, select, textarea').length"))
        .toInt();
}
} // namespace

class TestSignInAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginAndConsentPagesHaveNames_data();
    void loginAndConsentPagesHaveNames();

private:
    QTemporaryDir m_scratch;
    std::unique_ptr<ccri::sandbox::SandboxServer> m_server;
};

void TestSignInAccessibility::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    m_server = std::make_unique<ccri::sandbox::SandboxServer>(ccri::sandbox::SandboxOptions::ephemeral(3));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestSignInAccessibility::cleanupTestCase()
{
    m_server.reset();
}

void TestSignInAccessibility::loginAndConsentPagesHaveNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Welsh") << QStringLiteral("cy");
}

void TestSignInAccessibility::loginAndConsentPagesHaveNames()
{
    QFETCH(QString, language);
    ccri::TranslationLoader translations;
    QVERIFY(translations.install(qApp, language));
    {
        const auto shell = ccri::test::ScratchShell::build(
            m_scratch.filePath(language + QStringLiteral(".ini")),
            QStringLiteral("ccri-explorer-a11y-%1").arg(QCoreApplication::applicationPid()));
        ccri::AccountController& account = *shell->account();
        account.useSandbox(m_server->fhirBase());
        shell->window()->show();
        account.signIn();
        QTRY_VERIFY_WITH_TIMEOUT(account.signInController()->window(), 30000);
        ccri::SignInWindow* signIn = account.signInController()->window();
        QVERIFY(QTest::qWaitForWindowExposed(signIn));
        const ccri::test::WebFormDriver driver(signIn->page());
        QVERIFY(driver.waitFor(QStringLiteral("input[name=username]")));

        QStringList unnamed = AccessibilityAudit::unnamedFocusable(signIn);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("Login page, no accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
        const QStringList names = AccessibilityAudit::focusableNames(signIn);
        QVERIFY2(names.contains(QCoreApplication::translate("ccri::SignInWindow", "Address of the sign-in page")),
                 qPrintable(names.join(QLatin1Char('\n'))));
        QVERIFY(controlsOnPage(driver) >= 3); // user name, password, sign in
        QVERIFY2(
            unnamedOnPage(driver).isEmpty(),
            qPrintable(QStringLiteral("Login page controls without a name:\n") + unnamedOnPage(driver).join('\n')));

        QVERIFY(driver.logIn(QStringLiteral("clinician")));
        QVERIFY(driver.waitFor(QStringLiteral("input[name=scope]")));
        unnamed = AccessibilityAudit::unnamedFocusable(signIn);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("Consent page, no accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
        QVERIFY(controlsOnPage(driver) >= 3); // the scope boxes, allow, deny
        QVERIFY2(
            unnamedOnPage(driver).isEmpty(),
            qPrintable(QStringLiteral("Consent page controls without a name:\n") + unnamedOnPage(driver).join('\n')));
        signIn->close();
        QTRY_VERIFY(!account.signInController()->window());
    }
    QVERIFY(translations.install(qApp, QStringLiteral("en")));
}

QTEST_MAIN(TestSignInAccessibility)
#include "TestSignInAccessibility.moc"
