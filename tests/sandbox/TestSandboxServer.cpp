// SandboxServer, SandboxOptions, InProcessSandbox and the request log.
#include "sandbox/auth/ClientRegistry.h"
#include "sandbox/auth/UserDirectory.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/server/InProcessSandbox.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"
#include "tests/support/TestPaths.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ccri::sandbox;
using ccri::test::TestPaths;

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void optionsDefaults();
    void optionsParsed();
    void optionsRefused_data();
    void optionsRefused();
    void portZeroPicksAFreePort();
    void busyPortFailsWithASentence();
    void nonLoopbackWithoutTlsWarns();
    void tlsServesHttps();
    void badTlsFilesFailWithASentence();
    void bannerListsUrlsAccountsAndClients();
    void bannerShowsSecretsOnlyWhenAsked();
    void demoUsersFhirUserExistsInTheData();
    void requestLogNeverHoldsSecrets();
    void unknownPathIs404AndLogged();
    void idleHalfSentRequestIsClosed();
    void usersAndClientsFilesReplaceTheDemoSet();
    void badUsersFileFailsWithASentence();
    void inProcessSandboxRunsOnItsOwnThread();
    void inProcessSandboxReportsFailure();
    void inProcessSandboxStoppedBeforeReadyStaysStopped();
    void inProcessSandboxRetiredMidStartIsReplacedWithoutWaiting();

private:
    static QStringList args(const QStringList& rest) { return QStringList {QStringLiteral("ccri-sandbox")} + rest; }
};

void TestSandboxServer::optionsDefaults()
{
    QString error;
    const auto options = SandboxOptions::parse(args({}), &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(options->port, quint16(8080));
    QCOMPARE(options->policy, QStringLiteral("ccri"));
    QCOMPARE(options->patients, 100);
    QCOMPARE(options->tokenLifetimeSeconds, 3599);
    QVERIFY(!options->tlsEnabled());
    QVERIFY(!options->showSecrets);
}

void TestSandboxServer::optionsParsed()
{
    QString error;
    const auto options = SandboxOptions::parse(
        args({"--listen",   "[::1]:0", "--policy",      "smart", "--users",          "u.json", "--clients",  "c.json",
              "--patients", "7",       "--seed",        "42",    "--token-lifetime", "60",     "--tls-cert", "c.pem",
              "--tls-key",  "k.pem",   "--big-patient", "5000",  "--show-secrets"}),
        &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->address, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(options->port, quint16(0));
    QCOMPARE(options->policy, QStringLiteral("smart"));
    QCOMPARE(options->usersFile, QStringLiteral("u.json"));
    QCOMPARE(options->clientsFile, QStringLiteral("c.json"));
    QCOMPARE(options->patients, 7);
    QCOMPARE(options->seed, quint64(42));
    QCOMPARE(options->tokenLifetimeSeconds, 60);
    QVERIFY(options->tlsEnabled());
    QCOMPARE(options->bigPatientObservations, 5000);
    QVERIFY(options->showSecrets);
    bool help = false;
    QVERIFY(!SandboxOptions::parse(args({"--help"}), &error, &help));
    QVERIFY(help);
    QVERIFY(error.contains("--listen"));
}

void TestSandboxServer::optionsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("listen without port") << QStringList {"--listen", "127.0.0.1"};
    QTest::newRow("listen bad host") << QStringList {"--listen", "nowhere:80"};
    QTest::newRow("port too big") << QStringList {"--listen", "127.0.0.1:70000"};
    QTest::newRow("patients not a number") << QStringList {"--patients", "many"};
    QTest::newRow("lifetime zero") << QStringList {"--token-lifetime", "0"};
    QTest::newRow("cert without key") << QStringList {"--tls-cert", "c.pem"};
    QTest::newRow("unknown option") << QStringList {"--frobnicate"};
    QTest::newRow("positional") << QStringList {"extra"};
}

void TestSandboxServer::optionsRefused()
{
    QFETCH(QStringList, arguments);
    QString error;
    QVERIFY(!SandboxOptions::parse(args(arguments), &error));
    QVERIFY(!error.isEmpty());
}

void TestSandboxServer::portZeroPicksAFreePort()
{
    SandboxServer server(SandboxOptions::ephemeral(1));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.port() != 0);
    QCOMPARE(server.fhirBase(), QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/STU3").arg(server.port())));
    QCOMPARE(server.urls().authBase(), QUrl(QStringLiteral("http://127.0.0.1:%1/auth").arg(server.port())));
    QVERIFY(server.warnings().isEmpty());
}

void TestSandboxServer::busyPortFailsWithASentence()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.port = squatter.serverPort();
    SandboxServer server(options);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(QString::number(squatter.serverPort())), qPrintable(error));
    QVERIFY(!server.isRunning());
}

