// What a sign-in asks the server, counted in the sandbox's own request log (its requestLogged()
// lines): the CapabilityStatement once, when discovery reads it; the capability view and the
// newest-first sort use that copy. It is asked for again when the user presses Load, and at the
// next sign-in. No WebEngine: the profile uses the system browser, here a SimulatedTrainee that
// posts the sandbox's login and consent forms, and then a plain GET of the redirect to the
// explorer's loopback listener (RFC 8252 §7.3).
#include "app/auth/ProfileStore.h"
#include "app/auth/ServerProfile.h"
#include "app/auth/Session.h"
#include "app/net/RequestLog.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/hardening/SimulatedTrainee.h"
#include "tests/signin/ExplorerUnderTest.h"
#include "tests/signin/ScratchHome.h"
#include "tests/signin/SignInTestCase.h"
#include "tests/signin/SignInTestSupport.h"
#include "ui/browser/CapabilityView.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/browser/ResourceTablePage.h"
#include "ui/main/MainWindow.h"
#include "ui/shell/ExplorerShell.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/SignInController.h"

#include <memory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace ccri;
using ccri::test::SignInTestSupport;

class TestSignInRequests : public test::SignInTestCase
{
    Q_OBJECT
public:
    using SignInTestCase::SignInTestCase;

private slots:
    void initTestCase();

    void signInReadsTheCapabilityStatementOnce();
    void extraHeadersFollowTheProfileAsSaved();

private:
    int metadataRequests() const; // GETs of <base>/metadata the sandbox has answered
    bool signIn(); // the system browser's sign-in as clinician, until the session is kept

    QStringList m_log; // the sandbox's request log lines
    std::unique_ptr<test::SimulatedTrainee> m_browser;
    QNetworkAccessManager m_browserNetwork;
};

void TestSignInRequests::initTestCase()
{
    startSandbox();
    QVERIFY(m_server);
    connect(m_server.get(), &sandbox::SandboxServer::requestLogged, this,
            [this](const QString& line) { m_log << line; });
}

int TestSignInRequests::metadataRequests() const
{
    const QString target = QStringLiteral(" GET %1/metadata ").arg(m_server->fhirBase().path());
    return int(
        std::count_if(m_log.cbegin(), m_log.cend(), [&target](const QString& line) { return line.contains(target); }));
}

