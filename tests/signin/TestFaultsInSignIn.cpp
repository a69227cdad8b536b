// The trainer's faults that need the sign-in pages, as the explorer shows them after a real sign-in
// through the embedded browser (QtWebEngine) against the sandbox over loopback: each fault is
// switched on, its effect seen in the explorer's words, and switched off again.
#include "app/auth/ProfileStore.h"
#include "app/auth/Session.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/SignInTestCase.h"
#include "tests/signin/SignInTestSupport.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/browser/TokenInspectorDock.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/shell/ExplorerShell.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/ScopeComparisonView.h"
#include "ui/signin/SessionStatusWidget.h"
#include "ui/signin/SignInController.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace ccri;
using ccri::test::SignInTestSupport;

class TestFaultsInSignIn : public test::SignInTestCase
{
    Q_OBJECT
public:
    using SignInTestCase::SignInTestCase;

private slots:
    void cleanup();
    void narrowConsentNarrowsTheLastResourceScope();
    void refreshExpiredAsksToSignInAgain();
    void pkceLenientLetsAClientWithoutPkceIn();
    void clockSkewIsSaidInTheTokenInspector();

private:
    void usePkce(auth::ServerProfile::PkceMode mode);
    QString idTokenCheckShown() const;
    static QString resourceTypeOf(const QString& scope);
};

// user/Observation.read → Observation; not a resource scope → empty.
QString TestFaultsInSignIn::resourceTypeOf(const QString& scope)
{
    const qsizetype slash = scope.indexOf(QLatin1Char('/'));
    const qsizetype dot = scope.indexOf(QLatin1Char('.'), slash);
    return slash < 0 || dot < 0 ? QString() : scope.mid(slash + 1, dot - slash - 1);
}

void TestFaultsInSignIn::cleanup()
{
    switchFaultsOff();
    closeExplorer();
}

void TestFaultsInSignIn::usePkce(auth::ServerProfile::PkceMode mode)
{
    auth::ServerProfile profile = m_app.account()->currentProfile();
    profile.pkceMode = mode;
    m_app.account()->profiles()->save(profile);
    m_app.account()->selectProfile(profile.id);
}

QString TestFaultsInSignIn::idTokenCheckShown() const
{
    return m_app.shell()->browser()->tokenInspector()->verificationText();
}

void TestFaultsInSignIn::narrowConsentNarrowsTheLastResourceScope()
{
    // On: every scope ticked, the server grants one resource scope fewer.
    switchFaultOn(QStringLiteral("narrow-consent"));
    QVERIFY(SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets));
    const QStringList narrowedOn = m_app.account()->statusWidget()->comparison()->narrowedAwayScopes();
    const QStringList tabsOn = SignInTestSupport::openTabs(m_app.window());
    QHash<QString, QString> whyShut; // the words of each shut tab whose scope was narrowed away
    for (const QString& scope : narrowedOn) {
        const QString type = resourceTypeOf(scope);
        if (!type.isEmpty() && !tabsOn.contains(type))
            whyShut.insert(type, m_app.window()->resourceTabs()->decision(type).explanation());
    }
    m_app.account()->signOut();
    QTRY_VERIFY(!m_app.account()->session());

    // Off again: the same sign-in is narrowed only as the policy narrows it.
    switchFaultOff(QStringLiteral("narrow-consent"));
    QVERIFY(SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets));
    const QStringList narrowedOff = m_app.account()->statusWidget()->comparison()->narrowedAwayScopes();
    const QStringList tabsOff = SignInTestSupport::openTabs(m_app.window());
    QStringList extra;
    for (const QString& scope : narrowedOn) {
        if (!narrowedOff.contains(scope))
            extra << scope;
    }
    QCOMPARE(extra.size(), 1);
    QVERIFY2(extra.first().contains(QLatin1Char('/')), qPrintable(extra.first())); // a resource scope
    // The tab that scope opens stayed shut with the fault on, saying which scope it needs.
    const QString type = resourceTypeOf(extra.first());
    QVERIFY2(whyShut.contains(type), qPrintable(extra.first()));
    QVERIFY2(tabsOff.contains(type), qPrintable(tabsOff.join(u' ')));
    QVERIFY2(whyShut.value(type).contains(extra.first()),
             qPrintable(type + QStringLiteral(": ") + whyShut.value(type)));
}

void TestFaultsInSignIn::refreshExpiredAsksToSignInAgain()
{
    auth::Session* session = SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets);
    QVERIFY(session);
    QVERIFY(!session->tokens().refreshToken.isEmpty());
    switchFaultOn(QStringLiteral("refresh-expired"));
    QSignalSpy required(session, &auth::Session::signInRequired);
    session->refresh(); // what the 80 % timer calls
    QTRY_COMPARE_WITH_TIMEOUT(required.size(), 1, 20000);
    QVERIFY2(required.first().first().toString().contains(QLatin1String("please sign in again")),
             qPrintable(required.first().first().toString()));
    QTRY_VERIFY(!m_app.account()->session());
    QVERIFY(m_app.account()->statusWidget()->noticeText().contains(QLatin1String("please sign in again")));
    QVERIFY(SignInTestSupport::openTabs(m_app.window()).isEmpty());

    // Off again: a new session's refresh token is accepted.
    switchFaultOff(QStringLiteral("refresh-expired"));
    session = SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets);
    QVERIFY(session);
    bool refreshOk = false;
    session->refresh([&refreshOk](bool ok, const QString&) { refreshOk = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshOk, 20000);
    SignInTestSupport::collectSecrets(session, &m_secrets);
    QVERIFY(m_app.account()->session());
}

void TestFaultsInSignIn::pkceLenientLetsAClientWithoutPkceIn()
{
    usePkce(auth::ServerProfile::PkceMode::Off);
    // Off: the sandbox refuses a public client without PKCE, and the explorer says why.
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    m_app.account()->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("This client must use PKCE")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(m_app.account()->statusWidget()->noticeText().contains(QLatin1String("must use PKCE")));
    QVERIFY(!m_app.account()->session());
    QTRY_COMPARE_WITH_TIMEOUT(SignInTestSupport::webEngineViewCount(), 0, 20000);

    // On: the same profile signs in.
    switchFaultOn(QStringLiteral("pkce=lenient"));
    QVERIFY(SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets));
    QVERIFY(!SignInTestSupport::openTabs(m_app.window()).isEmpty());
}

void TestFaultsInSignIn::clockSkewIsSaidInTheTokenInspector()
{
    // The default scopes ask for openid: an ID token whose iat is ten minutes ahead.
    QVERIFY(m_app.account()->currentProfile().scopes.contains(QLatin1String("openid")));
    switchFaultOn(QStringLiteral("clock-skew=600"));
    QVERIFY(SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets));
    QTRY_VERIFY2(idTokenCheckShown().contains(QLatin1String("far from this computer's clock")),
                 qPrintable(idTokenCheckShown()));
    m_app.account()->signOut();
    QTRY_VERIFY(!m_app.account()->session());

    // Off again: the same sign-in's ID token is checked with nothing said about clocks.
    switchFaultOff(QStringLiteral("clock-skew"));
    QVERIFY(SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets));
    QTRY_VERIFY2(idTokenCheckShown().contains(QLatin1String("checked against the server's keys")),
                 qPrintable(idTokenCheckShown()));
    QVERIFY(!idTokenCheckShown().contains(QLatin1String("far from this computer's clock")));
}

int main(int argc, char** argv)
{
    return test::runSignInTest<TestFaultsInSignIn>(argc, argv);
}
#include "TestFaultsInSignIn.moc"
