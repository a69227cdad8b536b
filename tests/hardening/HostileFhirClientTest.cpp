// The explorer's FHIR client (FhirClient / FhirReply, then BundleReader for the body) against a
// server that misbehaves on purpose. Each case must end in a sentence for the user — never a
// crash, a hang, an empty message or a token sent where it should not go.
#include "app/fhir/BundleReader.h"
#include "app/fhir/FhirClient.h"
#include "app/net/FixedAccessTokenProvider.h"
#include "app/net/RequestLog.h"
#include "tests/hardening/HostileServer.h"
#include "tests/hardening/TestCertificate.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using ccri::fhir::FhirClient;
using ccri::fhir::FhirReply;
using ccri::fhir::FhirResponse;
using ccri::test::HostileServer;

namespace {

const QString token = QStringLiteral("hostile-test-access-token-1234567890");

// A user-facing sentence: words, not a code, and never the token.
void verifySentence(const QString& text)
{
    QVERIFY2(text.size() > 20 && text.contains(QLatin1Char(' ')), qPrintable(text));
    QVERIFY2(!text.contains(token), "the token appears in a message");
}

} // namespace

class HostileFhirClientTest : public QObject
{
    Q_OBJECT

private:
    FhirResponse fetch(FhirClient& client, const QUrl& url, int waitMs = 20000)
    {
        FhirResponse response;
        bool done = false;
        FhirReply* reply = client.get(url);
        connect(reply, &FhirReply::finished, this, [&] {
            response = reply->response();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, waitMs))
            qWarning("no answer within %d ms", waitMs);
        return response;
    }

    struct Setup
    {
        QNetworkAccessManager network;
        ccri::net::FixedAccessTokenProvider tokens;
        ccri::net::RequestLog log;
        FhirClient client {&network, &tokens, &log};
        HostileServer server;
    };

    void start(Setup& setup)
    {
        QVERIFY(setup.server.listen());
        setup.tokens.setTokenResponse(token, QStringLiteral("user/*.read"));
        setup.client.setBaseUrl(setup.server.url(QStringLiteral("/fhir")));
    }

