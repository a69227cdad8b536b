// The hostile server itself, seen through a bare QNetworkAccessManager: each misbehaviour
// happens as the explorer's tests expect it to. Also pins down what Qt does on its own with a
// cross-host redirect, which is why the explorer's clients must set their own redirect policy.
#include "tests/hardening/HostileServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using ccri::test::HostileServer;

class HostileServerTest : public QObject
{
    Q_OBJECT

private slots:
    void servesWhatItIsTold()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/bad"), HostileServer::json("{\"resourceType\": \"Bund", 200));
        QNetworkAccessManager manager;
        QNetworkReply* reply = manager.get(QNetworkRequest(server.url(QStringLiteral("/bad"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->readAll(), QByteArray("{\"resourceType\": \"Bund"));
        QCOMPARE(server.requestsTo(QStringLiteral("/bad")).size(), 1);
        reply->deleteLater();
    }

    void closesMidBody()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/cut"), HostileServer::closeMidBody(QByteArray(1000, 'a')));
        QNetworkAccessManager manager;
        QNetworkReply* reply = manager.get(QNetworkRequest(server.url(QStringLiteral("/cut"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        reply->deleteLater();
    }

    void streamsHugeBodies()
    {
        HostileServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/huge"), HostileServer::huge(8 * 1024 * 1024));
        QNetworkAccessManager manager;
        QNetworkReply* reply = manager.get(QNetworkRequest(server.url(QStringLiteral("/huge"))));
        qint64 received = 0;
        connect(reply, &QNetworkReply::readyRead, this, [&] { received += reply->readAll().size(); });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        received += reply->readAll().size();
        QCOMPARE(received, qint64(8 * 1024 * 1024));
        reply->deleteLater();
    }

    // Qt 6.4's default redirect policy (NoLessSafeRedirectPolicy) follows a redirect to another
    // host and re-sends the request's raw headers, Authorization included. Any client of ours that
    // sends a token must therefore refuse cross-origin redirects itself (SameOriginRedirectPolicy
    // or UserVerifiedRedirectPolicy); the explorer's own tests check that it does.
    void qtDefaultFollowsCrossHostRedirects()
    {
        HostileServer target;
        QVERIFY(target.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        target.route(QStringLiteral("/stolen"), HostileServer::json("{}"));
        HostileServer server;
        QVERIFY(server.listen());
        server.route(QStringLiteral("/moved"), HostileServer::redirect(target.url(QStringLiteral("/stolen"))));

        QNetworkAccessManager manager;
        QNetworkRequest request(server.url(QStringLiteral("/moved")));
        request.setRawHeader("Authorization", "Bearer secret-token");
        QNetworkReply* reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(target.requestsTo(QStringLiteral("/stolen")).size(), 1);
        qInfo() << "Authorization forwarded across hosts by Qt's default policy:"
                << target.requestsTo(QStringLiteral("/stolen")).constFirst().headers.contains("authorization");
        reply->deleteLater();

        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
        QNetworkReply* refused = manager.get(request);
        QSignalSpy refusedFinished(refused, &QNetworkReply::finished);
        QVERIFY(refusedFinished.wait(5000));
        QCOMPARE(refused->error(), QNetworkReply::InsecureRedirectError);
        QCOMPARE(target.requestsTo(QStringLiteral("/stolen")).size(), 1);
        refused->deleteLater();
    }
};

QTEST_GUILESS_MAIN(HostileServerTest)
#include "HostileServerTest.moc"
