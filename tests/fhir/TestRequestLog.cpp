#include "app/net/RequestLog.h"

#include <QSignalSpy>
#include <QTest>

using namespace ccri::net;

namespace {

RequestLogEntry entry(const QString& path, const QByteArray& token, const QByteArray& body = "{}")
{
    return RequestLogEntry::record("GET", QUrl(QStringLiteral("http://127.0.0.1:8080/fhir/STU3/") + path),
                                   {{"Accept", "application/fhir+json"}, {"Authorization", "Bearer " + token}}, 200,
                                   {{"Content-Type", "application/fhir+json"}}, body, body.size(),
                                   QDateTime::currentDateTime(), 12, QStringLiteral("OK"), 16);
}

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void redactsTheToken()
    {
        const QByteArray token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.secretSIGNATUREwxyz";
        const RequestLogEntry e = entry(QStringLiteral("Patient"), token);
        bool sawAuthorization = false;
        for (const auto& header : e.requestHeaders) {
            QVERIFY(!header.second.contains(token));
            QVERIFY(!header.second.contains("secretSIGNATURE"));
            if (header.first == "Authorization") {
                sawAuthorization = true;
                QCOMPARE(QString::fromUtf8(header.second), QStringLiteral("Bearer …wxyz"));
            }
        }
        QVERIFY(sawAuthorization);
        const QString curl = e.curlCommand();
        QVERIFY(!curl.contains(QString::fromLatin1(token)));
        QVERIFY2(curl.contains(QStringLiteral("\"Authorization: Bearer $TOKEN\"")), qPrintable(curl));
        QVERIFY2(curl.contains(QStringLiteral("'http://127.0.0.1:8080/fhir/STU3/Patient'")), qPrintable(curl));
    }

    void shortCredentialsShowNothing()
    {
        QCOMPARE(QString::fromUtf8(RequestLogEntry::redactAuthorization("Bearer abc")), QStringLiteral("Bearer …"));
    }

    void curlQuotesTheUrl()
    {
        RequestLogEntry e = entry(QStringLiteral("Patient?name=O'Brien&identifier=a|b"), "tokentokentoken");
        const QString curl = e.curlCommand();
        QVERIFY2(curl.contains(QStringLiteral("O'\\''Brien")) || curl.contains(QStringLiteral("O%27Brien")),
                 qPrintable(curl));
    }

    void redactsSecretsInFormBodies()
    {
        const QByteArray form = "grant_type=authorization_code&code=CODEcodeCODE1234&code_verifier=VERIFIERverifier9876"
                                "&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback&client_id=ccri-explorer";
        const QByteArray redacted = RequestLogEntry::redactBody("application/x-www-form-urlencoded", form);
        QVERIFY2(!redacted.contains("CODEcodeCODE") && !redacted.contains("VERIFIERverifier"), redacted.constData());
        QVERIFY2(redacted.contains("grant_type=authorization_code") && redacted.contains("client_id=ccri-explorer")
                     && redacted.contains("127.0.0.1"),
                 redacted.constData());
        QVERIFY2(redacted.contains("1234") && redacted.contains("9876"), redacted.constData()); // last 4 kept
        // Copy as curl: the redacted fields come from the environment, Basic credentials too.
        RequestLogEntry e = RequestLogEntry::record(
            "POST", QUrl(QStringLiteral("http://127.0.0.1:8080/auth/token")),
            {{"Authorization", "Basic " + QByteArray("hygiene-explorer:s3cretS3cret").toBase64()}}, 200, {}, "{}", 2,
            QDateTime::currentDateTime(), 5, QStringLiteral("OK"), 1024);
        e.requestBody = redacted;
        const QString curl = e.curlCommand();
        QVERIFY2(curl.contains(QStringLiteral("-u \"$CLIENT_ID:$CLIENT_SECRET\"")), qPrintable(curl));
        QVERIFY2(curl.contains(QStringLiteral("--data-urlencode \"code=$CODE\"")), qPrintable(curl));
        QVERIFY2(curl.contains(QStringLiteral("--data-urlencode \"code_verifier=$CODE_VERIFIER\"")), qPrintable(curl));
        QVERIFY2(curl.contains(QStringLiteral("--data-urlencode 'grant_type=authorization_code'")), qPrintable(curl));
        QVERIFY(!curl.contains(QStringLiteral("Bearer")));
    }

