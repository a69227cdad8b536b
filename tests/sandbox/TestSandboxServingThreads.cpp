// A sandbox with two serving threads (SandboxOptions::serveThreads, ccri-sandbox --threads): many
// parallel connections all answered right and spread over both threads; sign-in (authorize, login,
// consent, token: auth requests, run on the sandbox's own thread whichever thread took the
// connection) works from connections on either thread; the sandbox's own thread serves no
// connection, so FHIR requests are answered while it is busy; a token revoked at the auth server is
// refused at once on every thread; HTTPS on every thread; clean stop with connections open.
#include "sandbox/server/SandboxServer.h"
#include "tests/sandbox/SandboxBrowser.h"
#include "tests/support/TestPaths.h"

#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <vector>

using namespace ccri::sandbox;
using ccri::test::TestPaths;

namespace {
SandboxOptions twoThreads()
{
    SandboxOptions options = SandboxOptions::ephemeral(5);
    options.serveThreads = 2;
    return options;
}

QUrl search(const SandboxServer& server, const QString& type, const QString& query)
{
    QUrl url = server.urls().fhir(type);
    url.setQuery(query);
    return url;
}

struct Answer
{
    int status = 0;
    QByteArray body;
};

// `count` GETs of `url` with the bearer `token`, over `connections` separate connections at once
// (one QNetworkAccessManager each, so each its own socket).
QList<Answer> fetchInParallel(const QUrl& url, const QByteArray& token, int connections, int count)
{
    QList<Answer> answers(count); // status 0: no answer in time
    int finished = 0;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers; // destroyed first
    for (int i = 0; i < connections; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply* reply = managers.at(static_cast<size_t>(i % connections))->get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, i, &answers, &finished] {
            answers[i].status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answers[i].body = reply->readAll();
            ++finished;
            reply->deleteLater();
        });
    }
    if (!QTest::qWaitFor([&finished, count] { return finished == count; }, 60000))
        qWarning("only %d of %d answers within 60 s", finished, count);
    return answers;
}

QList<quint64> delta(const QList<quint64>& after, const QList<quint64>& before)
{
    QList<quint64> result;
    for (qsizetype i = 0; i < after.size(); ++i)
        result.append(after.at(i) - before.value(i));
    return result;
}
} // namespace

class TestSandboxServingThreads : public QObject
{
    Q_OBJECT

private slots:
    void optionParsedAndChecked();
    void parallelConnectionsAllAnsweredOnBothThreads();
    void signInWorksWhicheverThreadTakesTheConnection();
    void fhirAnsweredWhileTheAuthThreadIsBusy();
    void revokedTokenRefusedAtOnceOnEveryThread();
    void httpsOnEveryThread();
    void secondSandboxOnTheSamePortIsRefused();
    void stopsCleanlyWithConnectionsOpen();
};

void TestSandboxServingThreads::optionParsedAndChecked()
{
    QString error;
    auto options = SandboxOptions::parse({QStringLiteral("ccri-sandbox"), QStringLiteral("--threads"), "3"}, &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->serveThreads, 3);
    options = SandboxOptions::parse({QStringLiteral("ccri-sandbox")}, &error);
    QVERIFY(options);
    QCOMPARE(options->serveThreads, std::max(1, QThread::idealThreadCount()));
    QCOMPARE(SandboxOptions::ephemeral().serveThreads, 1); // the explorer's in-process sandbox
    for (const char* bad : {"0", "-1", "many", "65"}) {
        QVERIFY(!SandboxOptions::parse({QStringLiteral("ccri-sandbox"), QStringLiteral("--threads"), bad}, &error));
        QVERIFY2(error.contains(QStringLiteral("--threads")), qPrintable(error));
    }
}

