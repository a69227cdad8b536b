// A signed-in session over time, against the real sandbox (5-second tokens), a real WebEngine for
// the first sign-in and the real keyring: restart resumes with no browser; a token is refreshed at
// 80% of its lifetime; an expired saved token is refreshed before use; a 401 refreshes once and
// retries once; a failed refresh asks to sign in again; sign-out revokes and forgets.
#include "app/auth/Session.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"
#include "app/fhir/FhirClient.h"
#include "app/fhir/FhirReply.h"
#include "app/net/RequestLog.h"
#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/ExplorerUnderTest.h"
#include "tests/signin/ScratchHome.h"
#include "tests/signin/SignInTestCase.h"
#include "tests/signin/SignInTestSupport.h"
#include "tests/support/SteppedClock.h"
#include "ui/main/MainWindow.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/SessionStatusWidget.h"
#include "ui/signin/SessionTokenProvider.h"
#include "ui/signin/SignInController.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ccri;
using ccri::test::SignInTestSupport;

class TestSessionLifecycle : public test::SignInTestCase
{
    Q_OBJECT
public:
    using SignInTestCase::SignInTestCase;

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void restartResumesWithoutBrowser();
    void refreshesAtEightyPercentOfTheLifetime();
    void expiredSavedSessionIsRefreshedFirst();
    void unauthorizedRequestRefreshesOnceAndRetries();
    void timerAndUnauthorizedShareOneRefresh();
    void failedRefreshAsksToSignInAgain();
    void signOutRevokesAndForgets();
    void expiredSessionWithARevokedRefreshTokenAsksToSignIn();
    void forgetAllSavedSessions();
    void resourceBrowserReadsWithTheSession();

private:
    void restart();
    auth::Session* signIn();
    std::optional<auth::TokenRecord> keychainRecord(const QString& key, auth::TokenStore::Result* result = nullptr);
    bool isActive(const QString& token);
    bool revoke(auth::Session* session, const QString& token, const QString& typeHint);

    QNetworkAccessManager m_network;
    test::SteppedClock m_clock; // the explorer's time: moved on past a token's lifetime, not waited for
};

void TestSessionLifecycle::initTestCase()
{
    startSandbox(5);
    m_app.setClock(&m_clock);
}

void TestSessionLifecycle::init()
{
    m_clock.reset();
    restart();
}

void TestSessionLifecycle::restart()
{
    openExplorer(); // same settings file and keychain
    // A server profile (as a classroom sandbox is): the Local CCRI sandbox's sessions are never
    // saved, since an in-process sandbox's tokens die with it (TestLocalSandboxOnDemand).
    m_app.account()->useServer(m_server->fhirBase(), QStringLiteral("ccri-explorer"));
}

void TestSessionLifecycle::cleanup()
{
    if (m_app.account() && m_app.account()->session()) {
        m_app.account()->signOut();
        QTRY_VERIFY(!m_app.account()->session());
    }
    m_app.close();
}

