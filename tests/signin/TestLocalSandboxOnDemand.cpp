// The "Local CCRI sandbox" profile as a user meets it after installing the package: a fresh profile
// store, no --sandbox. Sign in…, --sign-in and "Use this profile" start the in-process sandbox on
// demand (real sandbox thread, real WebEngine, real keyring), with the profile's policy; its
// sessions are never saved or resumed, and a stale saved one is deleted.
#include "app/auth/BuiltinProfiles.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/fhir/FhirClient.h"
#include "app/fhir/FhirReply.h"
#include "app/net/RequestLog.h"
#include "tests/signin/ScratchHome.h"
#include "tests/signin/SignInTestCase.h"
#include "tests/signin/SignInTestSupport.h"
#include "tests/signin/WebFormDriver.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/LocalSandboxLauncher.h"
#include "ui/signin/LocalSandboxView.h"
#include "ui/signin/ProfilesDialog.h"
#include "ui/signin/RedirectInterceptingPage.h"
#include "ui/signin/SessionStatusWidget.h"
#include "ui/signin/SessionTokenProvider.h"
#include "ui/signin/SignInController.h"
#include "ui/signin/SignInWindow.h"

#include <memory>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ccri;
using ccri::test::SignInTestSupport;

namespace {
const QUrl kPlaceholder(QStringLiteral("http://127.0.0.1/fhir/STU3"));
}

class TestLocalSandboxOnDemand : public test::SignInTestCase
{
    Q_OBJECT
public:
    using SignInTestCase::SignInTestCase;

private slots:
    void initTestCase() { } // no sandbox of the test's: the Local CCRI sandbox profile starts its own

    void signInFromTheMenuStartsTheSandbox();
    void signInAtStartStartsTheSandbox();
    void useThisProfileStartsTheSandbox();
    void staleSavedSessionIsDeletedNotResumed();
    void smartPolicyReachesTheSandbox();
    void ukCoreR4ProfileSignsInToTheR4Base();

private:
    void cancelSignIn();
};

void TestLocalSandboxOnDemand::cancelSignIn()
{
    SignInWindow* window = m_app.account()->signInController()->window();
    QVERIFY(window);
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    QTest::mouseClick(window->findChild<QWidget*>(QStringLiteral("signInCancel")), Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    QTRY_COMPARE(SignInTestSupport::webEngineViewCount(), 0);
}

void TestLocalSandboxOnDemand::signInFromTheMenuStartsTheSandbox()
{
    // What the installed app shows first: the Local sandbox profile, with no server yet.
    QCOMPARE(m_app.account()->currentProfile().id, auth::BuiltinProfiles::localSandboxId());
    QCOMPARE(m_app.account()->currentProfile().fhirBase, kPlaceholder);
    QVERIFY(!m_app.account()->localSandbox()->isReadyFor(QStringLiteral("ccri")));

    m_app.account()->signInAction()->trigger(); // Account → Sign in…
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->signInController()->window(), 30000);
    LocalSandboxLauncher* sandbox = m_app.account()->localSandbox();
    QVERIFY(sandbox->isReadyFor(QStringLiteral("ccri")));
    const QUrl base = sandbox->fhirBase();
    QVERIFY(base.port() > 0);
    QCOMPARE(m_app.account()->currentProfile().fhirBase, base);
    SignInWindow* window = m_app.account()->signInController()->window();
    const test::WebFormDriver driver(window->page());
    QVERIFY(driver.waitFor(QStringLiteral("input[name=username]")));
    QVERIFY2(window->addressText().startsWith(QStringLiteral("http://127.0.0.1:%1/").arg(base.port())),
             qPrintable(window->addressText()));

    QSignalSpy changed(m_app.account(), &AccountController::sessionChanged);
    QVERIFY(driver.logIn(QStringLiteral("clinician")));
    QVERIFY(driver.consent());
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->session(), 30000);
    auth::Session* session = m_app.account()->session();
    SignInTestSupport::collectSecrets(session, &m_secrets);
    QCOMPARE(session->profile().fhirBase, base);
    QVERIFY(SignInTestSupport::openTabs(m_app.window()).contains(QStringLiteral("Patient")));
    QVERIFY(m_app.account()->statusWidget()->serverText().contains(base.toString()));

    // Not saved: the next start's sandbox would not know these tokens.
    auth::TokenStore::Result result = auth::TokenStore::Result::Ok;
    QVERIFY(!SignInTestSupport::keychainRecord(m_service, session->keychainKey(), &result));
    QCOMPARE(result, auth::TokenStore::Result::NotFound);
    QVERIFY(m_app.account()->profiles()->lastUser(auth::BuiltinProfiles::localSandboxId()).isEmpty());

    // View → Local sandbox: what the sandbox is and what reached it, the secrets only on request.
    QDockWidget* dock = m_app.account()->localSandboxDock();
    QVERIFY(!dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    auto* view = dock->findChild<LocalSandboxView*>();
    QVERIFY(view);
    QVERIFY2(view->summaryText().contains(base.toString()), qPrintable(view->summaryText()));
    QVERIFY(view->summaryText().contains(QStringLiteral("clinician")));
    QVERIFY(view->summaryText().contains(QStringLiteral("secret hidden")));
    const QString withSecrets = sandbox->summary(true);
    const qsizetype at = withSecrets.indexOf(QStringLiteral("secret "));
    QVERIFY(at > 0);
    const QString secret = withSecrets.mid(at + 7).section(QLatin1Char(' '), 0, 0);
    QVERIFY(secret.size() >= 16);
    QVERIFY(!view->summaryText().contains(secret));
    QTRY_VERIFY2(view->logText().contains(QStringLiteral("/auth/token")), qPrintable(view->logText()));
    QVERIFY(!view->logText().contains(session->accessToken())); // the sandbox's log is redacted too
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("showSandboxSecrets")), Qt::LeftButton);
    QVERIFY(view->summaryText().contains(secret));
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("showSandboxSecrets")), Qt::LeftButton);
    QVERIFY(!view->summaryText().contains(secret));
}