bool TestSignInRequests::signIn()
{
    AccountController* account = m_app.account();
    m_browser = std::make_unique<test::SimulatedTrainee>(m_server->fhirBase(), QStringLiteral("clinician"), QString());
    QString failure;
    connect(m_browser.get(), &test::SimulatedTrainee::failed, this, [&failure](const QString& why) { failure = why; });
    connect(m_browser.get(), &test::SimulatedTrainee::redirectReached, this, [this](const QUrl& redirect) {
        QNetworkReply* reply = m_browserNetwork.get(QNetworkRequest(redirect));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    account->signInController()->setExternalBrowser([this](const QUrl& url) {
        m_browser->authorizeAt(url, QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        return true;
    });
    QSignalSpy failed(account, &AccountController::signInFailed);
    account->signIn();
    if (!QTest::qWaitFor([&] { return account->session() || !failed.isEmpty() || !failure.isEmpty(); }, 30000))
        qWarning("no session and no failure within 30 s");
    if (!failed.isEmpty())
        qWarning() << "sign-in failed:" << failed.first().first().toString();
    if (!failure.isEmpty())
        qWarning() << "the browser failed:" << failure;
    if (account->session())
        SignInTestSupport::collectSecrets(account->session(), &m_secrets);
    return account->session() != nullptr;
}

void TestSignInRequests::signInReadsTheCapabilityStatementOnce()
{
    AccountController* account = m_app.account();
    auth::ServerProfile profile = account->currentProfile();
    profile.signInMode = auth::ServerProfile::SignInMode::SystemBrowser;
    profile.redirectUri = auth::ServerProfile::defaultRedirectUri(profile.signInMode);
    account->profiles()->save(profile);
    account->selectProfile(profile.id);
    ResourceBrowser* browser = m_app.shell()->browser();
    QVERIFY(browser);
    CapabilityView* capability = browser->capabilityView();
    QVERIFY(!capability->summary());
    QSignalSpy loaded(capability, &CapabilityView::loaded);
    QSignalSpy read(account->signInController(), &SignInController::capabilityStatementRead);
    const int before = metadataRequests();

    // Discovery reads the statement, and says so before the session comes (the capability view reads
    // it meanwhile); the view shows that copy the moment the session is kept. Had it asked again, the
    // sandbox would have logged that request before its answer came.
    QVERIFY(signIn());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QCOMPARE(loaded.first().first().toBool(), true);
    QCOMPARE(metadataRequests(), before + 1);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().first().toByteArray(), account->session()->configuration().capabilityStatement);
    QVERIFY(!capability->hasPrepared()); // taken by the session's copy
    QVERIFY(capability->summary());
    QVERIFY2(capability->headline().contains(QStringLiteral("3.0.1 (STU3)")), qPrintable(capability->headline()));
    QVERIFY(!capability->tree()->findItems(QStringLiteral("token"), Qt::MatchRecursive | Qt::MatchExactly).isEmpty());
    // The request log still shows the one GET of metadata (discovery's).
    net::RequestLog* log = browser->requestLog();
    int logged = 0;
    for (int i = 0; i < log->size(); ++i)
        logged += log->at(i).url.path().endsWith(QLatin1String("/metadata")) ? 1 : 0;
    QCOMPARE(logged, 1);
    // The newest-first sort follows that statement (the sandbox's offers _sort for Observation).
    QVERIFY(SignInTestSupport::openTabs(m_app.window()).contains(QStringLiteral("Observation")));
    ResourceTablePage* observations = browser->page(QStringLiteral("Observation"));
    QVERIFY(observations);
    QVERIFY2(!observations->serverSort().first.isEmpty(), "no newest-first sort from the reused statement");

    // Load asks the server again, with the session's token.
    auto* load = capability->findChild<QPushButton*>(QStringLiteral("loadCapability"));
    QVERIFY(load);
    QTest::mouseClick(load, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
    QCOMPARE(loaded.last().first().toBool(), true);
    QCOMPARE(metadataRequests(), before + 2);
    QVERIFY2(capability->headline().contains(QStringLiteral("3.0.1 (STU3)")), qPrintable(capability->headline()));

    // Signed out and in again: the new session's discovery reads it once more, and nothing else does.
    // A new session, told by its token: the new Session may well be allocated where the old one was.
    const QString firstToken = account->session()->accessToken();
    account->signOut();
    QTRY_VERIFY_WITH_TIMEOUT(!account->session(), 10000);
    QVERIFY(SignInTestSupport::openTabs(m_app.window()).isEmpty());
    QVERIFY(signIn());
    QVERIFY(!account->session()->accessToken().isEmpty());
    QVERIFY(account->session()->accessToken() != firstToken);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);
    QCOMPARE(loaded.last().first().toBool(), true);
    QCOMPARE(metadataRequests(), before + 3);
}

void TestSignInRequests::extraHeadersFollowTheProfileAsSaved()
{
    // The explorer reads the profile's extra headers once, not for every request; a saved change is
    // on the very next request (here, the next sign-in's discovery).
    AccountController* account = m_app.account();
    ResourceBrowser* browser = m_app.shell()->browser();
    QVERIFY(browser);
    const auto courseSent = [browser] {
        net::RequestLog* log = browser->requestLog();
        for (int i = 0; i < log->size(); ++i) {
            if (!log->at(i).url.path().endsWith(QLatin1String("/.well-known/smart-configuration")))
                continue;
            for (const auto& [name, value] : log->at(i).requestHeaders) {
                if (name == "X-Course")
                    return QString::fromLatin1(value);
            }
            return QStringLiteral("(none)");
        }
        return QStringLiteral("(no discovery)");
    };
    for (const QString& course : {QStringLiteral("first"), QStringLiteral("second")}) {
        auth::ServerProfile profile = account->currentProfile();
        profile.signInMode = auth::ServerProfile::SignInMode::SystemBrowser;
        profile.redirectUri = auth::ServerProfile::defaultRedirectUri(profile.signInMode);
        profile.extraHeaders = {QStringLiteral("X-Course: %1").arg(course)};
        account->profiles()->save(profile);
        account->selectProfile(profile.id);
        QCOMPARE(account->currentExtraHeaders().lines(), profile.extraHeaders);
        QVERIFY(signIn());
        QCOMPARE(courseSent(), course);
        account->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!account->session(), 10000);
    }
}

int main(int argc, char** argv)
{
    return ccri::test::runSignInTest<TestSignInRequests>(argc, argv);
}

#include "TestSignInRequests.moc"