void TestSessionLifecycle::cleanupTestCase()
{
    QVERIFY(!m_secrets.isEmpty());
    const QStringList leaks = m_home->filesContaining(m_secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    m_server.reset();
}

auth::Session* TestSessionLifecycle::signIn()
{
    auth::Session* session = SignInTestSupport::signInAs(m_app.account(), QStringLiteral("clinician"), &m_secrets);
    if (session) {
        connect(session, &auth::Session::tokensChanged, this,
                [this, session] { SignInTestSupport::collectSecrets(session, &m_secrets); });
    }
    return session;
}

std::optional<auth::TokenRecord> TestSessionLifecycle::keychainRecord(const QString& key,
                                                                      auth::TokenStore::Result* result)
{
    return SignInTestSupport::keychainRecord(m_service, key, result);
}

// Revokes `token` at the sandbox through the session's token client; true once the server said so.
bool TestSessionLifecycle::revoke(auth::Session* session, const QString& token, const QString& typeHint)
{
    bool done = false;
    bool revoked = false;
    session->tokenClient()->revoke(token, typeHint, [&](bool ok, const QString& error) {
        if (!ok)
            qWarning("revocation failed: %s", qPrintable(error));
        revoked = ok;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }) && revoked;
}

bool TestSessionLifecycle::isActive(const QString& token)
{
    // RFC 7662 §2.1: introspection needs a confidential credential; the sandbox's resource server may ask about any
    // token.
    auth::TokenClient client(&m_network,
                             m_app.account()->session() ? m_app.account()->session()->configuration()
                                                        : auth::SmartConfiguration(),
                             QStringLiteral("ccri-resource-server"),
                             m_server->clients().find(QStringLiteral("ccri-resource-server"))->secret);
    bool done = false;
    bool active = true;
    client.introspect(token, [&](std::optional<QJsonObject> answer, const QString& error) {
        QVERIFY2(answer, qPrintable(error));
        active = answer->value(QLatin1String("active")).toBool();
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return active;
}

void TestSessionLifecycle::restartResumesWithoutBrowser()
{
    auth::Session* first = signIn();
    QVERIFY(first);
    const QString key = first->keychainKey();
    const QStringList openBefore = SignInTestSupport::openTabs(m_app.window());
    QVERIFY(openBefore.contains(QStringLiteral("Patient")));
    const auto saved = keychainRecord(key);
    QVERIFY(saved);
    QCOMPARE(saved->accessToken, first->accessToken());

    restart(); // a new main window, the same settings and keychain
    QTRY_COMPARE(SignInTestSupport::webEngineViewCount(), 0);
    QSignalSpy finished(m_app.account(), &AccountController::resumeFinished);
    m_app.account()->resume(true);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(m_app.account()->session());
    QVERIFY(!m_app.account()->signInController()->window());
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 0);
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()), openBefore);
    QVERIFY(m_app.account()->statusWidget()->userText() != QLatin1String("Not signed in"));
}

void TestSessionLifecycle::refreshesAtEightyPercentOfTheLifetime()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    const QString before = session->accessToken();
    const QString refreshBefore = session->tokens().refreshToken;
    QVERIFY(!refreshBefore.isEmpty());
    QCOMPARE(session->tokens().lifetimeSeconds(), 5);
    QCOMPARE(session->tokens().issuedAt.msecsTo(session->refreshDue()), 4000);
    QSignalSpy refreshed(session, &auth::Session::tokensChanged);
    QVERIFY(refreshed.wait(7000));
    QVERIFY(session->accessToken() != before);
    QVERIFY(session->tokens().refreshToken != refreshBefore); // rotated
    QVERIFY(session->secondsLeft() > 0);
    // The keychain holds the new record.
    QTRY_COMPARE(keychainRecord(session->keychainKey())->accessToken, session->accessToken());
}

void TestSessionLifecycle::expiredSavedSessionIsRefreshedFirst()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    const QString key = session->keychainKey();
    m_app.close(); // the app closes: no more timer
    m_clock.advance(6); // the saved access token expires
    const auto saved = keychainRecord(key);
    QVERIFY(saved);
    QVERIFY(saved->isExpired(m_clock.now()));

    restart();
    QSignalSpy finished(m_app.account(), &AccountController::resumeFinished);
    m_app.account()->resume();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(m_app.account()->session());
    SignInTestSupport::collectSecrets(m_app.account()->session(), &m_secrets);
    QVERIFY(m_app.account()->session()->accessToken() != saved->accessToken);
    QVERIFY(!m_app.account()->session()->tokens().isExpired(m_clock.now()));
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 0);
}

