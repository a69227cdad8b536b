// GET /auth/authorize: every rule with its failing twin, over loopback against a real SandboxServer.
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <QTest>

using namespace ccri::sandbox;

class TestSandboxAuthAuthorize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validRequestGoesToLogin();
    void loopbackRedirectAnyPort_data();
    void loopbackRedirectAnyPort();
    void unregisteredRedirectIsAPageNotARedirect_data();
    void unregisteredRedirectIsAPageNotARedirect();
    void unknownOrMissingClientIsAPage();
    void badAudRedirectsWithCcriMessage();
    void audWithTrailingSlashIsAccepted();
    void plainPkceRefused();
    void pkceMissingForPublicClientRefused();
    void pkceOptionalForConfidentialClient();
    void missingStateRefused();
    void wrongResponseTypeRefused();
    void repeatedParameterRefused();
    void clientCredentialsClientCannotAuthorize();

private:
    QUrlQuery errorOf(const SandboxBrowser::Response& response) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
};

void TestSandboxAuthAuthorize::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(2));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
}

QUrlQuery TestSandboxAuthAuthorize::errorOf(const SandboxBrowser::Response& response) const
{
    return QUrlQuery(QUrl(response.location).query(QUrl::FullyEncoded));
}

void TestSandboxAuthAuthorize::validRequestGoesToLogin()
{
    const auto response = m_browser->get(m_browser->authorizeUrl(QStringLiteral("openid user/Patient.read")));
    QCOMPARE(response.status, 302);
    QVERIFY2(response.location.startsWith(QStringLiteral("/auth/login?request=")), qPrintable(response.location));
    const QByteArray cookie = response.header("set-cookie");
    QVERIFY(cookie.startsWith("ccri_sandbox_session="));
    QVERIFY(cookie.contains("HttpOnly"));
    QVERIFY(cookie.contains("SameSite=Lax"));
}

void TestSandboxAuthAuthorize::loopbackRedirectAnyPort_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("ipv4 any port") << "http://127.0.0.1:61234/callback" << true;
    QTest::newRow("ipv4 no port") << "http://127.0.0.1/callback" << true;
    QTest::newRow("ipv6 any port") << "http://[::1]:8765/callback" << true;
    QTest::newRow("private-use scheme") << "uk.nhs.ccri.explorer:/callback" << true;
    QTest::newRow("other path") << "http://127.0.0.1:61234/other" << false;
    QTest::newRow("localhost is not loopback literal") << "http://localhost:61234/callback" << false;
    QTest::newRow("https loopback") << "https://127.0.0.1:61234/callback" << false;
    QTest::newRow("extra query") << "http://127.0.0.1:61234/callback?x=1" << false;
    QTest::newRow("other host") << "http://evil.example:61234/callback" << false;
}

void TestSandboxAuthAuthorize::loopbackRedirectAnyPort()
{
    QFETCH(QString, redirect);
    QFETCH(bool, accepted);
    const auto response = m_browser->get(
        m_browser->authorizeUrl(QStringLiteral("user/Patient.read"), {{QStringLiteral("redirect_uri"), redirect}}));
    if (accepted) {
        QCOMPARE(response.status, 302);
        QVERIFY(response.location.startsWith(QStringLiteral("/auth/login")));
    } else {
        QCOMPARE(response.status, 400);
        QVERIFY(response.location.isEmpty());
        QVERIFY(response.body.contains("not registered"));
    }
}

void TestSandboxAuthAuthorize::unregisteredRedirectIsAPageNotARedirect_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::newRow("attacker") << "https://attacker.example/steal";
    QTest::newRow("missing") << "";
}

void TestSandboxAuthAuthorize::unregisteredRedirectIsAPageNotARedirect()
{
    QFETCH(QString, redirect);
    const QUrl url
        = m_browser->authorizeUrl(QStringLiteral("user/Patient.read"),
                                  {{QStringLiteral("redirect_uri"), redirect}, {QStringLiteral("aud"), "x"}});
    const auto response = m_browser->get(url);
    QCOMPARE(response.status, 400);
    QVERIFY(response.location.isEmpty());
    QVERIFY(response.header("content-type").startsWith("text/html"));
}

void TestSandboxAuthAuthorize::unknownOrMissingClientIsAPage()
{
    auto response = m_browser->get(m_browser->authorizeUrl(QStringLiteral("user/Patient.read"),
                                                           {{QStringLiteral("client_id"), QStringLiteral("nobody")}}));
    QCOMPARE(response.status, 400);
    QVERIFY(response.location.isEmpty());
    QVERIFY(response.body.contains("not registered"));
    response = m_browser->get(
        m_browser->authorizeUrl(QStringLiteral("user/Patient.read"), {{QStringLiteral("client_id"), QString()}}));
    QCOMPARE(response.status, 400);
    QVERIFY(response.location.isEmpty());
}

