#include "app/fhir/BundleParser.h"
#include "app/fhir/FhirClient.h"
#include "app/net/FixedAccessTokenProvider.h"
#include "app/net/RequestLog.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/browser/FixtureHttpServer.h"
#include "tests/browser/SandboxSession.h"
#include "tests/support/TestPaths.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

using namespace ccri::fhir;
using namespace ccri::net;

namespace {

// Like a sign-in Session: the first token is stale; a refresh after a 401 brings a good one, later.
class RefreshingProvider : public AccessTokenProvider
{
public:
    QString current;
    QString next;
    int refreshes = 0;

    QString accessToken() const override { return current; }
    void refreshAfterUnauthorized(const QString& rejected, RefreshDone done) override
    {
        ++refreshes;
        QTimer::singleShot(10, this, [this, rejected, done] {
            if (next.isEmpty() || rejected == next) {
                done(false);
                return;
            }
            current = next;
            emit accessTokenChanged();
            done(true);
        });
    }
};

} // namespace

// The FHIR client against the real sandbox over loopback, with real tokens from its OAuth2 server;
// a fixture responder only for answers the sandbox never gives (broken JSON, silence, huge bodies).
class TestFhirClient : public QObject
{
    Q_OBJECT

private:
    SandboxSession m_sandbox;
    QByteArray m_token;
    QNetworkAccessManager m_network;