void TestLocalSandboxOnDemand::signInAtStartStartsTheSandbox()
{
    // ccri-explorer --sign-in, with the Local sandbox profile selected and nothing else.
    QSignalSpy finished(m_app.account(), &AccountController::resumeFinished);
    m_app.account()->resume(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->signInController()->window(), 30000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(m_app.account()->localSandbox()->isReadyFor(QStringLiteral("ccri")));
    QVERIFY(test::WebFormDriver(m_app.account()->signInController()->window()->page())
                .waitFor(QStringLiteral("input[name=username]")));
    cancelSignIn();
}

void TestLocalSandboxOnDemand::useThisProfileStartsTheSandbox()
{
    m_app.account()->showProfiles();
    auto* dialog = m_app.window()->findChild<ProfilesDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectProfile(auth::BuiltinProfiles::localSandboxId());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("profileUse")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->localSandbox()->isReadyFor(QStringLiteral("ccri")), 30000);
    const QUrl base = m_app.account()->localSandbox()->fhirBase();
    QTRY_VERIFY(m_app.account()->statusWidget()->serverText().contains(base.toString()));
    QVERIFY(!m_app.account()->signInController()->window()); // chosen, not signed in
}

void TestLocalSandboxOnDemand::staleSavedSessionIsDeletedNotResumed()
{
    // A record an older version saved for the Local sandbox: its signing key died with it.
    const auth::ServerProfile local = auth::BuiltinProfiles::localSandbox();
    const QString key = local.tokenKey(QStringLiteral("clinician"));
    m_keys << key;
    auth::TokenRecord stale;
    stale.accessToken = QStringLiteral("stale-access-token-of-a-sandbox-long-gone");
    stale.refreshToken = QStringLiteral("stale-refresh-token-of-a-sandbox-long-gone");
    stale.scope = QStringLiteral("user/Patient.read");
    stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3000);
    bool saved = false;
    m_app.account()->tokens()->saveRecord(key, stale,
                                          [&saved](auth::TokenStore::Result, const QString&) { saved = true; });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
    m_app.account()->profiles()->setLastUser(local.id, QStringLiteral("clinician"));
    m_app.account()->profiles()->sync();
    m_secrets << stale.accessToken << stale.refreshToken;

    openExplorer(); // the next start (same settings file, named after the test function)
    QCOMPARE(m_app.account()->profiles()->lastUser(local.id), QStringLiteral("clinician"));
    QSignalSpy finished(m_app.account(), &AccountController::resumeFinished);
    m_app.account()->resume(true); // --sign-in is kept
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_app.account()->session());
    QVERIFY(m_app.account()->profiles()->lastUser(local.id).isEmpty());
    auth::TokenStore::Result result = auth::TokenStore::Result::Ok;
    QTRY_VERIFY_WITH_TIMEOUT(!SignInTestSupport::keychainRecord(m_service, key, &result)
                                 && result == auth::TokenStore::Result::NotFound,
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->signInController()->window(), 30000);
    cancelSignIn();
    QVERIFY(!m_app.account()->session());
}

