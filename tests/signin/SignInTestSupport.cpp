#include "tests/signin/SignInTestSupport.h"

#include "app/auth/ProfileStore.h"
#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/fhir/FhirReply.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/WebFormDriver.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/RedirectInterceptingPage.h"
#include "ui/signin/SignInController.h"
#include "ui/signin/SignInWindow.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebEngineView>

namespace ccri::test {

auth::ServerProfile SignInTestSupport::clinicalAccessProfile(const QUrl& fhirBase)
{
    auth::ServerProfile profile;
    profile.id = QStringLiteral("clinical-access-test");
    profile.displayName = QStringLiteral("Sandbox as clinical-access");
    profile.fhirBase = fhirBase;
    profile.clientId = QStringLiteral("clinical-access");
    profile.clientType = auth::ServerProfile::ClientType::Confidential;
    profile.signInMode = auth::ServerProfile::SignInMode::ClientCredentials;
    profile.policy = QStringLiteral("ccri");
    profile.scopes = QStringLiteral("user/Patient.read user/Observation.read user/MedicationRequest.read");
    profile.redirectUri = auth::ServerProfile::defaultRedirectUri(profile.signInMode);
    return profile;
}

auth::Session* SignInTestSupport::signInWithClientCredentials(AccountController* account,
                                                              const auth::ServerProfile& profile, const QString& secret)
{
    account->profiles()->save(profile);
    account->selectProfile(profile.id);
    bool saved = false;
    account->tokens()->saveText(profile.secretKey(), secret,
                                [&saved](auth::TokenStore::Result, const QString&) { saved = true; });
    [&] { QTRY_VERIFY(saved); }();
    QSignalSpy changed(account, &AccountController::sessionChanged);
    QSignalSpy failed(account, &AccountController::signInFailed);
    account->signIn();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !failed.isEmpty(), 20000); }();
    if (!failed.isEmpty())
        qWarning("sign-in failed: %s", qPrintable(failed.first().first().toString()));
    return account->session();
}

void SignInTestSupport::collectSecrets(auth::Session* session, QStringList* secrets)
{
    if (!session || !secrets)
        return;
    const auth::TokenRecord& record = session->tokens();
    for (const QString& secret : {record.accessToken, record.refreshToken, record.idToken}) {
        if (!secret.isEmpty() && !secrets->contains(secret))
            secrets->append(secret);
    }
}

auth::Session* SignInTestSupport::signInAs(AccountController* account, const QString& user, QStringList* secrets,
                                           const QStringList& untick)
{
    QSignalSpy signedIn(account, &AccountController::sessionChanged);
    QSignalSpy failed(account, &AccountController::signInFailed);
    account->signIn();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(account->signInController()->window() || !failed.isEmpty(), 30000); }();
    if (!failed.isEmpty())
        qWarning("sign-in failed: %s", qPrintable(failed.first().first().toString()));
    SignInWindow* window = account->signInController()->window();
    if (!window)
        return nullptr;
    QObject::connect(window, &SignInWindow::redirectCaught, window, [secrets](const QUrl& url) {
        const QString code = QUrlQuery(url).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (secrets && !code.isEmpty())
            secrets->append(code);
    });
    const WebFormDriver driver(window->page());
    if (!driver.logIn(user))
        return nullptr;
    if (!driver.consent(untick))
        return nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 30000); }();
    if (!failed.isEmpty())
        qWarning("sign-in failed: %s", qPrintable(failed.first().first().toString()));
    auth::Session* session = account->session();
    collectSecrets(session, secrets);
    return session;
}

QStringList SignInTestSupport::openTabs(MainWindow* window)
{
    QStringList open;
    ResourceTabs* tabs = window->resourceTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->isTabEnabled(tabs->resourceTypeAt(i)))
            open << tabs->resourceTypeAt(i);
    }
    return open;
}

int SignInTestSupport::webEngineViewCount()
{
    int count = 0;
    for (QWidget* widget : QApplication::allWidgets()) {
        if (qobject_cast<QWebEngineView*>(widget))
            ++count;
    }
    return count;
}

std::unique_ptr<sandbox::SandboxServer> SignInTestSupport::startSandbox(QString* error, int tokenLifetimeSeconds)
{
    sandbox::SandboxOptions options = sandbox::SandboxOptions::ephemeral(5);
    if (tokenLifetimeSeconds > 0)
        options.tokenLifetimeSeconds = tokenLifetimeSeconds;
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    if (!server->start(error))
        return nullptr;
    return server;
}

QString SignInTestSupport::keychainService()
{
    return QStringLiteral("ccri-explorer-test-%1").arg(QCoreApplication::applicationPid());
}

int SignInTestSupport::runWithoutKeychain(const QString& argument, QString* output)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/ccri-bus"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {argument});
    const bool finished = child.waitForFinished(120000);
    *output = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
    if (!finished || child.exitStatus() != QProcess::NormalExit) // nothing may crash
        return -1;
    return child.exitCode();
}

bool SignInTestSupport::removeKeychainEntries(const QString& service, QStringList keys)
{
    auth::TokenStore store(service);
    bool removed = false;
    keys.removeDuplicates();
    store.removeAll(keys, [&removed](auth::TokenStore::Result, const QString&) { removed = true; });
    return QTest::qWaitFor([&removed] { return removed; }, 20000);
}

std::optional<auth::TokenRecord> SignInTestSupport::keychainRecord(const QString& service, const QString& key,
                                                                   auth::TokenStore::Result* result)
{
    auth::TokenStore store(service);
    bool done = false;
    std::optional<auth::TokenRecord> found;
    store.loadRecord(key, [&](auth::TokenStore::Result r, std::optional<auth::TokenRecord> record, const QString&) {
        if (result)
            *result = r;
        found = record;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return found;
}

fhir::FhirResponse SignInTestSupport::responseOf(fhir::FhirReply* reply)
{
    fhir::FhirResponse response;
    bool done = false;
    QObject::connect(reply, &fhir::FhirReply::finished, reply, [&] {
        response = reply->response();
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return response;
}

} // namespace ccri::test
