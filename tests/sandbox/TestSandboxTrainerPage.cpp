// GET/POST /auth/trainer: only with --trainer-password; its password (and the throttle on wrong ones) and
// its CSRF token bound to the trainer's session cookie, each with its failing twin; the switches, the
// revocation of one user's sessions and the end of every session, over loopback.
#include "sandbox/auth/LoginThrottle.h"
#include "sandbox/faults/FaultSwitchboard.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <QTest>

using namespace ccri::sandbox;

namespace {
const QString kPassword = QStringLiteral("class-of-2026");
}

class TestSandboxTrainerPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void absentWithoutPassword();
    void wrongPasswordRefused();
    void rightPasswordOpensTheSwitchboard();
    void wrongPasswordsAreThrottled();
    void postWithoutCsrfRefused();
    void csrfOfAnotherSessionRefused();
    void switchesFaultsOnAndOff();
    void badValueChangesNothing();
    void revokesOneUsersSessions();
    void endsEverySession();
    void worksWithoutScripts();

private:
    // Signs in with `password` on a fresh page of `browser`; the answer to the sign-in form.
    SandboxBrowser::Response signIn(SandboxBrowser& browser, const QString& password = kPassword);
    SandboxBrowser::Response post(SandboxBrowser& browser, const SandboxBrowser::Response& page,
                                  SandboxBrowser::Form form);
    QUrl trainer() const { return m_server->urls().auth(QStringLiteral("trainer")); }
    QByteArray accessToken(SandboxBrowser& browser, const QString& user);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
};

void TestSandboxTrainerPage::init()
{
    m_browser.reset();
    SandboxOptions options = SandboxOptions::ephemeral(2);
    options.trainerPassword = kPassword;
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
}

SandboxBrowser::Response TestSandboxTrainerPage::signIn(SandboxBrowser& browser, const QString& password)
{
    const auto page = browser.get(trainer());
    return post(browser, page, {{QStringLiteral("password"), password}, {QStringLiteral("signin"), "1"}});
}

SandboxBrowser::Response TestSandboxTrainerPage::post(SandboxBrowser& browser, const SandboxBrowser::Response& page,
                                                      SandboxBrowser::Form form)
{
    form.prepend({QStringLiteral("csrf"), SandboxBrowser::formValue(page.body, QStringLiteral("csrf"))});
    return browser.post(trainer(), form);
}

QByteArray TestSandboxTrainerPage::accessToken(SandboxBrowser& browser, const QString& user)
{
    QString error;
    const QByteArray token = browser.authorizationCode(user, QStringLiteral("user/Patient.read"), QString(), &error);
    if (token.isEmpty())
        qWarning("%s", qPrintable(error));
    return token;
}

void TestSandboxTrainerPage::absentWithoutPassword()
{
    SandboxServer plain(SandboxOptions::ephemeral(1));
    QString error;
    QVERIFY2(plain.start(&error), qPrintable(error));
    SandboxBrowser browser(plain);
    QCOMPARE(browser.get(plain.urls().auth(QStringLiteral("trainer"))).status, 404);
    QVERIFY(!plain.banner().contains(QStringLiteral("Trainer's page")));
    // Twin: with the password, the page is there and the banner says where.
    QCOMPARE(m_browser->get(trainer()).status, 200);
    QVERIFY(m_server->banner().contains(QStringLiteral("Trainer's page: ") + trainer().toString()));
    // An empty password on the command line is refused in words.
    QVERIFY(!SandboxOptions::parse({QStringLiteral("ccri-sandbox"), QStringLiteral("--trainer-password="), QString()},
                                   &error));
}

void TestSandboxTrainerPage::wrongPasswordRefused()
{
    const auto refused = signIn(*m_browser, QStringLiteral("class-of-2025"));
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.body.contains("not the trainer password"));
    QVERIFY(!refused.body.contains("name=\"fault\""));
    // Still not signed in: the page is the sign-in form again.
    QVERIFY(m_browser->get(trainer()).body.contains("name=\"password\""));
}