void TestSessionLifecycle::unauthorizedRequestRefreshesOnceAndRetries()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    // The server stops accepting the access token (revoked), while the refresh token still works.
    QVERIFY(revoke(session, session->accessToken(), QStringLiteral("access_token")));
    const QString before = session->accessToken();
    QSignalSpy refreshed(session, &auth::Session::tokensChanged);
    fhir::FhirClient client(&m_network, session, nullptr);
    client.setBaseUrl(m_server->fhirBase());
    fhir::FhirReply* reply = client.search(QStringLiteral("Patient"), QUrlQuery(QStringLiteral("_count=1")));
    // The reply deletes itself once finished: read its answer in the signal, not after it.
    int status = -1;
    connect(reply, &fhir::FhirReply::finished, this, [&status, reply] { status = reply->response().httpStatus; });
    QTRY_VERIFY(status != -1);
    QCOMPARE(status, 200);
    QVERIFY(refreshed.size() >= 1); // (the 80% timer may have refreshed too on a slow machine)
    QVERIFY(session->accessToken() != before);
}

// RFC 9700 §4.14.2: the sandbox revokes the whole token family when a rotated refresh token comes
// again, so the refresh timer and a 401 retry at the same moment must send the refresh token once.
void TestSessionLifecycle::timerAndUnauthorizedShareOneRefresh()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    const QString before = session->accessToken();
    QSignalSpy refreshed(session, &auth::Session::tokensChanged);
    QSignalSpy required(session, &auth::Session::signInRequired);
    int answers = 0;
    bool allOk = true;
    session->refresh([&](bool ok, const QString&) { // what the 80 % timer calls
        allOk = allOk && ok;
        ++answers;
    });
    session->refreshAfterUnauthorized(before, [&](bool ok) { // a FHIR request's 401, meanwhile
        allOk = allOk && ok;
        ++answers;
    });
    session->refresh([&](bool ok, const QString&) {
        allOk = allOk && ok;
        ++answers;
    });
    QTRY_COMPARE(answers, 3);
    QVERIFY(allOk);
    QCOMPARE(refreshed.size(), 1); // one refresh for all three
    QCOMPARE(required.size(), 0);
    QVERIFY(session->accessToken() != before);
    // The family was not revoked: the new access token is still active at the server.
    QVERIFY(isActive(session->accessToken()));
    // A 401 for the old token after the refresh needs no second refresh.
    bool late = false;
    session->refreshAfterUnauthorized(before, [&](bool ok) { late = ok; });
    QVERIFY(late);
}

void TestSessionLifecycle::failedRefreshAsksToSignInAgain()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    QVERIFY(revoke(session, session->tokens().refreshToken, QStringLiteral("refresh_token")));
    QSignalSpy required(session, &auth::Session::signInRequired);
    session->refresh();
    QTRY_COMPARE(required.size(), 1);
    QVERIFY(required.first().first().toString().contains(QLatin1String("please sign in again")));
    QTRY_VERIFY(!m_app.account()->session());
    QVERIFY(m_app.account()->statusWidget()->noticeText().contains(QLatin1String("please sign in again")));
    QVERIFY(SignInTestSupport::openTabs(m_app.window()).isEmpty());
}

