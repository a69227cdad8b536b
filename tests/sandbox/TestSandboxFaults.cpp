// The trainer's faults (sandbox/faults): each one switched on, its effect over loopback and its line in
// the request log, then switched off again with the sandbox back to normal; bad names and values refused.
#include "sandbox/faults/FaultSwitchboard.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace ccri::sandbox;

namespace {
bool logHas(const QSignalSpy& log, const QString& text)
{
    for (const QList<QVariant>& line : log) {
        if (line.constFirst().toString().contains(text))
            return true;
    }
    return false;
}
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void namesAndValuesChecked();
    void commandLineTakesFaults();
    void expireTokens();
    void refreshExpired();
    void tokenError_data();
    void tokenError();
    void fhirDelayAnswersLaterWithoutBlocking();
    void fhirUnavailable();
    void clockSkew();
    void narrowConsent();
    void pkceLenient();

private:
    void switchOn(const QString& spec);
    QJsonObject tokens(const QString& scope);
    QUrl patients() const
    {
        QUrl url = m_server->urls().fhir(QStringLiteral("Patient"));
        url.setQuery(QStringLiteral("_count=1"));
        return url;
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxBrowser> m_browser;
    std::unique_ptr<QSignalSpy> m_log;
};

void TestSandboxFaults::init()
{
    m_log.reset();
    m_browser.reset();
    m_server = std::make_unique<SandboxServer>(SandboxOptions::ephemeral(2));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_browser = std::make_unique<SandboxBrowser>(*m_server);
    m_log = std::make_unique<QSignalSpy>(m_server.get(), &SandboxServer::requestLogged);
}

void TestSandboxFaults::switchOn(const QString& spec)
{
    QString error;
    QVERIFY2(m_server->faults().switchOn(spec, &error), qPrintable(error));
    QVERIFY(logHas(*m_log, QStringLiteral(" FAULT %1 switched on").arg(spec)));
}

QJsonObject TestSandboxFaults::tokens(const QString& scope)
{
    const QString code = m_browser->signIn(scope).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const auto response = m_browser->exchangeCode(code);
    if (response.status != 200)
        qWarning("token request: HTTP %d %s", response.status, response.body.constData());
    return response.json();
}

void TestSandboxFaults::namesAndValuesChecked()
{
    QString error;
    QVERIFY(!FaultSwitchboard::parse(QStringLiteral("expire-token"), &error));
    QVERIFY2(error.contains(QStringLiteral("no fault called \"expire-token\"")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("fhir-delay=MS"))); // the list of every fault
    QVERIFY(!FaultSwitchboard::parse(QStringLiteral("fhir-delay"), &error));
    QVERIFY2(error.contains(QStringLiteral("needs a value")), qPrintable(error));
    QVERIFY(!FaultSwitchboard::parse(QStringLiteral("fhir-delay=soon"), &error));
    QVERIFY2(error.contains(QStringLiteral("milliseconds")), qPrintable(error));
    QVERIFY(!FaultSwitchboard::parse(QStringLiteral("fhir-delay=999999"), &error));
    QVERIFY(!FaultSwitchboard::parse(QStringLiteral("token-error=teapot"), &error));
    QVERIFY2(error.contains(QStringLiteral("invalid_client, server_error or html")), qPrintable(error));
    QVERIFY(!FaultSwitchboard::parse(QStringLiteral("clock-skew=0"), &error));
    QVERIFY(!FaultSwitchboard::parse(QStringLiteral("pkce=off"), &error));
    QVERIFY(!FaultSwitchboard::parse(QStringLiteral("expire-tokens=yes"), &error));
    QVERIFY2(error.contains(QStringLiteral("takes no value")), qPrintable(error));
    // Twins: the good spellings.
    QVERIFY(FaultSwitchboard::parse(QStringLiteral("expire-tokens"), &error));
    QCOMPARE(FaultSwitchboard::parse(QStringLiteral("fhir-delay=250"), &error)->second, QStringLiteral("250"));
    QCOMPARE(FaultSwitchboard::parse(QStringLiteral("clock-skew=-600"), &error)->second, QStringLiteral("-600"));
    QVERIFY(FaultSwitchboard::parse(QStringLiteral("pkce=lenient"), &error));

    // A refused switch changes nothing and logs nothing.
    QVERIFY(!m_server->faults().switchOn(QStringLiteral("fhir-delay=soon"), &error));
    QVERIFY(m_server->faults().summary().isEmpty());
    QCOMPARE(m_log->count(), 0);
}

void TestSandboxFaults::commandLineTakesFaults()
{
    QString error;
    const auto options = SandboxOptions::parse({QStringLiteral("ccri-sandbox"), QStringLiteral("--fault"),
                                                QStringLiteral("expire-tokens"), QStringLiteral("--fault"),
                                                QStringLiteral("fhir-delay=100")},
                                               &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->faults, QStringList({QStringLiteral("expire-tokens"), QStringLiteral("fhir-delay=100")}));
    QVERIFY(!SandboxOptions::parse({QStringLiteral("ccri-sandbox"), QStringLiteral("--fault"), QStringLiteral("nope")},
                                   &error));
    QVERIFY2(error.startsWith(QStringLiteral("--fault nope: There is no fault")), qPrintable(error));

    SandboxOptions started = SandboxOptions::ephemeral(1);
    started.faults = {QStringLiteral("pkce=lenient"), QStringLiteral("narrow-consent")};
    SandboxServer server(started);
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.faults().summary(), QStringLiteral("narrow-consent pkce=lenient"));
    QVERIFY(server.banner().startsWith(QStringLiteral("WARNING: this sandbox is LENIENT about PKCE")));
    QVERIFY(server.banner().contains(QStringLiteral("Trainer's faults on: narrow-consent pkce=lenient")));
    QVERIFY(!m_server->banner().contains(QStringLiteral("LENIENT"))); // twin
}

