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

class TestLocalSandboxOnDemand : public QObject
{
    Q_OBJECT
public:
    explicit TestLocalSandboxOnDemand(test::ScratchHome* home)
        : m_home(home)
        , m_service(SignInTestSupport::keychainService())
    {
    }

private slots:
    void cleanup();
    void cleanupTestCase();

    void signInFromTheMenuStartsTheSandbox();
    void signInAtStartStartsTheSandbox();
    void useThisProfileStartsTheSandbox();
    void staleSavedSessionIsDeletedNotResumed();
    void smartPolicyReachesTheSandbox();

private:
    void open(); // the explorer on a fresh settings file of this test function
    void close();
    void cancelSignIn();

    test::ScratchHome* m_home;
    QString m_service;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AccountController> m_account;
    QStringList m_secrets;
    QStringList m_keys;
};

void TestLocalSandboxOnDemand::open()
{
    close();
    const QString settings = m_home->path() + QStringLiteral("/config/%1.ini").arg(QTest::currentTestFunction());
    m_window = std::make_unique<MainWindow>();
    m_account = std::make_unique<AccountController>(m_window.get(), settings, m_service);
    m_window->show();
}

void TestLocalSandboxOnDemand::close()
{
    if (m_account && m_account->session()) {
        m_keys << m_account->session()->keychainKey();
        SignInTestSupport::collectSecrets(m_account->session(), &m_secrets);
    }
    m_account.reset(); // stops its sandbox
    m_window.reset();
    (void)QTest::qWaitFor([] { return SignInTestSupport::webEngineViewCount() == 0; }, 10000);
}

void TestLocalSandboxOnDemand::cleanup()
{
    close();
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 0);
}