void TestLocalSandboxOnDemand::smartPolicyReachesTheSandbox()
{
    // ccri-explorer --sandbox --policy smart: the profile and the sandbox both follow smart.
    m_app.account()->selectProfile(auth::BuiltinProfiles::localSandboxId());
    m_app.account()->adjustCurrentProfile(QString(), QStringLiteral("smart"), QUrl());
    m_app.account()->startLocalSandbox();
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->localSandbox()->isReadyFor(QStringLiteral("smart")), 30000);
    auth::Session* session = SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets);
    QVERIFY(session);
    QVERIFY2(SignInTestSupport::openTabs(m_app.window()).contains(QStringLiteral("MedicationRequest")),
             qPrintable(SignInTestSupport::openTabs(m_app.window()).join(QLatin1Char(','))));

    // As main() wires the resource browser: the read gets rows, not a 403.
    QNetworkAccessManager network;
    SessionTokenProvider tokens(m_app.account());
    net::RequestLog log;
    fhir::FhirClient client(&network, &tokens, &log);
    tokens.keepInStep(&client);
    QCOMPARE(client.baseUrl(), m_app.account()->localSandbox()->fhirBase());
    const fhir::FhirResponse response = SignInTestSupport::responseOf(
        client.search(QStringLiteral("MedicationRequest"), QUrlQuery(QStringLiteral("_count=5"))));
    QVERIFY2(response.ok, qPrintable(response.error));
    QCOMPARE(response.httpStatus, 200);
    const QJsonArray entries = QJsonDocument::fromJson(response.body).object().value(QLatin1String("entry")).toArray();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first()
                 .toObject()
                 .value(QLatin1String("resource"))
                 .toObject()
                 .value(QLatin1String("resourceType"))
                 .toString(),
             QStringLiteral("MedicationRequest"));

    // The policy changed back while the sandbox runs: the next sign-in restarts it with ccri, and
    // the session with the old sandbox ends in words.
    auth::ServerProfile profile = m_app.account()->currentProfile();
    profile.policy = QStringLiteral("ccri");
    m_app.account()->profiles()->save(profile);
    SignInTestSupport::collectSecrets(session, &m_secrets);
    m_app.account()->signIn();
    QTRY_VERIFY(!m_app.account()->session());
    QVERIFY2(m_app.account()->statusWidget()->noticeText().contains(QLatin1String("restarted")),
             qPrintable(m_app.account()->statusWidget()->noticeText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->signInController()->window(), 30000);
    QVERIFY(m_app.account()->localSandbox()->isReadyFor(QStringLiteral("ccri")));
    cancelSignIn();
}

void TestLocalSandboxOnDemand::ukCoreR4ProfileSignsInToTheR4Base()
{
    // ccri-explorer --sandbox --fhir-version R4: the built-in "Local UK Core sandbox (R4)" profile.
    const auto r4 = m_app.account()->profiles()->profile(auth::BuiltinProfiles::localSandboxR4Id());
    QVERIFY(r4);
    QCOMPARE(r4->displayName, QStringLiteral("Local UK Core sandbox (R4)"));
    QCOMPARE(r4->policy, QStringLiteral("smart"));
    m_app.account()->selectProfile(auth::BuiltinProfiles::localSandboxR4Id());
    m_app.account()->startLocalSandbox();
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account()->localSandbox()->isReadyFor(QStringLiteral("smart")), 30000);
    const QUrl stu3 = m_app.account()->localSandbox()->fhirBase();
    QUrl expected = stu3;
    expected.setPath(QStringLiteral("/fhir/R4"));
    QCOMPARE(m_app.account()->currentProfile().fhirBase, expected);

    // The sign-in asks with aud = the R4 base; the token reads R4 there.
    auth::Session* session = SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets);
    QVERIFY(session);
    QCOMPARE(session->profile().fhirBase, expected);
    QVERIFY(SignInTestSupport::openTabs(m_app.window()).contains(QStringLiteral("Condition")));
    QNetworkAccessManager network;
    SessionTokenProvider tokens(m_app.account());
    net::RequestLog log;
    fhir::FhirClient client(&network, &tokens, &log);
    tokens.keepInStep(&client);
    QCOMPARE(client.baseUrl(), expected);
    const fhir::FhirResponse response = SignInTestSupport::responseOf(
        client.search(QStringLiteral("Condition"), QUrlQuery(QStringLiteral("_count=5"))));
    QVERIFY2(response.ok, qPrintable(response.error));
    const QJsonObject condition = QJsonDocument::fromJson(response.body)
                                      .object()
                                      .value(QLatin1String("entry"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("resource"))
                                      .toObject();
    QVERIFY(condition.value(QLatin1String("clinicalStatus")).isObject()); // R4: a CodeableConcept
    QCOMPARE(
        condition.value(QLatin1String("meta")).toObject().value(QLatin1String("profile")).toArray().first().toString(),
        QStringLiteral("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Condition"));
    SignInTestSupport::collectSecrets(session, &m_secrets);
}

int main(int argc, char** argv)
{
    return ccri::test::runSignInTest<TestLocalSandboxOnDemand>(argc, argv);
}

#include "TestLocalSandboxOnDemand.moc"