void TestSandboxServer::nonLoopbackWithoutTlsWarns()
{
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.address = QHostAddress(QHostAddress::AnyIPv4);
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.warnings().size(), 1);
    QVERIFY(server.warnings().constFirst().contains("without TLS"));
}

void TestSandboxServer::tlsServesHttps()
{
    // A self-signed certificate for 127.0.0.1, kept for tests only.
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.tlsCertificateFile = TestPaths::source(QStringLiteral("tests/sandbox/data/test-only-localhost-cert.pem"));
    options.tlsKeyFile = TestPaths::source(QStringLiteral("tests/sandbox/data/test-only-localhost-key.pem"));
    options.address = QHostAddress(QHostAddress::AnyIPv4);
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.fhirBase().scheme(), QStringLiteral("https"));
    QVERIFY(server.warnings().isEmpty()); // non-loopback, but TLS is on

    QNetworkAccessManager network;
    QUrl url(QStringLiteral("https://127.0.0.1:%1/auth/authorize").arg(server.port()));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(options.tlsCertificateFile));
    request.setSslConfiguration(tls);
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400); // a page: no client_id
    reply->deleteLater();

    // Twin: plain HTTP to the TLS port gets no HTTP answer.
    QNetworkReply* plain
        = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/auth/authorize").arg(server.port()))));
    QSignalSpy plainFinished(plain, &QNetworkReply::finished);
    QVERIFY(plainFinished.wait(10000));
    QVERIFY(plain->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 400);
    plain->deleteLater();
}

void TestSandboxServer::badTlsFilesFailWithASentence()
{
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.tlsCertificateFile = TestPaths::source(QStringLiteral("docs/sandbox.md"));
    options.tlsKeyFile = options.tlsCertificateFile;
    SandboxServer server(options);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains("TLS"), qPrintable(error));
}

void TestSandboxServer::demoUsersFhirUserExistsInTheData()
{
    SandboxServer server(SandboxOptions::ephemeral(0));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    for (const SandboxUser& user : server.users().users()) {
        if (user.fhirUser.isEmpty())
            continue;
        const QStringList reference = user.fhirUser.split(QLatin1Char('/'));
        QCOMPARE(reference.size(), 2);
        QVERIFY2(server.store().find(reference.at(0), reference.at(1)), qPrintable(user.fhirUser));
    }
}

void TestSandboxServer::bannerListsUrlsAccountsAndClients()
{
    SandboxServer server(SandboxOptions::ephemeral(1));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString banner = server.banner();
    QVERIFY(banner.contains(server.fhirBase().toString()));
    for (const SandboxUser& user : server.users().users())
        QVERIFY(banner.contains(user.username));
    for (const SandboxClient& client : server.clients().clients())
        QVERIFY(banner.contains(client.clientId));
}

// The banner goes to the same stream as the request log: secrets only with --show-secrets.
void TestSandboxServer::bannerShowsSecretsOnlyWhenAsked()
{
    for (const bool show : {false, true}) {
        SandboxOptions options = SandboxOptions::ephemeral(1);
        options.showSecrets = show;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString banner = server.banner();
        int confidential = 0;
        for (const SandboxClient& client : server.clients().clients()) {
            if (client.secret.isEmpty()) // public, or private_key_jwt (keys, no secret)
                continue;
            ++confidential;
            QCOMPARE(banner.contains(client.secret), show);
        }
        QVERIFY(confidential > 0);
        QCOMPARE(banner.contains(QStringLiteral("--show-secrets")), !show);
    }
}

