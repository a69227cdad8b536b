// A profile's extra request headers (net::ExtraHeaders): parsed and refused in words, `{uuid}`
// fresh per request, applied by the explorer's network manager to a real request over loopback and
// shown in the request log and its curl line; Authorization can never be set or overridden this way.
#include "app/auth/ServerProfile.h"
#include "app/net/ExtraHeaders.h"
#include "app/net/LoggingNetworkAccessManager.h"
#include "app/net/NetworkRequest.h"
#include "app/net/RequestLog.h"
#include "tests/hardening/HostileServer.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using ccri::net::ExtraHeaders;

class TestExtraHeaders : public QObject
{
    Q_OBJECT

private slots:
    void parsesTemplates()
    {
        const auto headers = ExtraHeaders::parse(
            {QStringLiteral("X-Request-ID: {uuid}"), QString(), QStringLiteral("  X-Correlation-ID : abc-123 ")});
        QVERIFY(headers);
        QCOMPARE(headers->lines(),
                 QStringList({QStringLiteral("X-Request-ID: {uuid}"), QStringLiteral("X-Correlation-ID: abc-123")}));
        const auto first = headers->expand();
        const auto second = headers->expand();
        QVERIFY(!QUuid::fromString(QString::fromLatin1(first.at(0).second)).isNull());
        QVERIFY(first.at(0).second != second.at(0).second); // a fresh UUID per request
        QCOMPARE(first.at(1).second, QByteArray("abc-123"));
    }

    void refusesInWords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Authorization") << "Authorization: Bearer x"
                                       << "Authorization";
        QTest::newRow("authorization, lower case") << "authorization: Basic eA=="
                                                   << "authorization";
        QTest::newRow("Cookie") << "Cookie: a=b"
                                << "Cookie";
        QTest::newRow("no colon") << "X-Request-ID"
                                  << "Name: value";
        QTest::newRow("bad name") << "X Request: 1"
                                  << "Name: value";
        QTest::newRow("no value") << "X-Request-ID:"
                                  << "value";
    }

    void refusesInWords()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ExtraHeaders::parse({line}, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        // A profile with such a line cannot be saved either.
        ccri::auth::ServerProfile profile;
        profile.displayName = QStringLiteral("NHS");
        profile.fhirBase = QUrl(QStringLiteral("https://example.org/fhir/R4"));
        profile.clientId = QStringLiteral("app");
        profile.redirectUri = QUrl(QStringLiteral("http://127.0.0.1/callback"));
        QVERIFY(profile.isValid());
        profile.extraHeaders = {line};
        QVERIFY(!profile.isValid(&error));
    }

    void sentLoggedAndInCurl()
    {
        ccri::test::HostileServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/fhir/metadata"), ccri::test::HostileServer::json("{}"));
        ccri::net::RequestLog log;
        ccri::net::LoggingNetworkAccessManager network;
        network.setLog(&log);
        const auto headers = ExtraHeaders::parse(
            {QStringLiteral("X-Request-ID: {uuid}"), QStringLiteral("X-Correlation-ID: training-1")});
        network.setExtraHeaders([headers] { return *headers; });
        for (int i = 0; i < 2; ++i) {
            QNetworkReply* reply = ccri::net::NetworkRequest(server.url(QStringLiteral("/fhir/metadata")))
                                       .bearer(QStringLiteral("secret-token"))
                                       .send(&network);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
            reply->deleteLater();
        }
        const auto requests = server.requestsTo(QStringLiteral("/fhir/metadata"));
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).headers.value("x-correlation-id"), QByteArray("training-1"));
        QVERIFY(!requests.at(0).headers.value("x-request-id").isEmpty());
        QVERIFY(requests.at(0).headers.value("x-request-id") != requests.at(1).headers.value("x-request-id"));
        QCOMPARE(requests.at(0).headers.value("authorization"), QByteArray("Bearer secret-token"));
        QCOMPARE(log.size(), 2);
        const QString curl = log.at(0).curlCommand();
        QVERIFY2(curl.contains(QStringLiteral("X-Correlation-ID: training-1")), qPrintable(curl));
        QVERIFY2(curl.contains(QStringLiteral("X-Request-ID: ")), qPrintable(curl));
        QVERIFY(!curl.contains(QStringLiteral("secret-token")));
    }

    void neverOverridesAuthorization()
    {
        // Even a template that slipped past parse() could not replace the request's credentials.
        QNetworkRequest request = ccri::net::NetworkRequest(QUrl(QStringLiteral("https://example.org/")))
                                      .bearer(QStringLiteral("token"))
                                      .build();
        QVERIFY(ExtraHeaders::isReserved("AUTHORIZATION"));
        ExtraHeaders().applyTo(request);
        QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer token"));
    }
};

QTEST_GUILESS_MAIN(TestExtraHeaders)
#include "TestExtraHeaders.moc"