    // As start(), over TLS with a freshly made self-signed certificate; /fhir/metadata answers `metadata`.
    void startTls(Setup& setup, ccri::test::TestCertificate& certificate, const QByteArray& metadata)
    {
        QString error;
        QVERIFY2(certificate.generate(&error), qPrintable(error));
        QVERIFY(setup.server.listenTls(certificate.certificate(), certificate.key()));
        setup.tokens.setTokenResponse(token, QStringLiteral("user/*.read"));
        setup.server.route(QStringLiteral("/fhir/metadata"), HostileServer::json(metadata));
        setup.client.setBaseUrl(setup.server.url(QStringLiteral("/fhir")));
    }

private slots:
    void malformedAndTruncatedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(
            "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[{\"reso");
        QTest::newRow("not json") << QByteArray("resourceType=Bundle");
        QTest::newRow("json but not fhir") << QByteArray("{\"hello\":\"world\"}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1,2,3]");
    }
    void malformedAndTruncatedJson()
    {
        QFETCH(QByteArray, body);
        Setup setup;
        start(setup);
        setup.server.route(QStringLiteral("/fhir/Observation"), HostileServer::json(body));
        const FhirResponse response = fetch(setup.client, setup.client.url(QStringLiteral("Observation")));
        QCOMPARE(response.httpStatus, 200);
        // The transport is fine; the body's problem is found by the parser, in words.
        ccri::fhir::BundleInfo info;
        int rows = 0;
        ccri::fhir::BundleReader::read(response.body, QStringLiteral("Observation"), 50,
                                       [&](ccri::fhir::BundleChunk&& chunk) {
                                           rows += int(chunk.rows.size());
                                           if (chunk.last)
                                               info = chunk.info;
                                       });
        QCOMPARE(rows, 0);
        verifySentence(info.error);
    }

    void htmlErrorPages_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("502 from a proxy") << 502;
        QTest::newRow("200 login page of a captive portal") << 200;
        QTest::newRow("404 from a web server") << 404;
    }
    void htmlErrorPages()
    {
        QFETCH(int, status);
        Setup setup;
        start(setup);
        setup.server.route(
            QStringLiteral("/fhir/Patient"),
            HostileServer::html("<!DOCTYPE html><html><body><h1>Bad Gateway</h1><p>nginx</p></body></html>", status));
        const FhirResponse response = fetch(setup.client, setup.client.url(QStringLiteral("Patient")));
        QVERIFY(!response.ok);
        QCOMPARE(response.httpStatus, status);
        verifySentence(response.error);
    }

    void operationOutcomeInWords()
    {
        Setup setup;
        start(setup);
        setup.server.route(
            QStringLiteral("/fhir/Observation"),
            HostileServer::json("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                                "\"code\":\"forbidden\",\"diagnostics\":\"Insufficient Access Rights to "
                                "access Observation.\"}]}",
                                403));
        const FhirResponse response = fetch(setup.client, setup.client.url(QStringLiteral("Observation")));
        QVERIFY(!response.ok);
        QVERIFY(response.outcome);
        QVERIFY2(response.error.contains(QStringLiteral("Insufficient Access Rights")), qPrintable(response.error));
        verifySentence(response.error);
    }

    void fiftyMegabytesRefusedPastTheLimit_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length says 50 MB") << true;
        QTest::newRow("no Content-Length, 50 MB until close") << false;
    }
    void fiftyMegabytesRefusedPastTheLimit()
    {
        QFETCH(bool, announced);
        Setup setup;
        start(setup);
        // The client's default limit, as the explorer uses it: a 50 MB answer is past it.
        const qint64 limit = ccri::fhir::FhirReply::Options().maxBytes;
        QVERIFY2(limit < 50 * 1024 * 1024, "the default limit lets a 50 MB answer through");
        setup.server.route(QStringLiteral("/fhir/Binary/big"), HostileServer::huge(50 * 1024 * 1024, announced));
        const FhirResponse response = fetch(setup.client, setup.client.url(QStringLiteral("Binary/big")), 60000);
        QVERIFY(!response.ok);
        QVERIFY2(response.body.size() <= limit, "the body was kept past the limit");
        QVERIFY2(response.error.contains(QStringLiteral("limit")), qPrintable(response.error));
        verifySentence(response.error);
    }

    void neverAnswersTimesOut()
    {
        Setup setup;
        start(setup);
        setup.client.setTimeoutMs(1500);
        setup.server.route(QStringLiteral("/fhir/metadata"), HostileServer::silent());
        QElapsedTimer timer;
        timer.start();
        const FhirResponse response = fetch(setup.client, setup.client.url(QStringLiteral("metadata")));
        QVERIFY(!response.ok);
        QCOMPARE(response.httpStatus, 0);
        QVERIFY2(timer.elapsed() < 10000, "the timeout did not fire");
        verifySentence(response.error);
    }

    void closesMidBody()
    {
        Setup setup;
        start(setup);
        setup.server.route(
            QStringLiteral("/fhir/Patient/1"),
            HostileServer::closeMidBody("{\"resourceType\":\"Patient\",\"id\":\"1\",\"name\":[{\"family\":"
                                        "\"Kanfeld\",\"given\":[\"Bernie\"]}],\"gender\":\"male\"}"));
        const FhirResponse response = fetch(setup.client, setup.client.url(QStringLiteral("Patient/1")));
        QVERIFY(!response.ok);
        verifySentence(response.error);
    }

    void redirectToAnotherHostDoesNotCarryTheToken()
    {
        Setup setup;
        start(setup);
        HostileServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        elsewhere.route(QStringLiteral("/steal"), HostileServer::json("{\"resourceType\":\"Bundle\"}"));
        setup.server.route(QStringLiteral("/fhir/Patient"),
                           HostileServer::redirect(elsewhere.url(QStringLiteral("/steal")), 302));
        const FhirResponse response = fetch(setup.client, setup.client.url(QStringLiteral("Patient")));
        QVERIFY(!response.ok);
        verifySentence(response.error);
        for (const HostileServer::Request& request : elsewhere.requests())
            QVERIFY2(!request.headers.contains("authorization"), "the token went to another host");
        // The first request did carry it, to the right server.
        QCOMPARE(setup.server.requestsTo(QStringLiteral("/fhir/Patient")).size(), 1);
        QCOMPARE(setup.server.requestsTo(QStringLiteral("/fhir/Patient")).constFirst().headers.value("authorization"),
                 "Bearer " + token.toLatin1());
        // And a link pointing at another host (a Bundle's `next`) is refused before anything is sent.
        const FhirResponse foreign = fetch(setup.client, elsewhere.url(QStringLiteral("/steal")));
        QVERIFY(!foreign.ok);
        verifySentence(foreign.error);
        QVERIFY(elsewhere.requests().isEmpty());
    }

    void selfSignedCertificateRefused()
    {
        ccri::test::TestCertificate certificate;
        Setup setup;
        startTls(setup, certificate, "{\"resourceType\":\"Bundle\"}");
        const FhirResponse response = fetch(setup.client, setup.client.url(QStringLiteral("metadata")));
        QVERIFY(!response.ok);
        QCOMPARE(response.httpStatus, 0);
        verifySentence(response.error);
        QVERIFY2(response.error.contains(QStringLiteral("TLS"))
                     || response.error.contains(QStringLiteral("certificate")),
                 qPrintable(response.error));
        QVERIFY2(setup.server.requestsTo(QStringLiteral("/fhir/metadata")).isEmpty(),
                 "a request (and its token) went over an untrusted connection");
    }

    void selfSignedCertificateAcceptedWhenTheProfileTrustsIt()
    {
        ccri::test::TestCertificate certificate;
        Setup setup;
        startTls(setup, certificate, "{\"resourceType\":\"CapabilityStatement\"}");
        // What ServerProfile::sslConfiguration() gives for a profile whose trusted CA file is this PEM.
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(QSslCertificate::fromPath(certificate.certificateFile()));
        setup.client.setTlsConfiguration(trusting);
        const FhirResponse response = fetch(setup.client, setup.client.url(QStringLiteral("metadata")));
        QVERIFY2(response.ok, qPrintable(response.error));
        QCOMPARE(response.httpStatus, 200);
    }

    void unauthorizedWithoutRefreshEndsInWords()
    {
        Setup setup;
        start(setup);
        setup.server.route(
            QStringLiteral("/fhir/Patient"),
            HostileServer::json("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                                "\"code\":\"security\",\"diagnostics\":\"OAuth2 Authentication Token has "
                                "expired.\"}]}",
                                401));
        const FhirResponse response = fetch(setup.client, setup.client.url(QStringLiteral("Patient")));
        QVERIFY(!response.ok);
        QCOMPARE(response.httpStatus, 401);
        verifySentence(response.error);
    }
};

QTEST_GUILESS_MAIN(HostileFhirClientTest)
#include "HostileFhirClientTest.moc"