void TestSandboxTrainerPage::rightPasswordOpensTheSwitchboard()
{
    const auto before = m_browser->get(trainer());
    const QByteArray firstCookie = before.header("set-cookie");
    QVERIFY(firstCookie.startsWith("ccri_sandbox_trainer="));
    QVERIFY(firstCookie.contains("HttpOnly"));
    QVERIFY(firstCookie.contains("SameSite=Strict"));
    const auto page
        = post(*m_browser, before, {{QStringLiteral("password"), kPassword}, {QStringLiteral("signin"), "1"}});
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("set-cookie") != firstCookie); // a new session id once signed in
    for (const Fault& fault : Fault::all())
        QVERIFY2(page.body.contains(QStringLiteral("value=\"%1\"").arg(fault.name()).toUtf8()),
                 qPrintable(fault.name()));
    QVERIFY(m_browser->get(trainer()).body.contains("name=\"fault\""));
}

void TestSandboxTrainerPage::wrongPasswordsAreThrottled()
{
    for (int i = 0; i < LoginThrottle::freeFailuresPerUser; ++i)
        QCOMPARE(signIn(*m_browser, QStringLiteral("guess%1").arg(i)).status, 401);
    const auto throttled = signIn(*m_browser, QStringLiteral("guess"));
    QCOMPARE(throttled.status, 429);
    // Even the right password waits now, unchecked.
    const auto waiting = signIn(*m_browser);
    QCOMPARE(waiting.status, 429);
    QVERIFY(waiting.body.contains("Try again in"));
    // Twin: after the wait, the right password opens the page.
    m_server->clock().advance(LoginThrottle::maxWaitSeconds + 1);
    QCOMPARE(signIn(*m_browser).status, 200);
}

void TestSandboxTrainerPage::postWithoutCsrfRefused()
{
    const auto page = signIn(*m_browser);
    QCOMPARE(page.status, 200);
    const auto refused = m_browser->post(
        trainer(), {{QStringLiteral("fault"), QStringLiteral("expire-tokens")}, {QStringLiteral("on"), "1"}});
    QCOMPARE(refused.status, 403);
    QVERIFY(!m_server->faults().isOn(Fault::Id::ExpireTokens));
    // The sign-in form needs it too.
    SandboxBrowser stranger(*m_server);
    stranger.get(trainer());
    QCOMPARE(stranger.post(trainer(), {{QStringLiteral("password"), kPassword}}).status, 403);
    // Twin: with the page's token it is switched on.
    const auto fresh = signIn(*m_browser);
    QCOMPARE(post(*m_browser, fresh, {{QStringLiteral("fault"), QStringLiteral("expire-tokens")}, {"on", "1"}}).status,
             200);
    QVERIFY(m_server->faults().isOn(Fault::Id::ExpireTokens));
}

void TestSandboxTrainerPage::csrfOfAnotherSessionRefused()
{
    const auto mine = signIn(*m_browser);
    SandboxBrowser other(*m_server);
    const auto theirs = signIn(other);
    QVERIFY(SandboxBrowser::formValue(mine.body, QStringLiteral("csrf"))
            != SandboxBrowser::formValue(theirs.body, QStringLiteral("csrf")));
    // My cookie with their token: refused, nothing changed.
    const auto refused
        = post(*m_browser, theirs, {{QStringLiteral("fault"), QStringLiteral("fhir-unavailable")}, {"on", "1"}});
    QCOMPARE(refused.status, 403);
    QVERIFY(!m_server->faults().isOn(Fault::Id::FhirUnavailable));
    // Twin: their own token with their cookie.
    QCOMPARE(post(other, theirs, {{QStringLiteral("fault"), QStringLiteral("fhir-unavailable")}, {"on", "1"}}).status,
             200);
    QVERIFY(m_server->faults().isOn(Fault::Id::FhirUnavailable));
}

void TestSandboxTrainerPage::switchesFaultsOnAndOff()
{
    const auto page = signIn(*m_browser);
    const auto on = post(*m_browser, page,
                         {{QStringLiteral("fault"), QStringLiteral("fhir-delay")},
                          {QStringLiteral("value"), QStringLiteral("1500")},
                          {QStringLiteral("on"), "1"}});
    QCOMPARE(on.status, 200);
    QVERIFY(on.body.contains("fhir-delay=1500 is on."));
    QCOMPARE(m_server->faults().value(Fault::Id::FhirDelay), QStringLiteral("1500"));
    QVERIFY(on.body.contains("on: 1500"));
    const auto off = post(*m_browser, on, {{QStringLiteral("fault"), QStringLiteral("fhir-delay")}, {"off", "1"}});
    QVERIFY(off.body.contains("fhir-delay is off."));
    QVERIFY(!m_server->faults().isOn(Fault::Id::FhirDelay));

    post(*m_browser, off, {{QStringLiteral("fault"), QStringLiteral("narrow-consent")}, {"on", "1"}});
    post(*m_browser, off, {{QStringLiteral("fault"), QStringLiteral("refresh-expired")}, {"on", "1"}});
    QCOMPARE(m_server->faults().summary(), QStringLiteral("refresh-expired narrow-consent"));
    const auto allOff = post(*m_browser, off, {{QStringLiteral("alloff"), "1"}});
    QVERIFY(allOff.body.contains("Every fault is off."));
    QVERIFY(m_server->faults().summary().isEmpty());
}

