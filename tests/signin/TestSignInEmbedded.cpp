// Sign in through the embedded browser against the real sandbox (in this process, over loopback),
// with a real QtWebEngine and the real keyring: tab states per account and policy, narrowed
// consent, tampered state, denied consent, the system-browser path, and no secret on disk after.
#include "app/auth/BuiltinProfiles.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/ScopePresets.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/ExplorerUnderTest.h"
#include "tests/signin/ScratchHome.h"
#include "tests/signin/SignInTestCase.h"
#include "tests/signin/SignInTestSupport.h"
#include "tests/signin/WebFormDriver.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/RedirectInterceptingPage.h"
#include "ui/signin/ScopeComparisonView.h"
#include "ui/signin/SessionStatusWidget.h"
#include "ui/signin/SignInController.h"
#include "ui/signin/SignInWindow.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace ccri;
using ccri::test::SignInTestSupport;

namespace {
const QStringList kAllTypes = {
    "Patient",           "Observation",         "Encounter",    "Condition",         "Procedure", "AllergyIntolerance",
    "MedicationRequest", "MedicationStatement", "Immunization", "DocumentReference", "Binary"};
}

class TestSignInEmbedded : public test::SignInTestCase
{
    Q_OBJECT
public:
    using SignInTestCase::SignInTestCase;

private slots:
    void cleanupTestCase();

    void noWebEngineUntilSignInOpens();
    void clinicianUnderCcriPolicy();
    void clinicianUnderSmartPolicy();
    void untickingObservationShutsObservationAndProcedure();
    void receptionOpensOnlyPatient();
    void limitedOpensNothing();
    void tamperedStateIsRefused();
    void deniedConsentSaysSo();
    void consentButtonsFitTheWindow();
    void systemBrowserSignInThroughLoopback();

private:
    void useProfile(const QString& policy, const QString& scopes = QString());
};

void TestSignInEmbedded::cleanupTestCase()
{
    // Leave nothing in the keyring, then look at every file this process wrote.
    QVERIFY(m_home->fileCount() > 0);
    finishTestCase();
}

void TestSignInEmbedded::useProfile(const QString& policy, const QString& scopes)
{
    auth::ServerProfile profile = m_app.account()->currentProfile();
    profile.policy = policy;
    profile.scopes = scopes.isEmpty() ? auth::ServerProfile::defaultScopes(policy) : scopes;
    m_app.account()->profiles()->save(profile);
    m_app.account()->selectProfile(profile.id);
}

void TestSignInEmbedded::noWebEngineUntilSignInOpens()
{
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 0);
    QVERIFY(!m_app.account()->signInController()->window());
    QVERIFY(!m_app.account()->session());
    QVERIFY(SignInTestSupport::openTabs(m_app.window()).isEmpty());
    m_app.account()->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->signInController()->window(), 20000);
    SignInWindow* window = m_app.account()->signInController()->window();
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 1);
    QVERIFY(test::WebFormDriver(window->page()).waitFor(QStringLiteral("input[name=username]")));
    // The real URL and the connection's security are shown.
    QVERIFY2(window->addressText().startsWith(m_server->urls().auth(QString()).toString()),
             qPrintable(window->addressText()));
    QVERIFY(!window->addressText().contains(QLatin1String("state=")));
    QCOMPARE(window->securityText(), QStringLiteral("Not encrypted (this computer only)"));
    QVERIFY2(window->requestSummary().contains(QLatin1String("Client ccri-explorer asks for: user/Patient.read")),
             qPrintable(window->requestSummary()));
    QVERIFY(window->requestSummary().contains(QLatin1String("PKCE: S256 challenge sent")));
    // Cancel ends the attempt in words, with the window and its web profile gone.
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    QTest::mouseClick(window->findChild<QWidget*>(QStringLiteral("signInCancel")), Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("Sign-in cancelled."));
    QTRY_COMPARE(SignInTestSupport::webEngineViewCount(), 0);
    QVERIFY(!m_app.account()->session());
}