void TestSandboxServingThreads::parallelConnectionsAllAnsweredOnBothThreads()
{
    SandboxServer server(twoThreads());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.servedPerThread().size(), 2);
    SandboxBrowser browser(server);
    const QByteArray token = browser.clientCredentials(QStringLiteral("clinical-access"), QString(), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));

    const QList<quint64> before = server.servedPerThread();
    const QUrl url = search(server, QStringLiteral("Observation"), QStringLiteral("patient=1&_count=10"));
    const QList<Answer> answers = fetchInParallel(url, token, 24, 240);
    const QJsonObject bundle = QJsonDocument::fromJson(answers.first().body).object();
    for (const Answer& answer : answers) {
        QCOMPARE(answer.status, 200);
        // The same page whichever thread wrote it (the Bundle's own id and time differ).
        const QJsonObject other = QJsonDocument::fromJson(answer.body).object();
        QCOMPARE(other.value("entry"), bundle.value("entry"));
        QCOMPARE(other.value("total"), bundle.value("total"));
        QCOMPARE(other.value("link"), bundle.value("link"));
    }
    QCOMPARE(bundle.value("resourceType").toString(), QStringLiteral("Bundle"));
    QCOMPARE(bundle.value("entry").toArray().size(), 10);
    for (const QJsonValue& entry : bundle.value("entry").toArray())
        QCOMPARE(entry["resource"]["subject"]["reference"].toString(), QStringLiteral("Patient/1"));

    const QList<quint64> served = delta(server.servedPerThread(), before);
    QCOMPARE(served.at(0) + served.at(1), quint64(240));
    // 24 connections spread by the kernel: all on one thread has a chance of 2^-23.
    QVERIFY2(served.at(0) > 0 && served.at(1) > 0,
             qPrintable(QStringLiteral("served %1 / %2").arg(served.at(0)).arg(served.at(1))));
}