void TestSessionLifecycle::signOutRevokesAndForgets()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    const QString key = session->keychainKey();
    const auth::TokenRecord record = session->tokens();
    const auth::SmartConfiguration configuration = session->configuration();
    QVERIFY(!configuration.revocationEndpoint.isEmpty());
    QVERIFY(isActive(record.accessToken));
    auto* signOut = m_app.account()->statusWidget()->findChild<QPushButton*>(QStringLiteral("sessionSignInOut"));
    QVERIFY(signOut && signOut->isVisible() && signOut->isEnabled());
    QCOMPARE(signOut->text(), SessionStatusWidget::tr("Sign out"));
    QTest::mouseClick(signOut, Qt::LeftButton); // the Session dock's button, as a user would
    QTRY_VERIFY(!m_app.account()->session());
    QVERIFY(signOut->isVisible() && signOut->isEnabled()); // the same button, now to sign in again
    QCOMPARE(signOut->text(), SessionStatusWidget::tr("Sign in…"));
    QTRY_VERIFY(!m_app.account()->session());
    QVERIFY(SignInTestSupport::openTabs(m_app.window()).isEmpty());

    auth::TokenClient client(&m_network, configuration, QStringLiteral("ccri-resource-server"),
                             m_server->clients().find(QStringLiteral("ccri-resource-server"))->secret);
    for (const QString& token : {record.accessToken, record.refreshToken}) {
        bool done = false;
        client.introspect(token, [&](std::optional<QJsonObject> answer, const QString& error) {
            QVERIFY2(answer, qPrintable(error));
            QCOMPARE(answer->value(QLatin1String("active")).toBool(true), false);
            done = true;
        });
        QTRY_VERIFY(done);
    }
    auth::TokenStore::Result result = auth::TokenStore::Result::Ok;
    QVERIFY(!keychainRecord(key, &result));
    QCOMPARE(result, auth::TokenStore::Result::NotFound);
    // And a restart finds nothing to resume.
    restart();
    QSignalSpy finished(m_app.account(), &AccountController::resumeFinished);
    m_app.account()->resume();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
}

void TestSessionLifecycle::expiredSessionWithARevokedRefreshTokenAsksToSignIn()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    QVERIFY(revoke(session, session->tokens().refreshToken, QStringLiteral("refresh_token")));
    m_app.close(); // closed before its timer could notice
    m_clock.advance(6); // the saved access token expires
    restart();
    QSignalSpy finished(m_app.account(), &AccountController::resumeFinished);
    m_app.account()->resume();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_app.account()->session());
    QVERIFY2(m_app.account()->statusWidget()->noticeText().contains(
                 QLatin1String("could not be renewed; please sign in again")),
             qPrintable(m_app.account()->statusWidget()->noticeText()));
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 0);
}

void TestSessionLifecycle::forgetAllSavedSessions()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    const QString key = session->keychainKey();
    QVERIFY(keychainRecord(key));
    m_app.account()->forgetAllSessions();
    QVERIFY(!m_app.account()->session());
    QTRY_VERIFY([&] {
        auth::TokenStore::Result result = auth::TokenStore::Result::Ok;
        keychainRecord(key, &result);
        return result == auth::TokenStore::Result::NotFound;
    }());
    restart();
    QSignalSpy finished(m_app.account(), &AccountController::resumeFinished);
    m_app.account()->resume();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
}

void TestSessionLifecycle::resourceBrowserReadsWithTheSession()
{
    // As main() wires it: the browser's FHIR client follows the session (base URL, token, 401 refresh).
    SessionTokenProvider tokens(m_app.account());
    net::RequestLog log;
    fhir::FhirClient client(&m_network, &tokens, &log);
    tokens.keepInStep(&client);
    QVERIFY(tokens.accessToken().isEmpty());
    auth::Session* session = signIn();
    QVERIFY(session);
    QCOMPARE(client.baseUrl(), m_server->fhirBase());
    QCOMPARE(tokens.accessToken(), session->accessToken());
    QCOMPARE(tokens.grantedScope(), session->tokens().scope);

    // The server stops accepting the token: the client asks once for a refresh and retries once.
    QVERIFY(revoke(session, session->accessToken(), QStringLiteral("access_token")));
    const QString before = session->accessToken();
    const fhir::FhirResponse response = SignInTestSupport::responseOf(
        client.search(QStringLiteral("Patient"), QUrlQuery(QStringLiteral("_count=1"))));
    QVERIFY2(response.ok, qPrintable(response.error));
    QCOMPARE(response.httpStatus, 200);
    QVERIFY(tokens.accessToken() != before);
    SignInTestSupport::collectSecrets(session, &m_secrets);
}

int main(int argc, char** argv)
{
    return ccri::test::runSignInTest<TestSessionLifecycle>(argc, argv);
}

#include "TestSessionLifecycle.moc"
