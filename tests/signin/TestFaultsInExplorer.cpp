// The trainer's faults as the explorer shows them: for each fault the sandbox's token or FHIR answer
// ends in a message in words that says what happened and what to do, never a hang; each fault is
// switched on, seen, and switched off again with the explorer working as before. Client credentials
// sign in with no browser; the faults that need the sign-in pages are covered by TestSandboxFaults.
#include "app/auth/Session.h"
#include "app/fhir/FhirClient.h"
#include "app/fhir/FhirReply.h"
#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/server/InProcessLocalSandbox.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/SignInTestCase.h"
#include "tests/signin/SignInTestSupport.h"
#include "ui/desktop/TranslationLoader.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/LocalSandboxLauncher.h"
#include "ui/signin/LocalSandboxView.h"
#include "ui/signin/SessionStatusWidget.h"

#include <QCheckBox>
#include <QHash>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace ccri;
using ccri::test::SignInTestSupport;

class TestFaultsInExplorer : public test::SignInTestCase
{
    Q_OBJECT
public:
    using SignInTestCase::SignInTestCase;

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tokenErrorInWords_data();
    void tokenErrorInWords();
    void expiredTokenAsksToSignInAgain();
    void unavailableServerSaysSo();
    void delayedAnswerCanBeCancelled();
    void localSandboxViewSwitchesFaults();
    void localSandboxViewSaysFaultsInWelsh();

private:
    auth::Session* signIn();
    fhir::FhirResponse searchPatients(auth::Session* session, bool cancel = false);

    QString m_secret;
};

void TestFaultsInExplorer::initTestCase()
{
    startSandbox();
    QVERIFY(m_server);
    m_secret = m_server->clients().find(QStringLiteral("clinical-access"))->secret;
    m_secrets << m_secret;
}

void TestFaultsInExplorer::init()
{
    m_app.open(m_home->path(), m_server->fhirBase(), m_service, false);
}

void TestFaultsInExplorer::cleanup()
{
    switchFaultsOff();
    m_keys << SignInTestSupport::clinicalAccessProfile(QUrl()).secretKey();
    closeExplorer();
}

auth::Session* TestFaultsInExplorer::signIn()
{
    return SignInTestSupport::signInWithClientCredentials(
        m_app.account(), SignInTestSupport::clinicalAccessProfile(m_server->fhirBase()), m_secret);
}

fhir::FhirResponse TestFaultsInExplorer::searchPatients(auth::Session* session, bool cancel)
{
    QNetworkAccessManager network;
    fhir::FhirClient client(&network, session, nullptr);
    client.setBaseUrl(m_server->fhirBase());
    fhir::FhirReply* reply = client.search(QStringLiteral("Patient"), QUrlQuery());
    if (cancel)
        QTimer::singleShot(200, reply, &fhir::FhirReply::abort);
    return SignInTestSupport::responseOf(reply);
}

void TestFaultsInExplorer::tokenErrorInWords_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("invalid_client") << "invalid_client"
                                    << QStringList {"did not accept this client", "Check the client id and secret"};
    QTest::newRow("server_error") << "server_error"
                                  << QStringList {"gave HTTP 500, server_error", "try again in a while"};
    QTest::newRow("html") << "html" << QStringList {"gave HTTP 502 with an HTML page", "a proxy in front of it"};
}

void TestFaultsInExplorer::tokenErrorInWords()
{
    QFETCH(QString, value);
    QFETCH(QStringList, words);
    switchFaultOn(QStringLiteral("token-error=") + value);
    QSignalSpy failed(m_app.account(), &AccountController::signInFailed);
    QVERIFY(!signIn());
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    for (const QString& word : words)
        QVERIFY2(message.contains(word), qPrintable(message));
    QCOMPARE(m_app.account()->statusWidget()->noticeText(), message);

    switchFaultOff(QStringLiteral("token-error"));
    QVERIFY(signIn());
}

void TestFaultsInExplorer::expiredTokenAsksToSignInAgain()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    QVERIFY(searchPatients(session).ok);
    switchFaultOn(QStringLiteral("expire-tokens"));
    const fhir::FhirResponse refused = searchPatients(session);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.httpStatus, 401);
    QVERIFY2(refused.error.contains(QLatin1String("did not accept your sign-in")), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLatin1String("expired")), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLatin1String("Sign in again")), qPrintable(refused.error));
    switchFaultOff(QStringLiteral("expire-tokens"));
    QVERIFY(searchPatients(m_app.account()->session()).ok);
}

void TestFaultsInExplorer::unavailableServerSaysSo()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    switchFaultOn(QStringLiteral("fhir-unavailable"));
    const fhir::FhirResponse refused = searchPatients(session);
    QCOMPARE(refused.httpStatus, 503);
    QVERIFY2(refused.error.contains(QLatin1String("The server failed (HTTP 503")), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLatin1String("unavailable for the moment")), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QLatin1String("Try again later")), qPrintable(refused.error));
    switchFaultOff(QStringLiteral("fhir-unavailable"));
    QVERIFY(searchPatients(session).ok);
}