void TestSandboxServingThreads::signInWorksWhicheverThreadTakesTheConnection()
{
    SandboxServer server(twoThreads());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString scope = QStringLiteral("launch/patient patient/Observation.read");
    bool onSecondThread = false;
    bool onFirstThread = false;
    // Each browser opens its own connections: sign in with fresh ones until both serving threads
    // have taken a sign-in's requests (a new connection lands on either, as the kernel decides).
    // Either hands them to the sandbox's own thread, which serves no connection itself.
    for (int attempt = 0; attempt < 24 && !(onSecondThread && onFirstThread); ++attempt) {
        SandboxBrowser browser(server);
        const QList<quint64> before = server.servedPerThread();
        const QByteArray token
            = browser.authorizationCode(QStringLiteral("clinician"), scope, QStringLiteral("1"), &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const QList<quint64> served = delta(server.servedPerThread(), before);
        onFirstThread = onFirstThread || served.at(0) > 0;
        onSecondThread = onSecondThread || served.at(1) > 0;
        const SandboxBrowser::Response page
            = browser.get(search(server, QStringLiteral("Observation"), QStringLiteral("patient=1")), token);
        QCOMPARE(page.status, 200);
        QCOMPARE(SandboxBrowser::jwtClaims(QString::fromLatin1(token)).value("patient").toString(),
                 QStringLiteral("1"));
    }
    QVERIFY2(onFirstThread, "no sign-in request landed on the first serving thread");
    QVERIFY2(onSecondThread, "no sign-in request landed on the second serving thread");
}

void TestSandboxServingThreads::fhirAnsweredWhileTheAuthThreadIsBusy()
{
    // The sandbox's own thread (here the test's) runs the auth server and serves no connection: with
    // it held busy, every FHIR request on every new connection is still answered by the serving
    // threads. (Were one connection of this thread's, its request would wait for the 5 s below.)
    SandboxServer server(twoThreads());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    SandboxBrowser browser(server);
    const QByteArray token = browser.clientCredentials(QStringLiteral("clinical-access"), QString(), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    const QByteArray request = "GET " + server.fhirBase().path().toUtf8()
        + "/Patient/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    const QList<quint64> before = server.servedPerThread();
    for (int i = 0; i < 16; ++i) {
        // Blocking socket calls on purpose: this thread's event loop does not run meanwhile.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        QVERIFY(socket.waitForBytesWritten(5000));
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "),
                 qPrintable(QStringLiteral("connection %1: %2").arg(i).arg(QString::fromLatin1(answer.left(80)))));
    }
    const QList<quint64> served = delta(server.servedPerThread(), before);
    QCOMPARE(served.at(0) + served.at(1), quint64(16));
}

void TestSandboxServingThreads::revokedTokenRefusedAtOnceOnEveryThread()
{
    SandboxServer server(twoThreads());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    SandboxBrowser browser(server);
    const QByteArray basic = browser.basic(QStringLiteral("clinical-access"));
    const QByteArray token = browser.clientCredentials(QStringLiteral("clinical-access"), QString(), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    const QUrl url = server.urls().fhir(QStringLiteral("Patient/1"));

    // Known to every thread first: each has answered with it (and the claims are cached).
    QList<quint64> before = server.servedPerThread();
    for (const Answer& answer : fetchInParallel(url, token, 16, 32))
        QCOMPARE(answer.status, 200);
    QList<quint64> served = delta(server.servedPerThread(), before);
    QVERIFY(served.at(0) > 0 && served.at(1) > 0);

    QCOMPARE(browser
                 .post(server.urls().auth(QStringLiteral("revoke")),
                       {{QStringLiteral("token"), QString::fromLatin1(token)}}, basic)
                 .status,
             200);
    // The very next requests, on fresh connections over both threads: every one refused.
    before = server.servedPerThread();
    for (const Answer& answer : fetchInParallel(url, token, 16, 32)) {
        QCOMPARE(answer.status, 401);
        QVERIFY2(answer.body.contains("revoked"), answer.body.constData());
    }
    served = delta(server.servedPerThread(), before);
    QVERIFY2(served.at(0) > 0 && served.at(1) > 0,
             qPrintable(QStringLiteral("served %1 / %2").arg(served.at(0)).arg(served.at(1))));
}

void TestSandboxServingThreads::httpsOnEveryThread()
{
    SandboxOptions options = twoThreads();
    options.tlsCertificateFile = TestPaths::source(QStringLiteral("tests/sandbox/data/test-only-localhost-cert.pem"));
    options.tlsKeyFile = TestPaths::source(QStringLiteral("tests/sandbox/data/test-only-localhost-key.pem"));
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QCOMPARE(server.fhirBase().scheme(), QStringLiteral("https"));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(options.tlsCertificateFile));
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    int finished = 0;
    int ok = 0;
    const int connections = 16;
    for (int i = 0; i < connections; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/fhir/STU3/metadata").arg(server.port())));
        request.setSslConfiguration(tls);
        QNetworkReply* reply = managers.back()->get(request);
        connect(reply, &QNetworkReply::finished, reply, [reply, &finished, &ok] {
            ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 1 : 0;
            ++finished;
            reply->deleteLater();
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(finished == connections, 60000);
    QCOMPARE(ok, connections);
    const QList<quint64> served = server.servedPerThread();
    QVERIFY2(served.at(0) > 0 && served.at(1) > 0,
             qPrintable(QStringLiteral("served %1 / %2").arg(served.at(0)).arg(served.at(1))));
}

void TestSandboxServingThreads::secondSandboxOnTheSamePortIsRefused()
{
    // SO_REUSEPORT lets our own sockets share a port; a second sandbox must not join the first's.
    SandboxServer first(twoThreads());
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    SandboxOptions options = twoThreads();
    options.port = first.port();
    SandboxServer second(options);
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QStringLiteral("port is in use")), qPrintable(error));
    SandboxBrowser browser(first);
    QCOMPARE(browser.get(first.urls().fhir(QStringLiteral("metadata"))).status, 200);
}

void TestSandboxServingThreads::stopsCleanlyWithConnectionsOpen()
{
    // Keep-alive connections left open on both threads, then the server goes: no hang, no crash (ASan).
    QNetworkAccessManager left[8];
    {
        SandboxServer server(twoThreads());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        int finished = 0;
        for (QNetworkAccessManager& manager : left) {
            QNetworkReply* reply = manager.get(QNetworkRequest(server.urls().fhir(QStringLiteral("metadata"))));
            connect(reply, &QNetworkReply::finished, reply, [reply, &finished] {
                ++finished;
                reply->deleteLater();
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(finished == 8, 60000);
        // And an auth request under way from the extra thread's side while it stops.
        QNetworkReply* pending = left[0].get(QNetworkRequest(server.urls().auth(QStringLiteral("jwks"))));
        Q_UNUSED(pending);
    }
    // A new sandbox starts at once afterwards.
    SandboxServer again(twoThreads());
    QString error;
    QVERIFY2(again.start(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxServingThreads)
#include "TestSandboxServingThreads.moc"
