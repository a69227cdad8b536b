#include "RequestLog.h"

#include <QSignalSpy>
#include <QTest>

using namespace ccri::fhir;

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