void TestSignInEmbedded::clinicianUnderCcriPolicy()
{
    useProfile(QStringLiteral("ccri"));
    auth::Session* session = SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets);
    QVERIFY(session);
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()),
             QStringList({"Patient", "Observation", "Encounter", "Condition", "Procedure", "MedicationStatement",
                          "Immunization"}));
    const PolicyDecision medication = m_app.window()->resourceTabs()->decision(QStringLiteral("MedicationRequest"));
    QVERIFY(!medication.granted);
    QVERIFY2(medication.explanation().contains(QLatin1String("user/MedicationPrescription.read")),
             qPrintable(medication.explanation()));
    QVERIFY(m_app.window()
                ->resourceTabs()
                ->decision(QStringLiteral("Procedure"))
                .explanation()
                .contains(QLatin1String("user/Observation.read")));

    // Who, where, how long; requested vs granted.
    SessionStatusWidget* status = m_app.account()->statusWidget();
    QVERIFY2(status->userText().contains(QLatin1String("Practitioner")) || !status->userText().isEmpty(),
             qPrintable(status->userText()));
    QVERIFY(status->userText() != tr("Not signed in"));
    // The sandbox's id_token: nonce, iss, aud, exp and its RS256 signature checked against /auth/jwks;
    // the name comes with `profile`, which the default scopes ask for.
    QVERIFY(session->configuration().jwksUri.isValid());
    QCOMPARE(session->tokens().idTokenCheck.status, auth::IdTokenCheck::Status::Checked);
    QVERIFY2(session->idTokenCheck().contains(QLatin1String("checked against the server's keys")),
             qPrintable(session->idTokenCheck()));
    QVERIFY2(!session->identity().name.isEmpty(), "no name in the id_token: was profile asked for?");
    QVERIFY(status->serverText().contains(m_server->fhirBase().toString()));
    QVERIFY2(status->timeLeftText().contains(QLatin1String("minute")), qPrintable(status->timeLeftText()));
    // The token's launch context is not the patient chosen in the browser: its row says so.
    auto* patientRow = status->findChild<QLabel*>(QStringLiteral("sessionPatient"));
    QVERIFY(patientRow);
    QLabel* patientLabel = nullptr;
    for (QFormLayout* form : status->findChildren<QFormLayout*>()) {
        if (!patientLabel)
            patientLabel = qobject_cast<QLabel*>(form->labelForField(patientRow));
    }
    QVERIFY(patientLabel);
    QCOMPARE(patientLabel->text(), QStringLiteral("Patient context:"));
    const ScopeComparisonView* comparison = status->comparison();
    QVERIFY(comparison->grantedScopes().contains(QStringLiteral("user/Patient.read")));
    QVERIFY(comparison->narrowedAwayScopes().contains(QStringLiteral("user/MedicationPrescription.read")));
    QVERIFY(comparison->narrowedAwayScopes().contains(QStringLiteral("user/AllergyIntolerance.read")));
    QVERIFY(!comparison->grantedScopes().contains(QStringLiteral("user/MedicationPrescription.read")));
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 0); // the window and its profile are gone
    QVERIFY(m_app.account()->signOutAction()->isEnabled());
    const QString screenshots = qEnvironmentVariable("CCRI_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) // for docs/: CCRI_SCREENSHOT_DIR=docs/screenshots
        QVERIFY(m_app.window()->grab().save(screenshots + QStringLiteral("/signed-in-clinician-ccri.png")));
}

void TestSignInEmbedded::clinicianUnderSmartPolicy()
{
    useProfile(QStringLiteral("smart"));
    QVERIFY(SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets));
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()),
             QStringList({"Patient", "Observation", "Encounter", "Condition", "MedicationRequest",
                          "MedicationStatement", "Immunization"}));
    QVERIFY(!m_app.window()->resourceTabs()->isTabEnabled(QStringLiteral("Procedure")));
}

void TestSignInEmbedded::untickingObservationShutsObservationAndProcedure()
{
    useProfile(QStringLiteral("ccri"));
    auth::Session* session = SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets,
                                                         {QStringLiteral("Observation")});
    QVERIFY(session);
    QVERIFY(!session->grantedScopes().containsText(QStringLiteral("user/Observation.read")));
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()),
             QStringList({"Patient", "Encounter", "Condition", "MedicationStatement", "Immunization"}));
    QVERIFY(m_app.account()->statusWidget()->comparison()->narrowedAwayScopes().contains(
        QStringLiteral("user/Observation.read")));
}

void TestSignInEmbedded::receptionOpensOnlyPatient()
{
    useProfile(QStringLiteral("ccri"));
    QVERIFY(SignInTestSupport::signInAs(m_app.account(), QStringLiteral("reception"), &m_secrets));
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()), QStringList({"Patient"}));
}

void TestSignInEmbedded::limitedOpensNothing()
{
    // Asking for the policy's read scopes alone: the sandbox grants `limited` none of them and says so.
    // (The default scopes now hold `profile`, which `limited` may have: they would sign in.)
    QStringList readScopes = auth::ServerProfile::defaultScopes(QStringLiteral("ccri")).split(QLatin1Char(' '));
    readScopes.removeIf([](const QString& scope) { return !scope.contains(QLatin1Char('/')); });
    useProfile(QStringLiteral("ccri"), readScopes.join(QLatin1Char(' ')));
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    QVERIFY(!SignInTestSupport::signInAs(m_app.account(), QStringLiteral("limited"), &m_secrets));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("did not accept the scopes")),
             qPrintable(failed.first().first().toString()));
    // ... and says what to do about it.
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Account → Server profiles…")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()), QStringList());

    // With the "limited" preset (identity scopes only) the account signs in, and every tab stays shut.
    useProfile(QStringLiteral("ccri"), auth::ScopePresets::forRole(QStringLiteral("limited")));
    auth::Session* session = SignInTestSupport::signInAs(m_app.account(), QStringLiteral("limited"), &m_secrets);
    QVERIFY(session);
    QVERIFY(session->grantedScopes().containsText(QStringLiteral("profile")));
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()), QStringList());
    for (const QString& type : kAllTypes)
        QVERIFY(m_app.window()->resourceTabs()->decision(type).explanation().startsWith(QLatin1String("Unavailable")));
}