void TestSandboxServer::requestLogNeverHoldsSecrets()
{
    SandboxServer server(SandboxOptions::ephemeral(2));
    QStringList log;
    connect(&server, &SandboxServer::requestLogged, this, [&log](const QString& line) { log << line; });
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    SandboxBrowser browser(server);

    // Everything a session does: authorize, login, consent, code, tokens, refresh, FHIR, introspect, revoke.
    const QUrlQuery callback = browser.signIn(QStringLiteral("openid fhirUser offline_access user/Patient.read"));
    const QString code = callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QJsonObject tokens = browser.exchangeCode(code).json();
    const QString access = tokens.value("access_token").toString();
    const QString refresh = tokens.value("refresh_token").toString();
    const QString idToken = tokens.value("id_token").toString();
    QVERIFY(!access.isEmpty() && !refresh.isEmpty() && !idToken.isEmpty());
    browser.post(server.urls().auth(QStringLiteral("token")),
                 {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                  {QStringLiteral("refresh_token"), refresh},
                  {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}});
    QNetworkAccessManager network;
    QNetworkRequest fhir(server.urls().fhir(QStringLiteral("Patient/1")));
    fhir.setRawHeader("Authorization", "Bearer " + access.toLatin1());
    QNetworkReply* reply = network.get(fhir);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    reply->deleteLater();
    browser.post(server.urls().auth(QStringLiteral("introspect")),
                 {{QStringLiteral("token"), access}, {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}});
    browser.post(server.urls().auth(QStringLiteral("token")),
                 {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                 browser.basic(QStringLiteral("clinical-access")));
    browser.post(server.urls().auth(QStringLiteral("revoke")),
                 {{QStringLiteral("token"), access}, {QStringLiteral("client_id"), QStringLiteral("ccri-explorer")}});
    // A careless client puts a code in a query string: the log redacts it.
    browser.get(browser.url(QStringLiteral("/auth/token?code=") + code + QStringLiteral("&password=password")));

    QVERIFY(log.size() >= 12);
    QStringList secrets {code,
                         access,
                         refresh,
                         idToken,
                         SandboxBrowser::verifier(),
                         QStringLiteral("st+ate/1"),
                         QStringLiteral("st%2Bate%2F1"),
                         QStringLiteral("password=password")};
    secrets << access.split(QLatin1Char('.')).at(2); // the signature alone
    for (const SandboxClient& client : server.clients().clients()) {
        if (!client.secret.isEmpty())
            secrets << client.secret;
    }
    for (const QString& line : std::as_const(log)) {
        for (const QString& secret : std::as_const(secrets))
            QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("%1 leaked in: %2").arg(secret, line)));
    }
    // And each line says who, what and how it went.
    const QString tokenLine = log.filter(QStringLiteral("POST /auth/token 200")).value(0);
    QVERIFY2(tokenLine.contains("client=ccri-explorer user=clinician"), qPrintable(log.join('\n')));
    QVERIFY(tokenLine.contains(QRegularExpression(QStringLiteral(" \\d+ms "))));
    const QString fhirLine = log.filter(QStringLiteral("GET /fhir/STU3/Patient/1 200")).value(0);
    QVERIFY2(fhirLine.contains("client=ccri-explorer user=clinician"), qPrintable(log.join('\n')));
    QVERIFY(!log.filter(QStringLiteral("client=clinical-access user=-")).isEmpty());
    QVERIFY(!log.filter(QStringLiteral("code=[redacted]&password=[redacted]")).isEmpty());

    // One request, one line: control characters in logged values are escaped, id_token_hint redacted.
    // A client_id that would forge a second log line, then clear the projector's screen.
    const QString forged
        = QStringLiteral("x user=-\n2026-01-01T00:00:00Z POST /auth/token 200 0ms client=admin\x1b[2J");
    browser.get(browser.url(QStringLiteral("/auth/authorize?client_id=")
                            + QString::fromLatin1(QUrl::toPercentEncoding(forged))
                            + QStringLiteral("&id_token_hint=eyJhbGciOiJSUzI1NiJ9.c2VjcmV0.c2ln")));
    const QString line = log.last();
    QVERIFY2(!line.contains(QLatin1Char('\n')) && !line.contains(QChar(0x1b)), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("client=x\\x20user=-\\x0a2026")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("\\x1b[2J")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("id_token_hint=[redacted]")), qPrintable(line));
    QVERIFY(!line.contains(QStringLiteral("c2VjcmV0")));
    // Its twin: an ordinary client id is logged as it is.
    browser.get(browser.authorizeUrl(QStringLiteral("openid")));
    QVERIFY2(log.last().contains(QStringLiteral("client=ccri-explorer ")), qPrintable(log.last()));
}