    void redactsTokensInJsonBodies()
    {
        const QByteArray answer = R"({"access_token":"ACCESSaccessACCESS1111","token_type":"Bearer","expires_in":3600,)"
                                  R"("refresh_token":"REFRESHrefresh2222","id_token":"ID.token.3333",)"
                                  R"("scope":"user/Patient.read","patient":"1"})";
        const QByteArray redacted = RequestLogEntry::redactBody("application/json;charset=UTF-8", answer);
        for (const char* secret : {"ACCESSaccess", "REFRESHrefresh", "ID.token"})
            QVERIFY2(!redacted.contains(secret), redacted.constData());
        for (const char* kept : {"Bearer", "3600", "user/Patient.read", "1111", "2222"})
            QVERIFY2(redacted.contains(kept), redacted.constData());
        // JSON without secrets (a CapabilityStatement: "code" is an interaction there) is kept as sent.
        const QByteArray statement = R"({"resourceType":"CapabilityStatement","interaction":[{"code":"read"}]})";
        QCOMPARE(RequestLogEntry::redactBody("application/fhir+json", statement), statement);
        // A token answer that is not valid JSON is not kept at all.
        const QByteArray broken = R"({"access_token":"ACCESSaccessACCESS1111",)";
        QVERIFY(!RequestLogEntry::redactBody("application/json", broken).contains("ACCESSaccess"));
        // An HTML error page is kept for the reader.
        QCOMPARE(RequestLogEntry::redactBody("text/html", "<h1>502 Bad Gateway</h1>"),
                 QByteArray("<h1>502 Bad Gateway</h1>"));
        // Most bodies are kept without being parsed (a scan says no member can be a secret), so the
        // scan must see every way JSON can name one: another case, blanks before the colon, a name
        // spelt with \u escapes, a member deep inside.
        const QList<QByteArray> hidden
            = {R"({"Access_Token":"ACCESSaccessACCESS1111"})", "{\"id_token\" \r\n\t: \"ACCESSaccessACCESS1111\"}",
               R"({"\u0061ccess_token":"ACCESSaccessACCESS1111"})",
               R"({"entry":[{"resource":{"client_secret":"ACCESSaccessACCESS1111"}}]})",
               R"({"token" :"ACCESSaccessACCESS1111"})"};
        for (const QByteArray& body : hidden) {
            const QByteArray redacted = RequestLogEntry::redactBody("application/json", body);
            QVERIFY2(!redacted.contains("ACCESSaccess"), redacted.constData());
        }
        // "token" as a value (an oauth-uris extension) is no secret: kept, byte for byte.
        const QByteArray security
            = R"({"resourceType":"CapabilityStatement","rest":[{"security":{"extension":[{"url":"token",)"
              R"("valueUri":"https://example.org/token"}]}}]})";
        QCOMPARE(RequestLogEntry::redactBody("application/fhir+json", security), security);
    }

    void truncatesBigBodies()
    {
        const RequestLogEntry e = entry(QStringLiteral("Observation"), "tokentokentoken", QByteArray(100, 'x'));
        QVERIFY(e.bodyTruncated);
        QCOMPARE(e.responseBody.size(), 16);
        QCOMPARE(e.responseSize, 100);
    }

    void dropsTheOldest()
    {
        RequestLog log;
        log.setMaxEntries(3);
        QSignalSpy dropped(&log, &RequestLog::oldestDropped);
        for (int i = 0; i < 5; ++i) {
            log.add(entry(QStringLiteral("Patient/%1").arg(i), "tokentokentoken"));
        }
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.droppedCount(), quint64(2));
        QCOMPARE(dropped.count(), 2);
        QCOMPARE(log.at(0).url.path(), QStringLiteral("/fhir/STU3/Patient/2"));
        QCOMPARE(log.at(2).id, quint64(5));
        log.setMaxEntries(1);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).url.path(), QStringLiteral("/fhir/STU3/Patient/4"));
    }

    void keepsTheBodiesUnderABudget()
    {
        RequestLog log;
        log.setMaxTotalBytes(40); // entry() keeps at most 16 bytes of each body
        for (int i = 0; i < 4; ++i) {
            log.add(entry(QStringLiteral("Observation/%1").arg(i), "tokentokentoken", QByteArray(16, 'x')));
        }
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.totalBytes(), 32);
        QCOMPARE(log.at(0).url.path(), QStringLiteral("/fhir/STU3/Observation/2"));
        log.clear();
        QCOMPARE(log.totalBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "TestRequestLog.moc"