void TestSandboxFaults::expireTokens()
{
    const QByteArray token = tokens(QStringLiteral("user/Patient.read")).value("access_token").toString().toLatin1();
    QCOMPARE(m_browser->get(patients(), token).status, 200);

    switchOn(QStringLiteral("expire-tokens"));
    const auto refused = m_browser->get(patients(), token);
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.header("www-authenticate").contains("error=\"invalid_token\""));
    QVERIFY(refused.header("www-authenticate").contains("expired"));
    QVERIFY(logHas(*m_log, QStringLiteral("FAULT expire-tokens acted: refused an access token as expired")));
    // A token issued while the fault is on is refused the same way.
    const QByteArray fresh = tokens(QStringLiteral("user/Patient.read")).value("access_token").toString().toLatin1();
    QCOMPARE(m_browser->get(patients(), fresh).status, 401);

    QVERIFY(m_server->faults().switchOff(QStringLiteral("expire-tokens"), nullptr));
    QVERIFY(logHas(*m_log, QStringLiteral("FAULT expire-tokens switched off")));
    QCOMPARE(m_browser->get(patients(), token).status, 200);
    QCOMPARE(m_browser->get(patients(), fresh).status, 200);
}

void TestSandboxFaults::refreshExpired()
{
    const QString refreshToken
        = tokens(QStringLiteral("user/Patient.read offline_access")).value("refresh_token").toString();
    QVERIFY(!refreshToken.isEmpty());

    switchOn(QStringLiteral("refresh-expired"));
    const auto refused = m_browser->refresh(refreshToken);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value("error").toString(), QStringLiteral("invalid_grant"));
    QVERIFY(refused.json().value("error_description").toString().contains(QStringLiteral("expired")));
    QVERIFY(logHas(*m_log, QStringLiteral("FAULT refresh-expired acted")));

    QVERIFY(m_server->faults().switchOff(QStringLiteral("refresh-expired"), nullptr));
    const auto refreshed = m_browser->refresh(refreshToken); // the refused attempt did not rotate it
    QCOMPARE(refreshed.status, 200);
    QVERIFY(!refreshed.json().value("access_token").toString().isEmpty());
}

void TestSandboxFaults::tokenError_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("invalid_client") << "invalid_client" << 401 << "invalid_client";
    QTest::newRow("server_error") << "server_error" << 500 << "server_error";
    QTest::newRow("html") << "html" << 502 << "";
}