void TestSandboxTrainerPage::badValueChangesNothing()
{
    const auto page = signIn(*m_browser);
    const auto refused = post(*m_browser, page,
                              {{QStringLiteral("fault"), QStringLiteral("token-error")},
                               {QStringLiteral("value"), QStringLiteral("<script>teapot")},
                               {QStringLiteral("on"), "1"}});
    QVERIFY(refused.body.contains("role=\"alert\""));
    QVERIFY(refused.body.contains("invalid_client, server_error or html"));
    QVERIFY(!refused.body.contains("<script>")); // escaped
    QVERIFY(!m_server->faults().isOn(Fault::Id::TokenError));
    const auto unknown
        = post(*m_browser, page, {{QStringLiteral("fault"), QStringLiteral("melt-down")}, {QStringLiteral("on"), "1"}});
    QVERIFY(unknown.body.contains("no fault called"));
}

void TestSandboxTrainerPage::revokesOneUsersSessions()
{
    SandboxBrowser clinicianApp(*m_server);
    SandboxBrowser patientApp(*m_server);
    const QByteArray clinician = accessToken(clinicianApp, QStringLiteral("clinician"));
    const QByteArray other = accessToken(patientApp, QStringLiteral("reception"));
    QVERIFY(!clinician.isEmpty() && !other.isEmpty());
    const QUrl patients = m_server->urls().fhir(QStringLiteral("Patient/1"));
    QCOMPARE(clinicianApp.get(patients, clinician).status, 200);

    const auto page = signIn(*m_browser);
    const auto unknown = post(*m_browser, page, {{QStringLiteral("user"), QStringLiteral("nobody")}, {"revoke", "1"}});
    QVERIFY(unknown.body.contains("There is no user called"));
    const auto done = post(*m_browser, page, {{QStringLiteral("user"), QStringLiteral("clinician")}, {"revoke", "1"}});
    QVERIFY2(done.body.contains("Every session of clinician is revoked (1 sign-ins)"), done.body.constData());
    QCOMPARE(clinicianApp.get(patients, clinician).status, 401);
    // Twin: another user's token still works.
    QCOMPARE(patientApp.get(patients, other).status, 200);
}

void TestSandboxTrainerPage::endsEverySession()
{
    SandboxBrowser app(*m_server);
    const QByteArray clinician = accessToken(app, QStringLiteral("clinician"));
    const QUrl patients = m_server->urls().fhir(QStringLiteral("Patient/1"));
    QCOMPARE(app.get(patients, clinician).status, 200);
    const auto page = signIn(*m_browser);
    const auto done = post(*m_browser, page, {{QStringLiteral("endall"), "1"}});
    QVERIFY(done.body.contains("Every session is ended"));
    QCOMPARE(app.get(patients, clinician).status, 401);
    // The browser session ended too: the next authorize asks for the password again.
    const auto again = app.get(app.authorizeUrl(QStringLiteral("user/Patient.read")));
    QVERIFY2(again.location.startsWith(QStringLiteral("/auth/login")), qPrintable(again.location));
}

void TestSandboxTrainerPage::worksWithoutScripts()
{
    const auto login = m_browser->get(trainer());
    QVERIFY(!login.body.contains("<script"));
    QVERIFY(login.header("content-security-policy").contains("default-src 'none'"));
    QVERIFY(login.body.contains("<label for=\"password\">"));
    const auto page = signIn(*m_browser);
    QVERIFY(!page.body.contains("<script"));
    QVERIFY(page.body.contains("<th scope=\"col\">"));
    QVERIFY(page.body.contains("<label for=\"value-fhir-delay\">"));
}

QTEST_GUILESS_MAIN(TestSandboxTrainerPage)
#include "TestSandboxTrainerPage.moc"
