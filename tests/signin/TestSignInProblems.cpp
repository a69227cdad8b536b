// Sign-in problems that need no browser, against the real sandbox and the real keyring: an
// unreachable server, discovery that answers with HTML, client credentials as clinical-access,
// and a computer without a keychain (a child process with no D-Bus), each ending in its message.
#include "app/auth/ProfileStore.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/fhir/FhirClient.h"
#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/ExplorerUnderTest.h"
#include "tests/signin/ScratchHome.h"
#include "tests/signin/SignInTestCase.h"
#include "tests/signin/SignInTestSupport.h"
#include "ui/main/MainWindow.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/SessionStatusWidget.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ccri;
using ccri::test::SignInTestSupport;

namespace {
const char* kNoKeychainChild = "--no-keychain-child";

} // namespace

class TestSignInProblems : public test::SignInTestCase
{
    Q_OBJECT
public:
    using SignInTestCase::SignInTestCase;

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void unreachableServerSaysWhere();
    void discoveryAnsweringHtmlSaysWhatCameBack();
    void clientCredentialsAsClinicalAccess();
    void missingSecretIsAskedFor();
    void noKeychainKeepsTheSessionInMemoryAndSaysSo();
    void commandLineServerReusesItsProfile();

private:
    QString signInFailure(const QUrl& fhirBase);
};

void TestSignInProblems::initTestCase()
{
    startSandbox();
    QVERIFY(m_server);
    m_secrets << m_server->clients().find(QStringLiteral("clinical-access"))->secret;
}

void TestSignInProblems::init()
{
    m_app.open(m_home->path(), m_server->fhirBase(), m_service, false);
}

void TestSignInProblems::cleanup()
{
    m_keys << SignInTestSupport::clinicalAccessProfile(QUrl()).secretKey();
    closeExplorer();
}

void TestSignInProblems::cleanupTestCase()
{
    QVERIFY(SignInTestSupport::removeKeychainEntries(m_service, m_keys));
    QVERIFY(m_secrets.size() >= 2);
    const QStringList leaks = m_home->filesContaining(m_secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

QString TestSignInProblems::signInFailure(const QUrl& fhirBase)
{
    auth::ServerProfile profile;
    profile.id = QStringLiteral("broken");
    profile.displayName = QStringLiteral("Broken server");
    profile.fhirBase = fhirBase;
    profile.clientId = QStringLiteral("ccri-explorer");
    profile.scopes = auth::ServerProfile::defaultScopes(profile.policy);
    profile.redirectUri = auth::ServerProfile::defaultRedirectUri(profile.signInMode);
    m_app.account()->profiles()->save(profile);
    m_app.account()->selectProfile(profile.id);
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    m_app.account()->signIn();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000); }();
    if (failed.isEmpty())
        return QString();
    [&] {
        QVERIFY(!m_app.account()->session());
        QCOMPARE(SignInTestSupport::webEngineViewCount(), 0);
        QCOMPARE(m_app.account()->statusWidget()->noticeText(), failed.first().first().toString());
    }();
    return failed.first().first().toString();
}