void TestSandboxAuthAuthorize::badAudRedirectsWithCcriMessage()
{
    const auto response = m_browser->get(m_browser->authorizeUrl(
        QStringLiteral("user/Patient.read"), {{QStringLiteral("aud"), QStringLiteral("https://other.example/fhir")}}));
    QCOMPARE(response.status, 302);
    QVERIFY(response.location.startsWith(SandboxBrowser::redirectUri()));
    const QUrlQuery query = errorOf(response);
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded),
             QStringLiteral("Invalid aud, verify the iss is registered with the auth server."));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("st+ate/1"));

    const auto missing = m_browser->get(
        m_browser->authorizeUrl(QStringLiteral("user/Patient.read"), {{QStringLiteral("aud"), QString()}}));
    QCOMPARE(errorOf(missing).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
}

void TestSandboxAuthAuthorize::audWithTrailingSlashIsAccepted()
{
    const auto response = m_browser->get(m_browser->authorizeUrl(
        QStringLiteral("user/Patient.read"), {{QStringLiteral("aud"), m_server->fhirBase().toString() + "/"}}));
    QCOMPARE(response.status, 302);
    QVERIFY(response.location.startsWith(QStringLiteral("/auth/login")));
}

void TestSandboxAuthAuthorize::plainPkceRefused()
{
    const auto response
        = m_browser->get(m_browser->authorizeUrl(QStringLiteral("user/Patient.read"),
                                                 {{QStringLiteral("code_challenge"), SandboxBrowser::verifier()},
                                                  {QStringLiteral("code_challenge_method"), QStringLiteral("plain")}}));
    QCOMPARE(response.status, 302);
    QCOMPARE(errorOf(response).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QVERIFY(errorOf(response).queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).contains("S256"));

    // A challenge without a method means plain (RFC 7636 §4.3): refused as well.
    const auto implicitPlain = m_browser->get(m_browser->authorizeUrl(
        QStringLiteral("user/Patient.read"), {{QStringLiteral("code_challenge_method"), QString()}}));
    QCOMPARE(errorOf(implicitPlain).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
}

void TestSandboxAuthAuthorize::pkceMissingForPublicClientRefused()
{
    const auto response = m_browser->get(m_browser->authorizeUrl(
        QStringLiteral("user/Patient.read"),
        {{QStringLiteral("code_challenge"), QString()}, {QStringLiteral("code_challenge_method"), QString()}}));
    QCOMPARE(response.status, 302);
    QCOMPARE(errorOf(response).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QVERIFY(errorOf(response).queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).contains("PKCE"));
}

void TestSandboxAuthAuthorize::pkceOptionalForConfidentialClient()
{
    const auto response = m_browser->get(
        m_browser->authorizeUrl(QStringLiteral("user/Patient.read"),
                                {{QStringLiteral("client_id"), QStringLiteral("ccri-explorer-confidential")},
                                 {QStringLiteral("code_challenge"), QString()},
                                 {QStringLiteral("code_challenge_method"), QString()}}));
    QCOMPARE(response.status, 302);
    QVERIFY(response.location.startsWith(QStringLiteral("/auth/login")));
}

void TestSandboxAuthAuthorize::missingStateRefused()
{
    const auto response = m_browser->get(
        m_browser->authorizeUrl(QStringLiteral("user/Patient.read"), {{QStringLiteral("state"), QString()}}));
    QCOMPARE(response.status, 302);
    QCOMPARE(errorOf(response).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QVERIFY(!errorOf(response).hasQueryItem(QStringLiteral("state")));
}

void TestSandboxAuthAuthorize::wrongResponseTypeRefused()
{
    const auto response = m_browser->get(m_browser->authorizeUrl(
        QStringLiteral("user/Patient.read"), {{QStringLiteral("response_type"), QStringLiteral("token")}}));
    QCOMPARE(response.status, 302);
    QCOMPARE(errorOf(response).queryItemValue(QStringLiteral("error")), QStringLiteral("unsupported_response_type"));
}

void TestSandboxAuthAuthorize::repeatedParameterRefused()
{
    QUrl url = m_browser->authorizeUrl(QStringLiteral("user/Patient.read"));
    url.setQuery(url.query(QUrl::FullyEncoded) + QStringLiteral("&state=second"), QUrl::StrictMode);
    const auto response = m_browser->get(url);
    QCOMPARE(response.status, 302);
    QCOMPARE(errorOf(response).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
}

void TestSandboxAuthAuthorize::clientCredentialsClientCannotAuthorize()
{
    // clinical-access has no redirect URI registered: the request cannot go back anywhere.
    const auto response = m_browser->get(m_browser->authorizeUrl(
        QStringLiteral("user/Patient.read"), {{QStringLiteral("client_id"), QStringLiteral("clinical-access")}}));
    QCOMPARE(response.status, 400);
    QVERIFY(response.location.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxAuthAuthorize)
#include "TestSandboxAuthAuthorize.moc"