void TestFaultsInExplorer::delayedAnswerCanBeCancelled()
{
    auth::Session* session = signIn();
    QVERIFY(session);
    switchFaultOn(QStringLiteral("fhir-delay=20000"));
    const fhir::FhirResponse cancelled = searchPatients(session, true);
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelled.error, QStringLiteral("Cancelled."));
    // A short delay: the answer comes, late but whole.
    switchFaultOn(QStringLiteral("fhir-delay=300"));
    QVERIFY(searchPatients(session).ok);
    switchFaultOff(QStringLiteral("fhir-delay"));
    QVERIFY(searchPatients(session).ok);
}

void TestFaultsInExplorer::localSandboxViewSwitchesFaults()
{
    // View → Local sandbox over the explorer's own in-process sandbox (its own thread).
    LocalSandboxLauncher launcher(sandbox::InProcessLocalSandbox::factory());
    LocalSandboxView view(&launcher);
    QSignalSpy ready(&launcher, &LocalSandboxLauncher::ready);
    launcher.start(QStringLiteral("ccri"));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 30000);
    QSignalSpy changed(launcher.sandbox(), &LocalSandbox::faultsChanged);
    QSignalSpy refused(launcher.sandbox(), &LocalSandbox::faultRefused);
    const QUrl metadata(launcher.fhirBase().toString() + QStringLiteral("/metadata"));
    QNetworkAccessManager network;
    auto statusOf = [&network](const QUrl& url) {
        QNetworkReply* reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QCOMPARE(statusOf(metadata), 200);

    auto* unavailable = view.findChild<QCheckBox*>(QStringLiteral("fault-fhir-unavailable"));
    QVERIFY(unavailable);
    QVERIFY(!unavailable->toolTip().isEmpty());
    unavailable->click();
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.last().first().toString(), QStringLiteral("fhir-unavailable"));
    QVERIFY(unavailable->isChecked());
    QCOMPARE(statusOf(metadata), 503);
    QTRY_VERIFY(view.logText().contains(QLatin1String("FAULT fhir-unavailable switched on")));
    QTRY_VERIFY(view.logText().contains(QLatin1String("FAULT fhir-unavailable acted")));

    // A bad value is refused in words and leaves the box off.
    auto* tokenError = view.findChild<QCheckBox*>(QStringLiteral("fault-token-error"));
    auto* tokenErrorValue = view.findChild<QLineEdit*>(QStringLiteral("faultValue-token-error"));
    QVERIFY(tokenError && tokenErrorValue);
    tokenErrorValue->setText(QStringLiteral("teapot"));
    tokenError->click();
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY2(view.faultNotice().contains(QLatin1String("invalid_client, server_error or html")),
             qPrintable(view.faultNotice()));
    QVERIFY(!tokenError->isChecked());

    // pkce=lenient is said loudly.
    view.findChild<QCheckBox*>(QStringLiteral("fault-pkce"))->click();
    QTRY_VERIFY(view.faultNotice().contains(QLatin1String("LENIENT about PKCE")));
    QCOMPARE(launcher.sandbox()->faultsOn(), QStringLiteral("fhir-unavailable pkce=lenient"));

    // Off again: the sandbox answers as before.
    const qsizetype before = changed.size();
    unavailable->click();
    view.findChild<QCheckBox*>(QStringLiteral("fault-pkce"))->click();
    QTRY_COMPARE(changed.size(), before + 2);
    QVERIFY(launcher.sandbox()->faultsOn().isEmpty());
    QVERIFY(view.faultNotice().isEmpty());
    QCOMPARE(statusOf(metadata), 200);
}

void TestFaultsInExplorer::localSandboxViewSaysFaultsInWelsh()
{
    // The meanings in the panel are the sandbox's sentences (their one copy, sandbox/faults/Fault.cpp) in the
    // explorer's language.
    LocalSandboxLauncher launcher(sandbox::InProcessLocalSandbox::factory());
    QSignalSpy ready(&launcher, &LocalSandboxLauncher::ready);
    launcher.start(QStringLiteral("ccri"));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 30000);
    auto meaningOf = [&launcher](const QString& name) {
        LocalSandboxView view(&launcher);
        auto* box = view.findChild<QCheckBox*>(QStringLiteral("fault-") + name);
        return box ? box->toolTip() : QString();
    };
    QHash<QString, QString> english;
    for (const LocalSandbox::FaultSwitch& fault : launcher.sandbox()->faultSwitches()) {
        english.insert(fault.name, meaningOf(fault.name));
        QCOMPARE(english.value(fault.name), fault.meaning);
    }
    QCOMPARE(english.size(), 8);
    QCOMPARE(english.value(QStringLiteral("narrow-consent")),
             QStringLiteral("The server grants one requested resource scope fewer than the user ticked."));

    TranslationLoader translations;
    QVERIFY(translations.install(qApp, QStringLiteral("cy")));
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString welsh = meaningOf(it.key());
        QVERIFY2(!welsh.isEmpty() && welsh != it.value(), qPrintable(it.key() + QStringLiteral(": ") + welsh));
    }
    // The sandbox itself (its trainer page and log) keeps the English.
    for (const LocalSandbox::FaultSwitch& fault : launcher.sandbox()->faultSwitches())
        QCOMPARE(fault.meaning, english.value(fault.name));
    QVERIFY(translations.install(qApp, QStringLiteral("en")));
    QCOMPARE(meaningOf(QStringLiteral("narrow-consent")), english.value(QStringLiteral("narrow-consent")));
}

int main(int argc, char** argv)
{
    return test::runSignInTest<TestFaultsInExplorer>(argc, argv);
}
#include "TestFaultsInExplorer.moc"