void TestLocalSandboxOnDemand::cleanupTestCase()
{
    QVERIFY(SignInTestSupport::removeKeychainEntries(m_service, m_keys));
    QVERIFY(!m_secrets.isEmpty());
    const QStringList leaks = m_home->filesContaining(m_secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

void TestLocalSandboxOnDemand::cancelSignIn()
{
    SignInWindow* window = m_account->signInController()->window();
    QVERIFY(window);
    QSignalSpy failed(m_account.get(), &AccountController::signInFailed);
    QTest::mouseClick(window->findChild<QWidget*>(QStringLiteral("signInCancel")), Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    QTRY_COMPARE(SignInTestSupport::webEngineViewCount(), 0);
}

void TestLocalSandboxOnDemand::signInFromTheMenuStartsTheSandbox()
{
    open();
    // What the installed app shows first: the Local sandbox profile, with no server yet.
    QCOMPARE(m_account->currentProfile().id, auth::BuiltinProfiles::localSandboxId());
    QCOMPARE(m_account->currentProfile().fhirBase, kPlaceholder);
    QVERIFY(!m_account->localSandbox()->isReadyFor(QStringLiteral("ccri")));

    m_account->signInAction()->trigger(); // Account → Sign in…
    QTRY_VERIFY_WITH_TIMEOUT(m_account->signInController()->window(), 30000);
    LocalSandboxLauncher* sandbox = m_account->localSandbox();
    QVERIFY(sandbox->isReadyFor(QStringLiteral("ccri")));
    const QUrl base = sandbox->fhirBase();
    QVERIFY(base.port() > 0);
    QCOMPARE(m_account->currentProfile().fhirBase, base);
    SignInWindow* window = m_account->signInController()->window();
    const test::WebFormDriver driver(window->page());
    QVERIFY(driver.waitFor(QStringLiteral("input[name=username]")));
    QVERIFY2(window->addressText().startsWith(QStringLiteral("http://127.0.0.1:%1/").arg(base.port())),
             qPrintable(window->addressText()));

    QSignalSpy changed(m_account.get(), &AccountController::sessionChanged);
    QVERIFY(driver.logIn(QStringLiteral("clinician")));
    QVERIFY(driver.consent());
    QTRY_VERIFY_WITH_TIMEOUT(m_account->session(), 30000);
    auth::Session* session = m_account->session();
    SignInTestSupport::collectSecrets(session, &m_secrets);
    QCOMPARE(session->profile().fhirBase, base);
    QVERIFY(SignInTestSupport::openTabs(m_window.get()).contains(QStringLiteral("Patient")));
    QVERIFY(m_account->statusWidget()->serverText().contains(base.toString()));

    // Not saved: the next start's sandbox would not know these tokens.
    auth::TokenStore::Result result = auth::TokenStore::Result::Ok;
    QVERIFY(!SignInTestSupport::keychainRecord(m_service, session->keychainKey(), &result));
    QCOMPARE(result, auth::TokenStore::Result::NotFound);
    QVERIFY(m_account->profiles()->lastUser(auth::BuiltinProfiles::localSandboxId()).isEmpty());

    // View → Local sandbox: what the sandbox is and what reached it, the secrets only on request.
    QDockWidget* dock = m_account->localSandboxDock();
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
    open();
    QSignalSpy finished(m_account.get(), &AccountController::resumeFinished);
    m_account->resume(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_account->signInController()->window(), 30000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(m_account->localSandbox()->isReadyFor(QStringLiteral("ccri")));
    QVERIFY(test::WebFormDriver(m_account->signInController()->window()->page())
                .waitFor(QStringLiteral("input[name=username]")));
    cancelSignIn();
}

void TestLocalSandboxOnDemand::useThisProfileStartsTheSandbox()
{
    open();
    m_account->showProfiles();
    auto* dialog = m_window->findChild<ProfilesDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectProfile(auth::BuiltinProfiles::localSandboxId());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("profileUse")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_account->localSandbox()->isReadyFor(QStringLiteral("ccri")), 30000);
    const QUrl base = m_account->localSandbox()->fhirBase();
    QTRY_VERIFY(m_account->statusWidget()->serverText().contains(base.toString()));
    QVERIFY(!m_account->signInController()->window()); // chosen, not signed in
}

void TestLocalSandboxOnDemand::staleSavedSessionIsDeletedNotResumed()
{
    // A record an older version saved for the Local sandbox: its signing key died with it.
    const auth::ServerProfile local = auth::BuiltinProfiles::localSandbox();
    const QString key = local.tokenKey(QStringLiteral("clinician"));
    m_keys << key;
    open();
    auth::TokenRecord stale;
    stale.accessToken = QStringLiteral("stale-access-token-of-a-sandbox-long-gone");
    stale.refreshToken = QStringLiteral("stale-refresh-token-of-a-sandbox-long-gone");
    stale.scope = QStringLiteral("user/Patient.read");
    stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3000);
    bool saved = false;
    m_account->tokens()->saveRecord(key, stale, [&saved](auth::TokenStore::Result, const QString&) { saved = true; });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
    m_account->profiles()->setLastUser(local.id, QStringLiteral("clinician"));
    m_account->profiles()->sync();
    m_secrets << stale.accessToken << stale.refreshToken;

    open(); // the next start (same settings file: open() names it after the test function)
    QCOMPARE(m_account->profiles()->lastUser(local.id), QStringLiteral("clinician"));
    QSignalSpy finished(m_account.get(), &AccountController::resumeFinished);
    m_account->resume(true); // --sign-in is kept
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_account->session());
    QVERIFY(m_account->profiles()->lastUser(local.id).isEmpty());
    auth::TokenStore::Result result = auth::TokenStore::Result::Ok;
    QTRY_VERIFY_WITH_TIMEOUT(!SignInTestSupport::keychainRecord(m_service, key, &result)
                                 && result == auth::TokenStore::Result::NotFound,
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_account->signInController()->window(), 30000);
    cancelSignIn();
    QVERIFY(!m_account->session());
}

void TestLocalSandboxOnDemand::smartPolicyReachesTheSandbox()
{
    // ccri-explorer --sandbox --policy smart: the profile and the sandbox both follow smart.
    open();
    m_account->selectProfile(auth::BuiltinProfiles::localSandboxId());
    m_account->adjustCurrentProfile(QString(), QStringLiteral("smart"), QUrl());
    m_account->startLocalSandbox();
    QTRY_VERIFY_WITH_TIMEOUT(m_account->localSandbox()->isReadyFor(QStringLiteral("smart")), 30000);
    auth::Session* session = SignInTestSupport::signInAs(m_account.get(), QStringLiteral("clinician"), &m_secrets);
    QVERIFY(session);
    QVERIFY2(SignInTestSupport::openTabs(m_window.get()).contains(QStringLiteral("MedicationRequest")),
             qPrintable(SignInTestSupport::openTabs(m_window.get()).join(QLatin1Char(','))));

    // As main() wires the resource browser: the read gets rows, not a 403.
    QNetworkAccessManager network;
    SessionTokenProvider tokens(m_account.get());
    net::RequestLog log;
    fhir::FhirClient client(&network, &tokens, &log);
    tokens.keepInStep(&client);
    QCOMPARE(client.baseUrl(), m_account->localSandbox()->fhirBase());
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
    auth::ServerProfile profile = m_account->currentProfile();
    profile.policy = QStringLiteral("ccri");
    m_account->profiles()->save(profile);
    SignInTestSupport::collectSecrets(session, &m_secrets);
    m_account->signIn();
    QTRY_VERIFY(!m_account->session());
    QVERIFY2(m_account->statusWidget()->noticeText().contains(QLatin1String("restarted")),
             qPrintable(m_account->statusWidget()->noticeText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_account->signInController()->window(), 30000);
    QVERIFY(m_account->localSandbox()->isReadyFor(QStringLiteral("ccri")));
    cancelSignIn();
}

int main(int argc, char** argv)
{
    ccri::test::ScratchHome home;
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("CareConnect Explorer Tests"));
    TestLocalSandboxOnDemand test(&home);
    return QTest::qExec(&test, argc, argv);
}

#include "TestLocalSandboxOnDemand.moc"
