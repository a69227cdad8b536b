// The login and consent pages, as a browser uses them: every rule with its failing twin.
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <QTest>

using namespace ccri::sandbox;

class TestSandboxAuthPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void loginFormHasTheNamedFieldsAndDemoAccounts();
    void wrongPasswordShowsTheFormAgain();
    void rightPasswordGoesToConsentWithANewSession();
    void consentListsScopesTickedAndNotPermitted();
    void consentGrantsEverythingTicked();
    void untickedScopeGivesANarrowerGrant();
    void notPermittedScopeIsNeverGranted();
    void denyGivesAccessDenied();
    void cancelOnLoginGivesAccessDenied();
    void missingCsrfIsRefused();
    void wrongCsrfIsRefused();
    void otherBrowserCannotUseTheRequest();
    void patientPickerSetsPatientContext();
    void wildcardPermissionGrantsByMeaning();
    void signedInSessionSkipsLogin();
    void repeatedWrongPasswordsAreSlowedDown();
    void oversizedFormRefusedBeforeParsing();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
};

void TestSandboxAuthPages::init()
{
    m_browser.reset();
    m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(2));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
}

void TestSandboxAuthPages::loginFormHasTheNamedFieldsAndDemoAccounts()
{
    const auto authorize = m_browser->get(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")));
    const auto page = m_browser->get(m_browser->url(authorize.location));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QCOMPARE(page.header("cache-control"), QByteArray("no-store"));
    QVERIFY(page.header("content-security-policy").contains("default-src 'none'"));
    QVERIFY(page.body.contains("name=\"username\""));
    QVERIFY(page.body.contains("type=\"password\" id=\"password\" name=\"password\""));
    QVERIFY(page.body.contains("type=\"submit\" name=\"login\""));
    QVERIFY(page.body.contains("<label for=\"username\">"));
    QVERIFY(!page.body.contains("<script"));
    QVERIFY(!SandboxBrowser::formValue(page.body, QStringLiteral("csrf")).isEmpty());
    for (const char* user : {"clinician", "reception", "pharmacist", "gp", "limited"})
        QVERIFY2(page.body.contains(QByteArray("<code>") + user + "</code>"), user);
}

void TestSandboxAuthPages::wrongPasswordShowsTheFormAgain()
{
    const auto page = m_browser->openConsent(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")),
                                             QStringLiteral("clinician"), QStringLiteral("wrong"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.location.isEmpty());
    QVERIFY(page.body.contains("role=\"alert\""));
    QVERIFY(page.body.contains("not right"));
    QVERIFY(page.body.contains("name=\"password\""));
    QVERIFY(page.body.contains("value=\"clinician\"")); // the user name is kept
    // Twin: the right password gets through (on the same request, after the mistake).
    const auto retry = m_browser->post(m_browser->url(QStringLiteral("/auth/login")),
                                       {{QStringLiteral("request"), SandboxBrowser::formValue(page.body, "request")},
                                        {QStringLiteral("csrf"), SandboxBrowser::formValue(page.body, "csrf")},
                                        {QStringLiteral("username"), QStringLiteral("clinician")},
                                        {QStringLiteral("password"), QStringLiteral("password")},
                                        {QStringLiteral("login"), QStringLiteral("1")}});
    QCOMPARE(retry.status, 302);
    QVERIFY(retry.location.startsWith(QStringLiteral("/auth/consent")));
}

void TestSandboxAuthPages::repeatedWrongPasswordsAreSlowedDown()
{
    const auto first = m_browser->openConsent(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")),
                                              QStringLiteral("reception"), QStringLiteral("guess-1"));
    auto attempt = [&](const QString& password) {
        return m_browser->post(m_browser->url(QStringLiteral("/auth/login")),
                               {{QStringLiteral("request"), SandboxBrowser::formValue(first.body, "request")},
                                {QStringLiteral("csrf"), SandboxBrowser::formValue(first.body, "csrf")},
                                {QStringLiteral("username"), QStringLiteral("reception")},
                                {QStringLiteral("password"), password},
                                {QStringLiteral("login"), QStringLiteral("1")}});
    };
    QCOMPARE(attempt(QStringLiteral("guess-2")).status, 200);
    QCOMPARE(attempt(QStringLiteral("guess-3")).status, 200); // three free mistakes
    const auto slowed = attempt(QStringLiteral("password")); // even the right one is not checked now
    QCOMPARE(slowed.status, 429);
    QVERIFY2(slowed.body.contains("Try again in 1 second"), slowed.body.constData());
    QVERIFY(slowed.location.isEmpty());
    // Another user is not held up by reception's mistakes (below the address's own allowance).
    SandboxBrowser other(*m_server);
    QCOMPARE(
        other.openConsent(other.authorizeUrl(QStringLiteral("user/Patient.read")), QStringLiteral("clinician")).status,
        200);
    // Its twin: once the wait is over, the right password gets through (the sandbox clock, no sleeping).
    m_server->clock().advance(1);
    const auto through = attempt(QStringLiteral("password"));
    QCOMPARE(through.status, 302);
    QVERIFY(through.location.startsWith(QStringLiteral("/auth/consent")));
}

void TestSandboxAuthPages::oversizedFormRefusedBeforeParsing()
{
    const QByteArray big = "grant_type=client_credentials&padding=" + QByteArray(65 * 1024, 'a');
    const auto refused
        = m_browser->postRaw(m_browser->url(QStringLiteral("/auth/token")), big, "application/x-www-form-urlencoded");
    QCOMPARE(refused.status, 413);
    QVERIFY(refused.body.contains("KiB"));
    // Its twin: the same request under the limit is read (and refused for its own reason).
    const auto small = m_browser->postRaw(m_browser->url(QStringLiteral("/auth/token")),
                                          "grant_type=client_credentials&padding=" + QByteArray(1024, 'a'),
                                          "application/x-www-form-urlencoded");
    QCOMPARE(small.status, 401);
}

void TestSandboxAuthPages::rightPasswordGoesToConsentWithANewSession()
{
    const auto authorize = m_browser->get(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")));
    const QByteArray before = authorize.header("set-cookie").split(';').first();
    const auto page = m_browser->get(m_browser->url(authorize.location));
    const auto login = m_browser->post(m_browser->url(QStringLiteral("/auth/login")),
                                       {{QStringLiteral("request"), SandboxBrowser::formValue(page.body, "request")},
                                        {QStringLiteral("csrf"), SandboxBrowser::formValue(page.body, "csrf")},
                                        {QStringLiteral("username"), QStringLiteral("clinician")},
                                        {QStringLiteral("password"), QStringLiteral("password")},
                                        {QStringLiteral("login"), QStringLiteral("1")}});
    QCOMPARE(login.status, 302);
    const QByteArray after = login.header("set-cookie").split(';').first();
    QVERIFY(after.startsWith("ccri_sandbox_session="));
    QVERIFY(after != before); // no session fixation
}

void TestSandboxAuthPages::consentListsScopesTickedAndNotPermitted()
{
    const auto page = m_browser->openConsent(
        m_browser->authorizeUrl(QStringLiteral("openid user/Patient.read user/AllergyIntolerance.read")),
        QStringLiteral("clinician"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(
        "<input type=\"checkbox\" id=\"scope1\" name=\"scope\" value=\"user/Patient.read\" checked>"));
    QVERIFY(page.body.contains("type=\"submit\" name=\"authorize\""));
    QVERIFY(page.body.contains("type=\"submit\" name=\"deny\""));
    QVERIFY(!page.body.contains("<script"));
    QCOMPARE(SandboxBrowser::checkboxValues(page.body),
             QStringList({QStringLiteral("openid"), QStringLiteral("user/Patient.read")}));
    QVERIFY(page.body.contains("user/AllergyIntolerance.read</code> — not permitted for clinician"));
    QVERIFY(!page.body.contains("is not permitted any of the requested access"));
}

void TestSandboxAuthPages::consentGrantsEverythingTicked()
{
    const QUrlQuery query = m_browser->signIn(QStringLiteral("openid user/Patient.read user/Observation.read"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("st+ate/1"));
    const auto token = m_browser->exchangeCode(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    QCOMPARE(token.status, 200);
    QCOMPARE(token.json().value("scope").toString(), QStringLiteral("openid user/Patient.read user/Observation.read"));
}

void TestSandboxAuthPages::untickedScopeGivesANarrowerGrant()
{
    const auto page
        = m_browser->openConsent(m_browser->authorizeUrl(QStringLiteral("user/Patient.read user/Observation.read")),
                                 QStringLiteral("clinician"));
    const auto done
        = m_browser->submitConsent(page, {QStringLiteral("user/Patient.read")}, QStringLiteral("authorize"));
    QCOMPARE(done.status, 302);
    const QUrlQuery query(QUrl(done.location).query());
    const auto token = m_browser->exchangeCode(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    QCOMPARE(token.status, 200);
    QCOMPARE(token.json().value("scope").toString(), QStringLiteral("user/Patient.read"));
}

void TestSandboxAuthPages::notPermittedScopeIsNeverGranted()
{
    const auto page
        = m_browser->openConsent(m_browser->authorizeUrl(QStringLiteral("user/Patient.read user/Observation.read")),
                                 QStringLiteral("reception"));
    // A forged form ticks the scope the page showed as not permitted.
    const auto done
        = m_browser->submitConsent(page, {QStringLiteral("user/Patient.read"), QStringLiteral("user/Observation.read")},
                                   QStringLiteral("authorize"));
    const QUrlQuery query(QUrl(done.location).query());
    const auto token = m_browser->exchangeCode(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    QCOMPARE(token.json().value("scope").toString(), QStringLiteral("user/Patient.read"));

    // Twin: a user with nothing at all that was asked gets invalid_scope, not an empty token.
    SandboxBrowser other(*m_server);
    const auto limited
        = other.openConsent(other.authorizeUrl(QStringLiteral("user/Patient.read")), QStringLiteral("limited"));
    QVERIFY(SandboxBrowser::checkboxValues(limited.body).isEmpty());
    // The page says so before the user presses anything.
    QVERIFY(
        limited.body.contains("Lee Limited is not permitted any of the requested access, so signing in will fail."));
    const auto refused
        = other.submitConsent(limited, {QStringLiteral("user/Patient.read")}, QStringLiteral("authorize"));
    QCOMPARE(QUrlQuery(QUrl(refused.location).query()).queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_scope"));
}

void TestSandboxAuthPages::denyGivesAccessDenied()
{
    const auto page
        = m_browser->openConsent(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")), QStringLiteral("gp"));
    const auto done = m_browser->submitConsent(page, {QStringLiteral("user/Patient.read")}, QStringLiteral("deny"));
    QCOMPARE(done.status, 302);
    QVERIFY(done.location.startsWith(SandboxBrowser::redirectUri()));
    const QUrlQuery query(QUrl(done.location).query());
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!query.queryItemValue(QStringLiteral("error_description")).isEmpty());
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("st+ate/1"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
    // The request is used up: answering it again is refused.
    const auto again
        = m_browser->submitConsent(page, {QStringLiteral("user/Patient.read")}, QStringLiteral("authorize"));
    QCOMPARE(again.status, 400);
}

void TestSandboxAuthPages::cancelOnLoginGivesAccessDenied()
{
    const auto authorize = m_browser->get(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")));
    const auto page = m_browser->get(m_browser->url(authorize.location));
    const auto cancel = m_browser->post(m_browser->url(QStringLiteral("/auth/login")),
                                        {{QStringLiteral("request"), SandboxBrowser::formValue(page.body, "request")},
                                         {QStringLiteral("csrf"), SandboxBrowser::formValue(page.body, "csrf")},
                                         {QStringLiteral("deny"), QStringLiteral("1")}});
    QCOMPARE(cancel.status, 302);
    QCOMPARE(QUrlQuery(QUrl(cancel.location).query()).queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));
}

void TestSandboxAuthPages::missingCsrfIsRefused()
{
    // Login form without its CSRF token.
    const auto authorize = m_browser->get(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")));
    const auto loginPage = m_browser->get(m_browser->url(authorize.location));
    const auto login
        = m_browser->post(m_browser->url(QStringLiteral("/auth/login")),
                          {{QStringLiteral("request"), SandboxBrowser::formValue(loginPage.body, "request")},
                           {QStringLiteral("username"), QStringLiteral("clinician")},
                           {QStringLiteral("password"), QStringLiteral("password")},
                           {QStringLiteral("login"), QStringLiteral("1")}});
    QCOMPARE(login.status, 403);
    QVERIFY(login.location.isEmpty());

    // Consent form without its CSRF token: no code.
    const auto page = m_browser->openConsent(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")),
                                             QStringLiteral("clinician"));
    const auto done = m_browser->submitConsent(page, {QStringLiteral("user/Patient.read")}, QStringLiteral("authorize"),
                                               QString(), false);
    QCOMPARE(done.status, 403);
    QVERIFY(done.location.isEmpty());
    // Twin: with it, the same form works.
    const auto ok = m_browser->submitConsent(page, {QStringLiteral("user/Patient.read")}, QStringLiteral("authorize"));
    QCOMPARE(ok.status, 302);
    QVERIFY(QUrlQuery(QUrl(ok.location).query()).hasQueryItem(QStringLiteral("code")));
}

void TestSandboxAuthPages::wrongCsrfIsRefused()
{
    const auto page = m_browser->openConsent(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")),
                                             QStringLiteral("clinician"));
    const auto done = m_browser->post(m_browser->url(QStringLiteral("/auth/consent")),
                                      {{QStringLiteral("request"), SandboxBrowser::formValue(page.body, "request")},
                                       {QStringLiteral("csrf"), QStringLiteral("forged")},
                                       {QStringLiteral("scope"), QStringLiteral("user/Patient.read")},
                                       {QStringLiteral("authorize"), QStringLiteral("1")}});
    QCOMPARE(done.status, 403);
}

void TestSandboxAuthPages::otherBrowserCannotUseTheRequest()
{
    const auto page = m_browser->openConsent(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")),
                                             QStringLiteral("clinician"));
    SandboxBrowser stranger(*m_server); // no cookie
    const auto done = stranger.submitConsent(page, {QStringLiteral("user/Patient.read")}, QStringLiteral("authorize"));
    QCOMPARE(done.status, 400);
    QVERIFY(done.location.isEmpty());
}

void TestSandboxAuthPages::patientPickerSetsPatientContext()
{
    const auto page
        = m_browser->openConsent(m_browser->authorizeUrl(QStringLiteral("launch/patient patient/Observation.read")),
                                 QStringLiteral("clinician"));
    QVERIFY(page.body.contains("<select id=\"patient\" name=\"patient\">"));
    QVERIFY(page.body.contains("Bernie Kanfeld"));
    const auto done
        = m_browser->submitConsent(page, {QStringLiteral("launch/patient"), QStringLiteral("patient/Observation.read")},
                                   QStringLiteral("authorize"), QStringLiteral("2"));
    const QUrlQuery query(QUrl(done.location).query());
    const auto token = m_browser->exchangeCode(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    QCOMPARE(token.json().value("patient").toString(), QStringLiteral("2"));

    // Twin: an unknown patient is not accepted.
    const auto again
        = m_browser->openConsent(m_browser->authorizeUrl(QStringLiteral("launch/patient patient/Observation.read")),
                                 QStringLiteral("clinician"));
    const auto bad = m_browser->submitConsent(again, {QStringLiteral("launch/patient")}, QStringLiteral("authorize"),
                                              QStringLiteral("no-such-patient"));
    QCOMPARE(bad.status, 200);
    QVERIFY(bad.body.contains("Choose a patient"));
}

void TestSandboxAuthPages::wildcardPermissionGrantsByMeaning()
{
    // gp may have user/*.read: that permits user/Patient.read and patient/Observation.read, not writes.
    const auto page = m_browser->openConsent(
        m_browser->authorizeUrl(QStringLiteral("user/Patient.read patient/Observation.read user/Patient.write")),
        QStringLiteral("gp"));
    QCOMPARE(SandboxBrowser::checkboxValues(page.body),
             QStringList({QStringLiteral("user/Patient.read"), QStringLiteral("patient/Observation.read")}));
}

void TestSandboxAuthPages::signedInSessionSkipsLogin()
{
    m_browser->signIn(QStringLiteral("user/Patient.read"));
    const auto second = m_browser->get(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")));
    QVERIFY2(second.location.startsWith(QStringLiteral("/auth/consent")), qPrintable(second.location));
    // Twin: prompt=login asks again.
    const auto forced = m_browser->get(m_browser->authorizeUrl(QStringLiteral("user/Patient.read"),
                                                               {{QStringLiteral("prompt"), QStringLiteral("login")}}));
    QVERIFY(forced.location.startsWith(QStringLiteral("/auth/login")));
}

QTEST_GUILESS_MAIN(TestSandboxAuthPages)
#include "TestSandboxAuthPages.moc"