void TestSignInProblems::unreachableServerSaysWhere()
{
    QTcpServer closed; // a port that was free a moment ago and has nobody listening
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString message = signInFailure(QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/STU3").arg(port)));
    QVERIFY2(message.contains(QLatin1String("Could not reach 127.0.0.1")), qPrintable(message));
    QVERIFY2(
        message.contains(QStringLiteral("http://127.0.0.1:%1/fhir/STU3/.well-known/smart-configuration").arg(port)),
        qPrintable(message));
    QVERIFY(message.contains(QLatin1String("connection was refused")));
    QVERIFY(message.contains(QLatin1String("Check the FHIR base URL")));
}

void TestSignInProblems::discoveryAnsweringHtmlSaysWhatCameBack()
{
    // A user who typed the auth server's address instead of the FHIR base: HTML pages come back.
    const QUrl authBase = m_server->urls().authBase();
    const QString message = signInFailure(authBase);
    QVERIFY2(message.contains(authBase.toString()
                              + QStringLiteral("/.well-known/smart-configuration gave HTTP 404 "
                                               "with an HTML page")),
             qPrintable(message));
    QVERIFY2(message.contains(authBase.toString() + QStringLiteral("/metadata gave HTTP 404 with an HTML page")),
             qPrintable(message));
    QVERIFY(message.contains(QLatin1String("Check that the FHIR base URL is right")));
}

void TestSignInProblems::clientCredentialsAsClinicalAccess()
{
    const QString secret = m_server->clients().find(QStringLiteral("clinical-access"))->secret;
    auth::Session* session = SignInTestSupport::signInWithClientCredentials(
        m_app.account(), SignInTestSupport::clinicalAccessProfile(m_server->fhirBase()), secret);
    QVERIFY(session);
    QVERIFY(session->tokens().refreshToken.isEmpty());
    QCOMPARE(SignInTestSupport::openTabs(m_app.window()), QStringList({"Patient", "Observation", "Procedure"}));
    QVERIFY(m_app.account()->statusWidget()->userText().contains(QLatin1String("system client")));
    QCOMPARE(SignInTestSupport::webEngineViewCount(), 0);
    // The token really reads the FHIR API.
    QNetworkAccessManager network;
    fhir::FhirClient client(&network, session, nullptr);
    client.setBaseUrl(m_server->fhirBase());
    fhir::FhirReply* reply = client.search(QStringLiteral("Patient"), QUrlQuery());
    // The reply deletes itself once finished: read its answer in the signal, not after it.
    int status = -1;
    connect(reply, &fhir::FhirReply::finished, this, [&status, reply] { status = reply->response().httpStatus; });
    QTRY_VERIFY(status != -1);
    QCOMPARE(status, 200);
}

void TestSignInProblems::missingSecretIsAskedFor()
{
    auth::ServerProfile profile = SignInTestSupport::clinicalAccessProfile(m_server->fhirBase());
    profile.id = QStringLiteral("no-secret");
    m_app.account()->profiles()->save(profile);
    m_app.account()->selectProfile(profile.id);
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    m_app.account()->signIn();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("no client secret is saved")),
             qPrintable(failed.first().first().toString()));
}

void TestSignInProblems::noKeychainKeepsTheSessionInMemoryAndSaysSo()
{
    QString output;
    const int exitCode = SignInTestSupport::runWithoutKeychain(QString::fromLatin1(kNoKeychainChild), &output);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("NOTICE: ") + auth::TokenStore::unavailableNotice()), qPrintable(output));
    QVERIFY(output.contains(QLatin1String("OPEN: Patient,Observation,Procedure")));
    QVERIFY2(output.contains(QLatin1String("ORDER: superseded, gone")), qPrintable(output));
}

void TestSignInProblems::commandLineServerReusesItsProfile()
{
    // --server URL --client-id ID [--scope] [--policy] [--redirect-uri], as main() applies them.
    const QUrl server(QStringLiteral("https://class.example/fhir/STU3"));
    m_app.account()->useServer(server, QStringLiteral("class-app"));
    const auth::ServerProfile first = m_app.account()->currentProfile();
    QCOMPARE(first.fhirBase, server);
    QCOMPARE(first.clientId, QStringLiteral("class-app"));
    QCOMPARE(first.scopes, auth::ServerProfile::defaultScopes(QStringLiteral("ccri")));
    m_app.account()->adjustCurrentProfile(QString(), QStringLiteral("smart"),
                                          QUrl(QStringLiteral("http://127.0.0.1/cb")));
    QCOMPARE(m_app.account()->currentProfile().policy, QStringLiteral("smart"));
    QCOMPARE(m_app.account()->currentProfile().scopes, auth::ServerProfile::defaultScopes(QStringLiteral("smart")));
    QCOMPARE(m_app.account()->currentProfile().redirectUri, QUrl(QStringLiteral("http://127.0.0.1/cb")));

    m_app.account()->selectProfile(QStringLiteral("local-sandbox"));
    m_app.account()->useServer(QUrl(QStringLiteral("https://class.example/fhir/STU3/")), QStringLiteral("class-app"));
    QCOMPARE(m_app.account()->currentProfile().id, first.id); // reused, not saved twice
    m_app.account()->adjustCurrentProfile(QStringLiteral("user/Patient.read openid"), QString(), QUrl());
    QCOMPARE(m_app.account()->currentProfile().scopes, QStringLiteral("user/Patient.read openid"));
    QCOMPARE(m_app.account()->currentProfile().policy, QStringLiteral("smart"));
    m_app.account()->useServer(server, QStringLiteral("other-app"));
    QVERIFY(m_app.account()->currentProfile().id != first.id);
}