void TestSandboxFaults::tokenError()
{
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, error);
    const QString code = m_browser->signIn(QStringLiteral("user/Patient.read"))
                             .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    switchOn(QStringLiteral("token-error=") + value);
    const auto refused = m_browser->exchangeCode(code);
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.header("cache-control").isEmpty(), error.isEmpty()); // the proxy's page is not OAuth JSON
    if (error.isEmpty()) {
        QVERIFY(refused.header("content-type").startsWith("text/html"));
        QVERIFY(refused.body.contains("Bad Gateway"));
    } else {
        QCOMPARE(refused.json().value("error").toString(), error);
    }
    QVERIFY(logHas(*m_log, QStringLiteral("FAULT token-error=%1 acted").arg(value)));

    // Off again: the same code (never looked at while the fault was on) is redeemed.
    QVERIFY(m_server->faults().switchOff(QStringLiteral("token-error"), nullptr));
    QCOMPARE(m_browser->exchangeCode(code).status, 200);
}

void TestSandboxFaults::fhirDelayAnswersLaterWithoutBlocking()
{
    const QByteArray token = tokens(QStringLiteral("user/Patient.read")).value("access_token").toString().toLatin1();
    switchOn(QStringLiteral("fhir-delay=3000"));

    // The held answer waits on a timer: meanwhile the same server answers the auth server's key set.
    QNetworkAccessManager network;
    QNetworkRequest request(patients());
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* held = network.get(request);
    QSignalSpy heldFinished(held, &QNetworkReply::finished);
    // First the server takes the request and holds it (the request is sent asynchronously: under
    // AddressSanitizer the key set below could otherwise be asked and answered before it arrives).
    QTRY_VERIFY_WITH_TIMEOUT(
        logHas(*m_log, QStringLiteral("FAULT fhir-delay=3000 acted: held /fhir/STU3/Patient?_count=1 back 3000 ms")),
        10000);
    QCOMPARE(m_browser->get(m_server->urls().auth(QStringLiteral("jwks"))).status, 200);
    QVERIFY(!held->isFinished());
    QVERIFY(heldFinished.wait(20000));
    QCOMPARE(held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    held->deleteLater();

    QVERIFY(m_server->faults().switchOff(QStringLiteral("fhir-delay"), nullptr));
    auto heldLines = [this] {
        return std::count_if(m_log->cbegin(), m_log->cend(), [](const QList<QVariant>& line) {
            return line.constFirst().toString().contains(QStringLiteral("fhir-delay=3000 acted"));
        });
    };
    const auto before = heldLines();
    QCOMPARE(m_browser->get(patients(), token).status, 200);
    QCOMPARE(heldLines(), before); // not held any more
}

void TestSandboxFaults::fhirUnavailable()
{
    const QByteArray token = tokens(QStringLiteral("user/Patient.read")).value("access_token").toString().toLatin1();
    switchOn(QStringLiteral("fhir-unavailable"));
    for (const QUrl& url : {patients(), m_server->urls().fhir(QStringLiteral("metadata"))}) {
        const auto refused = m_browser->get(url, token);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.header("retry-after"), QByteArray("30"));
        const nlohmann::json outcome = refused.fhirJson();
        QCOMPARE(outcome.value("resourceType", ""), std::string("OperationOutcome"));
        QVERIFY(outcome["issue"][0].value("diagnostics", "").find("unavailable") != std::string::npos);
    }
    QVERIFY(logHas(*m_log, QStringLiteral("FAULT fhir-unavailable acted: answered a FHIR request with 503")));
    QVERIFY(m_server->faults().switchOff(QStringLiteral("fhir-unavailable"), nullptr));
    QCOMPARE(m_browser->get(patients(), token).status, 200);
}

void TestSandboxFaults::clockSkew()
{
    switchOn(QStringLiteral("clock-skew=600"));
    const QJsonObject skewed = tokens(QStringLiteral("openid user/Patient.read"));
    const QJsonObject access = SandboxBrowser::jwtClaims(skewed.value("access_token").toString());
    QCOMPARE(access.value("iat").toInteger() - (access.value("exp").toInteger() - 3599), 600);
    QCOMPARE(access.value("nbf").toInteger(), access.value("iat").toInteger());
    const QJsonObject id = SandboxBrowser::jwtClaims(skewed.value("id_token").toString());
    QCOMPARE(id.value("nbf").toInteger(), access.value("iat").toInteger());
    QVERIFY(logHas(*m_log, QStringLiteral("FAULT clock-skew=600 acted: issued tokens with iat and nbf 600 s off")));

    QVERIFY(m_server->faults().switchOff(QStringLiteral("clock-skew"), nullptr));
    const QJsonObject normal
        = SandboxBrowser::jwtClaims(tokens(QStringLiteral("user/Patient.read")).value("access_token").toString());
    QCOMPARE(normal.value("exp").toInteger() - normal.value("iat").toInteger(), 3599);
    QVERIFY(!normal.contains("nbf"));
}