void TestSandboxServer::unknownPathIs404AndLogged()
{
    SandboxServer server(SandboxOptions::ephemeral(1));
    QStringList log;
    connect(&server, &SandboxServer::requestLogged, this, [&log](const QString& line) { log << line; });
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    SandboxBrowser browser(server);
    QCOMPARE(browser.get(browser.url(QStringLiteral("/nothing-here"))).status, 404);
    QCOMPARE(browser.get(browser.url(QStringLiteral("/auth/nothing-here"))).status, 404);
    QCOMPARE(log.filter(QStringLiteral(" 404 ")).size(), 2);
}

void TestSandboxServer::idleHalfSentRequestIsClosed()
{
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.idleTimeoutMs = 200; // the default is 30 s
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const auto port = static_cast<quint16>(server.urls().origin().port());
    auto send = [port](QTcpSocket& socket, const QByteArray& request) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        const bool connected = socket.waitForConnected(10000);
        socket.write(request);
        return connected;
    };
    // A request whose headers never end (slowloris): the server closes the connection, unanswered.
    QTcpSocket half;
    QVERIFY(send(half, "GET /fhir/STU3/metadata HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
    QSignalSpy closed(&half, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(10000));
    QVERIFY(half.readAll().isEmpty());
    // Its twin: the whole request, under the same watchdog, is answered.
    QTcpSocket whole;
    QVERIFY(send(whole, "GET /fhir/STU3/metadata HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    QSignalSpy answered(&whole, &QTcpSocket::readyRead);
    QVERIFY(answered.wait(10000));
    QVERIFY(whole.readAll().startsWith("HTTP/1.1 200"));
}

void TestSandboxServer::usersAndClientsFilesReplaceTheDemoSet()
{
    QTemporaryDir dir;
    QFile users(dir.filePath(QStringLiteral("users.json")));
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write(R"({"users":[{"username":"nurse","password":"s3cret","name":"Nora Nurse",
                   "scope":"user/Observation.read openid","fhirUser":"Practitioner/9"}]})");
    users.close();
    QFile clients(dir.filePath(QStringLiteral("clients.json")));
    QVERIFY(clients.open(QIODevice::WriteOnly));
    clients.write(R"({"clients":[{"client_id":"ccri-explorer","public":true,
                     "redirect_uris":["http://127.0.0.1/callback"],"scope":"openid user/*.*"},
                    {"client_id":"robot","client_secret":"robot-secret","grant_types":["client_credentials"],
                     "scope":"user/Patient.read"}]})");
    clients.close();

    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.usersFile = users.fileName();
    options.clientsFile = clients.fileName();
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.users().users().size(), 1);
    QVERIFY(!server.users().find(QStringLiteral("clinician")));
    QVERIFY(server.users().authenticate(QStringLiteral("nurse"), QStringLiteral("s3cret")));
    QVERIFY(!server.users().authenticate(QStringLiteral("nurse"), QStringLiteral("password")));
    QVERIFY(server.users().find(QStringLiteral("nurse"))->passwordHint.isEmpty());
    QCOMPARE(server.clients().clients().size(), 2);
    QCOMPARE(server.clients().find(QStringLiteral("robot"))->secret, QStringLiteral("robot-secret"));

    SandboxBrowser browser(server);
    const QString code
        = browser.signIn(QStringLiteral("openid user/Observation.read user/Patient.read"), QStringLiteral("nurse"))
              .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    // The signIn helper uses the password "password": the nurse's is s3cret, so no code.
    QVERIFY(code.isEmpty());
    const auto page = browser.openConsent(browser.authorizeUrl(QStringLiteral("openid user/Observation.read")),
                                          QStringLiteral("nurse"), QStringLiteral("s3cret"));
    QCOMPARE(SandboxBrowser::checkboxValues(page.body),
             QStringList({QStringLiteral("openid"), QStringLiteral("user/Observation.read")}));
    const auto robot = browser.post(server.urls().auth(QStringLiteral("token")),
                                    {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                                    "Basic " + QByteArray("robot:robot-secret").toBase64());
    QCOMPARE(robot.json().value("scope").toString(), QStringLiteral("user/Patient.read"));
}

void TestSandboxServer::badUsersFileFailsWithASentence()
{
    QTemporaryDir dir;
    QFile users(dir.filePath(QStringLiteral("users.json")));
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write("{ not json");
    users.close();
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.usersFile = users.fileName();
    SandboxServer server(options);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains("not valid JSON"), qPrintable(error));

    options.usersFile = dir.filePath(QStringLiteral("missing.json"));
    SandboxServer missing(options);
    QVERIFY(!missing.start(&error));
    QVERIFY2(error.contains("Cannot read"), qPrintable(error));
}