// The child: no D-Bus, so no Secret Service. Signs in with client credentials and reports.
static int runWithoutKeychain(int argc, char** argv)
{
    QApplication app(argc, argv);
    sandbox::SandboxServer server(sandbox::SandboxOptions::ephemeral(3));
    QString error;
    if (!server.start(&error)) {
        qCritical("sandbox: %s", qPrintable(error));
        return 3;
    }
    QTextStream out(stdout);
    {
        // A save that finds no keychain waits for one retry; a removal asked for meanwhile (a sign-out
        // straight after signing in) wins: the entry comes back neither in the keychain nor in memory.
        using Result = auth::TokenStore::Result;
        auth::TokenStore store(QStringLiteral("ccri-explorer-test-nokeychain-order"));
        std::optional<Result> saved;
        bool removed = false;
        store.saveText(QStringLiteral("entry"), QStringLiteral("secret-text"),
                       [&saved](Result result, const QString&) { saved = result; });
        store.remove(QStringLiteral("entry"), [&removed](Result, const QString&) { removed = true; });
        std::optional<bool> found;
        QDeadlineTimer deadline(20000);
        while ((!saved || !removed) && !deadline.hasExpired())
            QTest::qWait(20);
        store.loadText(QStringLiteral("entry"), [&found](Result result, const QString& text, const QString&) {
            found = result != Result::NotFound || !text.isEmpty();
        });
        while (!found && !deadline.hasExpired())
            QTest::qWait(20);
        out << "ORDER: " << (saved == Result::Superseded ? "superseded" : "not superseded") << ", "
            << (found == false ? "gone" : "still there") << Qt::endl;
    }
    test::ScratchHome home;
    test::ExplorerUnderTest explorer;
    explorer.open(home.path(), QUrl(), QStringLiteral("ccri-explorer-test-nokeychain"), false);
    AccountController& account = *explorer.account();
    const QString secret = server.clients().find(QStringLiteral("clinical-access"))->secret;
    auth::Session* session = SignInTestSupport::signInWithClientCredentials(
        &account, SignInTestSupport::clinicalAccessProfile(server.fhirBase()), secret);
    if (!session)
        return 4;
    out << "NOTICE: " << account.statusWidget()->noticeText() << Qt::endl;
    out << "OPEN: " << SignInTestSupport::openTabs(explorer.window()).join(QLatin1Char(',')) << Qt::endl;
    const bool inMemory = !account.tokens()->isKeychainAvailable();
    // Resuming finds nothing: the tokens were never written anywhere.
    bool resumed = true;
    bool done = false;
    QObject::connect(&account, &AccountController::resumeFinished, [&](bool ok) {
        resumed = ok;
        done = true;
    });
    account.resume();
    QDeadlineTimer deadline(20000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(50);
    if (!inMemory || resumed || home.filesContaining({session->accessToken(), secret}).size() > 0)
        return 5;
    return 0;
}

int main(int argc, char** argv)
{
    return ccri::test::runSignInTest<TestSignInProblems>(argc, argv, kNoKeychainChild, runWithoutKeychain);
}

#include "TestSignInProblems.moc"