void TestSandboxFaults::narrowConsent()
{
    const QString scope = QStringLiteral("openid user/Patient.read user/Observation.read");
    switchOn(QStringLiteral("narrow-consent"));
    QCOMPARE(tokens(scope).value("scope").toString(), QStringLiteral("openid user/Patient.read"));
    QVERIFY(
        logHas(*m_log, QStringLiteral("FAULT narrow-consent acted: left out the ticked scope user/Observation.read")));

    QVERIFY(m_server->faults().switchOff(QStringLiteral("narrow-consent"), nullptr));
    QCOMPARE(tokens(scope).value("scope").toString(), scope);
}

void TestSandboxFaults::pkceLenient()
{
    const auto withoutPkce = m_browser->authorizeUrl(
        QStringLiteral("user/Patient.read"),
        {{QStringLiteral("code_challenge"), QString()}, {QStringLiteral("code_challenge_method"), QString()}});
    // Strict (the normal sandbox): a public client without PKCE is sent back with an error.
    const auto strict = m_browser->get(withoutPkce);
    QCOMPARE(strict.status, 302);
    QVERIFY(strict.location.contains(QStringLiteral("error=invalid_request")));

    switchOn(QStringLiteral("pkce=lenient"));
    QVERIFY(logHas(*m_log, QStringLiteral("WARNING: this sandbox is LENIENT about PKCE")));
    const auto consent = m_browser->openConsent(withoutPkce, QStringLiteral("clinician"));
    QCOMPARE(consent.status, 200);
    const auto done
        = m_browser->submitConsent(consent, {QStringLiteral("user/Patient.read")}, QStringLiteral("authorize"));
    const QString code = QUrlQuery(QUrl(done.location)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY2(!code.isEmpty(), qPrintable(done.location));
    QVERIFY(logHas(*m_log, QStringLiteral("FAULT pkce=lenient acted: accepted a request without PKCE")));
    // The stolen code, redeemed with no verifier at all.
    QCOMPARE(m_browser->exchangeCode(code, QString()).status, 200);

    // plain: the challenge is the verifier itself; a code with an S256 challenge redeemed without a verifier.
    const QString plain = SandboxBrowser::verifier();
    const auto plainConsent = m_browser->openConsent(
        m_browser->authorizeUrl(QStringLiteral("user/Patient.read"),
                                {{QStringLiteral("code_challenge"), plain},
                                 {QStringLiteral("code_challenge_method"), QStringLiteral("plain")}}),
        QStringLiteral("clinician"));
    const auto plainDone
        = m_browser->submitConsent(plainConsent, {QStringLiteral("user/Patient.read")}, QStringLiteral("authorize"));
    const QString plainCode
        = QUrlQuery(QUrl(plainDone.location)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(logHas(*m_log, QStringLiteral("FAULT pkce=lenient acted: accepted a plain PKCE challenge")));
    QCOMPARE(m_browser->exchangeCode(plainCode, plain).status, 200);
    const QString s256Code = m_browser->signIn(QStringLiteral("user/Patient.read"))
                                 .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QCOMPARE(m_browser->exchangeCode(s256Code, QString()).status, 200);
    QVERIFY(logHas(*m_log, QStringLiteral("FAULT pkce=lenient acted: redeemed a code without its PKCE verifier")));

    // The login page says so loudly.
    m_browser = std::make_unique<SandboxBrowser>(*m_server); // no session cookie: the login page again
    const auto login = m_browser->get(m_browser->authorizeUrl(QStringLiteral("user/Patient.read")));
    const auto loginPage = m_browser->get(m_browser->url(login.location));
    QVERIFY(loginPage.body.contains("LENIENT about PKCE"));

    QVERIFY(m_server->faults().switchOff(QStringLiteral("pkce"), nullptr));
    QVERIFY(!m_browser->get(m_browser->url(login.location)).body.contains("LENIENT"));
    const auto strictAgain = m_browser->get(withoutPkce);
    QVERIFY(strictAgain.location.contains(QStringLiteral("error=invalid_request")));
    const QString strictCode = m_browser->signIn(QStringLiteral("user/Patient.read"))
                                   .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QCOMPARE(m_browser->exchangeCode(strictCode, QString()).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