void TestSignInEmbedded::tamperedStateIsRefused()
{
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    m_app.account()->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->signInController()->window(), 20000);
    SignInWindow* window = m_app.account()->signInController()->window();
    QVERIFY(test::WebFormDriver(window->page()).waitFor(QStringLiteral("input[name=username]")));
    // An answer that did not come from this attempt: right redirect URI, forged state.
    QUrl forged = m_app.account()->currentProfile().redirectUri;
    forged.setQuery(QStringLiteral("code=forged-code&state=forged-state"));
    window->page()->load(forged);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("did not match this sign-in attempt")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!m_app.account()->session());
    QVERIFY(m_app.account()->statusWidget()->noticeText().contains(QLatin1String("did not match")));
    QTRY_COMPARE(SignInTestSupport::webEngineViewCount(), 0);
}

void TestSignInEmbedded::deniedConsentSaysSo()
{
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    m_app.account()->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->signInController()->window(), 20000);
    const test::WebFormDriver driver(m_app.account()->signInController()->window()->page());
    QVERIFY(driver.logIn(QStringLiteral("clinician")));
    QVERIFY(driver.deny());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("You declined access."));
    QCOMPARE(m_app.account()->statusWidget()->noticeText(), QStringLiteral("You declined access."));
    QVERIFY(!m_app.account()->session());
    QVERIFY(SignInTestSupport::openTabs(m_app.window()).isEmpty());
}

void TestSignInEmbedded::consentButtonsFitTheWindow()
{
    // A clinician's consent page, in the sign-in window at its first size: Authorize and Deny are
    // in view without scrolling.
    useProfile(QStringLiteral("ccri"));
    m_app.account()->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->signInController()->window(), 20000);
    SignInWindow* window = m_app.account()->signInController()->window();
    QTRY_VERIFY(window->isVisible());
    const test::WebFormDriver driver(window->page());
    QVERIFY(driver.logIn(QStringLiteral("clinician")));
    QVERIFY(driver.waitFor(QStringLiteral("button[name=authorize]")));
    QVERIFY(driver.evaluate(QStringLiteral("document.querySelectorAll('input[type=checkbox]').length")).toInt() >= 10);
    const QVariant fits = driver.evaluate(
        QStringLiteral("(function() { const buttons = [document.querySelector('button[name=authorize]'),"
                       " document.querySelector('button[name=deny]')];"
                       " return window.innerHeight > 0 && window.scrollY === 0"
                       " && buttons.every(b => b.getBoundingClientRect().bottom <= window.innerHeight); })()"));
    QVERIFY2(
        fits.toBool(),
        qPrintable(driver
                       .evaluate(QStringLiteral("'button bottom ' + document.querySelector('button[name=deny]')"
                                                ".getBoundingClientRect().bottom + ', view ' + window.innerHeight"))
                       .toString()));
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    QTest::mouseClick(window->findChild<QWidget*>(QStringLiteral("signInCancel")), Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
}

void TestSignInEmbedded::systemBrowserSignInThroughLoopback()
{
    auth::ServerProfile profile = m_app.account()->currentProfile();
    profile.signInMode = auth::ServerProfile::SignInMode::SystemBrowser;
    profile.redirectUri = auth::ServerProfile::defaultRedirectUri(profile.signInMode);
    m_app.account()->profiles()->save(profile);
    m_app.account()->selectProfile(profile.id);

    // The "system browser" is a plain page of the test's own (no interception): the redirect
    // really goes over loopback to the listener.
    QWebEngineProfile browserProfile;
    QWebEnginePage browser(&browserProfile);
    QUrl opened;
    m_app.account()->signInController()->setExternalBrowser([&](const QUrl& url) {
        opened = url;
        browser.load(url);
        return true;
    });
    QSignalSpy changed(m_app.account(), &AccountController::sessionChanged);
    m_app.account()->signIn();
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 20000);
    QVERIFY(opened.query(QUrl::FullyDecoded).contains(QLatin1String("redirect_uri=http://127.0.0.1:")));
    const test::WebFormDriver driver(&browser);
    QVERIFY(driver.logIn(QStringLiteral("reception")));
    QVERIFY(driver.consent());
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->session(), 20000);
    SignInTestSupport::collectSecrets(m_app.account()->session(), &m_secrets);
    // The listener's page replaces the consent page (which has an h1 too): wait for its words.
    QTRY_VERIFY_WITH_TIMEOUT(driver.evaluate(QStringLiteral("document.body.innerText"))
                                 .toString()
                                 .contains(QLatin1String("You can close this tab")),
                             20000);
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()), QStringList({"Patient"}));
}

int main(int argc, char** argv)
{
    return ccri::test::runSignInTest<TestSignInEmbedded>(argc, argv);
}

#include "TestSignInEmbedded.moc"