void TestSandboxServer::inProcessSandboxRunsOnItsOwnThread()
{
    InProcessSandbox sandbox;
    QSignalSpy ready(&sandbox, &InProcessSandbox::ready);
    QSignalSpy logged(&sandbox, &InProcessSandbox::requestLogged);
    sandbox.start(SandboxOptions::ephemeral(2));
    QVERIFY(ready.wait(30000));
    const QUrl fhirBase = ready.at(0).at(0).toUrl();
    QCOMPARE(fhirBase.path(), QStringLiteral("/fhir/STU3"));
    QCOMPARE(fhirBase.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(sandbox.isRunning());
    QVERIFY(sandbox.banner().contains(fhirBase.toString()));
    QVERIFY(sandbox.banner().contains(QStringLiteral("secret hidden"))); // the explorer's --sandbox asks for none

    // The test thread stays free while the sandbox answers.
    QNetworkAccessManager network;
    QUrl authorize(fhirBase.resolved(QUrl(QStringLiteral("/auth/authorize"))));
    QNetworkReply* reply = network.get(QNetworkRequest(authorize));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400); // no client_id: a page
    reply->deleteLater();
    QTRY_VERIFY(!logged.isEmpty());

    sandbox.stop();
    QVERIFY(!sandbox.isRunning());
    QNetworkReply* after = network.get(QNetworkRequest(authorize));
    QSignalSpy afterFinished(after, &QNetworkReply::finished);
    QVERIFY(afterFinished.wait(10000));
    QCOMPARE(after->error(), QNetworkReply::ConnectionRefusedError);
    after->deleteLater();
}

void TestSandboxServer::inProcessSandboxReportsFailure()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    SandboxOptions options = SandboxOptions::ephemeral(1);
    options.port = squatter.serverPort();
    InProcessSandbox sandbox;
    QSignalSpy failed(&sandbox, &InProcessSandbox::failed);
    sandbox.start(options);
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.at(0).at(0).toString().contains(QString::number(squatter.serverPort())));
    QVERIFY(!sandbox.isRunning());
}

void TestSandboxServer::inProcessSandboxRetiredMidStartIsReplacedWithoutWaiting()
{
    // The explorer's restart for another policy: the first sandbox is still making its data when it
    // is retired; only the second one answers ready(), and the first one's thread ends on its own.
    InProcessSandbox sandbox;
    QSignalSpy ready(&sandbox, &InProcessSandbox::ready);
    QSignalSpy failed(&sandbox, &InProcessSandbox::failed);
    sandbox.start(SandboxOptions::ephemeral(1));
    sandbox.retire();
    QVERIFY(!sandbox.isRunning());
    SandboxOptions smart = SandboxOptions::ephemeral(1);
    smart.policy = QStringLiteral("smart");
    sandbox.start(smart);
    QVERIFY(ready.wait(30000));
    QTest::qWait(200);
    QCOMPARE(ready.size(), 1);
    QVERIFY(failed.isEmpty());
    const QUrl fhirBase = ready.at(0).at(0).toUrl();
    QCOMPARE(sandbox.fhirBase(), fhirBase);
    QTRY_VERIFY2(sandbox.findChildren<QThread*>().size() == 1, "the retired sandbox thread did not end");
    QVERIFY(sandbox.isRunning());
    // The running one serves (its metadata is open).
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(fhirBase.toString() + QStringLiteral("/metadata"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    sandbox.stop();
    QVERIFY(sandbox.findChildren<QThread*>().isEmpty());
}

void TestSandboxServer::inProcessSandboxStoppedBeforeReadyStaysStopped()
{
    InProcessSandbox sandbox;
    QSignalSpy ready(&sandbox, &InProcessSandbox::ready);
    sandbox.start(SandboxOptions::ephemeral(1));
    sandbox.stop(); // before the event loop delivers ready()
    QTest::qWait(200);
    QVERIFY(ready.isEmpty());
    QVERIFY(!sandbox.isRunning());
    // And it can start again.
    sandbox.start(SandboxOptions::ephemeral(1));
    QVERIFY(ready.wait(30000));
    QVERIFY(sandbox.isRunning());
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"