    FhirResponse fetch(FhirClient& client, const QUrl& url)
    {
        FhirReply* reply = client.get(url);
        QSignalSpy finished(reply, &FhirReply::finished);
        FhirResponse response;
        connect(reply, &FhirReply::finished, this, [&response, reply] { response = reply->response(); });
        if (!finished.wait(15000)) {
            response.error = QStringLiteral("test: no answer");
        }
        return response;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(5, &error), qPrintable(error));
        m_token = m_sandbox.clientToken(QStringLiteral("clinical-access"), &error);
        QVERIFY2(!m_token.isEmpty(), qPrintable(error));
    }

    void searchesWithARealToken()
    {
        FixedAccessTokenProvider tokens;
        tokens.setTokenResponse(QString::fromLatin1(m_token), SandboxSession::scopeOf(m_token));
        RequestLog log;
        FhirClient client(&m_network, &tokens, &log);
        client.setBaseUrl(m_sandbox.fhirBase());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("identifier"),
                           QStringLiteral("https://fhir.nhs.uk/Id/nhs-number|9876543210"));
        const FhirResponse response = fetch(client, client.url(QStringLiteral("Patient"), query));
        QVERIFY2(response.ok, qPrintable(response.error));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.body.contains("Kanfeld"));
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).httpStatus, 200);
    }

    void noTokenIs401InWords()
    {
        FixedAccessTokenProvider tokens;
        RequestLog log;
        FhirClient client(&m_network, &tokens, &log);
        client.setBaseUrl(m_sandbox.fhirBase());
        const FhirResponse response = fetch(client, client.url(QStringLiteral("Patient")));
        QVERIFY(!response.ok);
        QCOMPARE(response.httpStatus, 401);
        QVERIFY(response.outcome.has_value());
        QVERIFY2(response.error.contains(QStringLiteral("HTTP 401")), qPrintable(response.error));
        QVERIFY2(response.error.contains(QStringLiteral("Unauthorised access to protected resource")),
                 qPrintable(response.error));
    }

    void missingScopeIs403WithDiagnostics()
    {
        FixedAccessTokenProvider tokens;
        tokens.setTokenResponse(QString::fromLatin1(m_token), SandboxSession::scopeOf(m_token));
        FhirClient client(&m_network, &tokens, nullptr);
        client.setBaseUrl(m_sandbox.fhirBase());
        const FhirResponse response = fetch(client, client.url(QStringLiteral("DocumentReference")));
        QCOMPARE(response.httpStatus, 403);
        QVERIFY2(response.error.contains(QStringLiteral("HTTP 403")), qPrintable(response.error));
        QVERIFY2(response.error.contains(QStringLiteral("Insufficient Access Rights to access DocumentReference.")),
                 qPrintable(response.error));
    }

    void refreshesOnceAfter401AndRetries()
    {
        RefreshingProvider tokens;
        tokens.current = QStringLiteral("stale.token.value");
        tokens.next = QString::fromLatin1(m_token);
        RequestLog log;
        FhirClient client(&m_network, &tokens, &log);
        client.setBaseUrl(m_sandbox.fhirBase());
        const FhirResponse response = fetch(client, client.url(QStringLiteral("Patient/1")));
        QVERIFY2(response.ok, qPrintable(response.error));
        QCOMPARE(tokens.refreshes, 1);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).httpStatus, 401);
        QCOMPARE(log.at(1).httpStatus, 200);
    }

    void failedRefreshLeavesThe401()
    {
        RefreshingProvider tokens;
        tokens.current = QStringLiteral("stale.token.value");
        FhirClient client(&m_network, &tokens, nullptr);
        client.setBaseUrl(m_sandbox.fhirBase());
        const FhirResponse response = fetch(client, client.url(QStringLiteral("Patient/1")));
        QCOMPARE(response.httpStatus, 401);
        QCOMPARE(tokens.refreshes, 1);
        QVERIFY(response.error.contains(QStringLiteral("Sign in again")));
    }

    void htmlInsteadOfJson()
    {
        FixedAccessTokenProvider tokens;
        FhirClient client(&m_network, &tokens, nullptr);
        client.setBaseUrl(m_sandbox.fhirBase());
        // The sandbox's authorize endpoint answers a bad request with a web page.
        QUrl page = m_sandbox.fhirBase();
        page.setPath(QStringLiteral("/auth/authorize"));
        const FhirResponse response = fetch(client, page);
        QVERIFY(!response.ok);
        QVERIFY2(response.error.contains(QStringLiteral("web page (HTML")), qPrintable(response.error));
        QVERIFY2(response.error.contains(QStringLiteral("HTTP %1").arg(response.httpStatus)),
                 qPrintable(response.error));
    }

    void malformedJsonIsSaidInWords()
    {
        FixtureHttpServer fixture;
        QVERIFY(fixture.start());
        fixture.setAnswer(200, "application/fhir+json", "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{");
        FhirClient client(&m_network, nullptr, nullptr);
        client.setBaseUrl(fixture.base());
        const FhirResponse response = fetch(client, client.url(QStringLiteral("Observation")));
        QVERIFY2(response.ok, qPrintable(response.error));
        BundleParser parser;
        QSignalSpy finished(&parser, &BundleParser::finished);
        BundleInfo info;
        connect(&parser, &BundleParser::finished, this, [&info](const BundleInfo& parsed) { info = parsed; });
        parser.start(response.body);
        QVERIFY(finished.wait(5000));
        QVERIFY2(info.error.contains(QStringLiteral("not valid JSON")), qPrintable(info.error));
    }

    void refusedConnection()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        FhirClient client(&m_network, nullptr, nullptr);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port)));
        const FhirResponse response = fetch(client, client.url(QStringLiteral("metadata")));
        QCOMPARE(response.httpStatus, 0);
        QVERIFY2(response.error.contains(QStringLiteral("refused the connection")), qPrintable(response.error));
    }

    void timeout()
    {
        FixtureHttpServer fixture;
        QVERIFY(fixture.start());
        fixture.setSilent(true);
        RequestLog log;
        FhirClient client(&m_network, nullptr, &log);
        client.setBaseUrl(fixture.base());
        client.setTimeoutMs(500);
        const FhirResponse response = fetch(client, client.url(QStringLiteral("metadata")));
        QVERIFY2(response.error.contains(QStringLiteral("No answer from 127.0.0.1")), qPrintable(response.error));
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).outcome, response.error);
    }

    void sizeLimit()
    {
        FixtureHttpServer fixture;
        QVERIFY(fixture.start());
        fixture.setAnswer(200, "application/fhir+json", QByteArray(5000, ' ') + "{}");
        FhirClient client(&m_network, nullptr, nullptr);
        client.setBaseUrl(fixture.base());
        client.setMaxResponseBytes(1000);
        const FhirResponse response = fetch(client, client.url(QStringLiteral("Observation")));
        QVERIFY2(response.error.contains(QStringLiteral("larger than the limit")), qPrintable(response.error));
    }

    void untrustedCertificateIsRefusedInWords()
    {
        // The sandbox over TLS with a self-signed certificate for 127.0.0.1 (test-only files).
        ccri::sandbox::SandboxOptions options = ccri::sandbox::SandboxOptions::ephemeral(1);
        options.tlsCertificateFile
            = ccri::test::TestPaths::source(QStringLiteral("tests/sandbox/data/test-only-localhost-cert.pem"));
        options.tlsKeyFile
            = ccri::test::TestPaths::source(QStringLiteral("tests/sandbox/data/test-only-localhost-key.pem"));
        ccri::sandbox::SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.fhirBase().scheme(), QStringLiteral("https"));

        RequestLog log;
        FhirClient client(&m_network, nullptr, &log);
        client.setBaseUrl(server.fhirBase());
        const FhirResponse refused = fetch(client, client.url(QStringLiteral("metadata")));
        QCOMPARE(refused.httpStatus, 0);
        QVERIFY2(refused.error.contains(QStringLiteral("secure (TLS) connection to 127.0.0.1")),
                 qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(refused.error));
        QCOMPARE(log.at(0).outcome, refused.error);

        // Twin: with the server's certificate trusted (a profile's CA file), the same request works.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(options.tlsCertificateFile));
        client.setTlsConfiguration(tls);
        const FhirResponse trusted = fetch(client, client.url(QStringLiteral("metadata")));
        QVERIFY2(trusted.ok, qPrintable(trusted.error));
        QVERIFY(trusted.body.contains("CapabilityStatement"));
    }

    void tokenNeverGoesToAnotherOrigin()
    {
        FixtureHttpServer elsewhere;
        QVERIFY(elsewhere.start());
        FixedAccessTokenProvider tokens;
        tokens.setTokenResponse(QString::fromLatin1(m_token), {});
        RequestLog log;
        FhirClient client(&m_network, &tokens, &log);
        client.setBaseUrl(m_sandbox.fhirBase());
        const FhirResponse response = fetch(client, elsewhere.base());
        QVERIFY(!response.ok);
        QVERIFY2(response.error.contains(QStringLiteral("not sent there")), qPrintable(response.error));
        QCOMPARE(log.size(), 0);
    }

    void cancel()
    {
        FixtureHttpServer fixture;
        QVERIFY(fixture.start());
        fixture.setSilent(true);
        FhirClient client(&m_network, nullptr, nullptr);
        client.setBaseUrl(fixture.base());
        FhirReply* reply = client.get(client.url(QStringLiteral("metadata")));
        QSignalSpy finished(reply, &FhirReply::finished);
        bool cancelled = false;
        connect(reply, &FhirReply::finished, this, [&cancelled, reply] { cancelled = reply->response().cancelled; });
        QTimer::singleShot(100, reply, &FhirReply::abort);
        QVERIFY(finished.wait(5000));
        QVERIFY(cancelled);
    }

    void closingWithARequestInFlight()
    {
        // The explorer closing mid-request: its network manager may go before the client and its
        // replies (they were siblings in ResourceBrowser). Nothing may crash, in either order.
        FixtureHttpServer fixture;
        QVERIFY(fixture.start());
        fixture.setSilent(true);
        for (const bool managerFirst : {true, false}) {
            auto* network = new QNetworkAccessManager;
            auto* client = new FhirClient(network, nullptr, nullptr);
            client->setBaseUrl(fixture.base());
            QPointer<FhirReply> reply = client->get(client->url(QStringLiteral("metadata")));
            QTRY_VERIFY_WITH_TIMEOUT(fixture.connectionCount() > 0, 5000);
            if (managerFirst) {
                delete network;
                delete client;
            } else {
                delete client;
                delete network;
            }
            QVERIFY(reply.isNull());
            QTest::qWait(50); // any deferred deletion runs, and must not crash either
        }
    }
};

QTEST_GUILESS_MAIN(TestFhirClient)
#include "TestFhirClient.moc"
