// The real ccri-sandbox program: what it prints on stdout, where the start banner and the request
// log share one stream (a terminal, a projector, a file a trainer keeps). Client secrets, including
// those from a user's --clients file, appear there only with --show-secrets.
#include "tests/support/TestPaths.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray fileSecret = "robot-secret-from-a-clients-file-0123456789";
}

class TestSandboxCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpDocumentsShowSecrets();
    void secretsHiddenByDefault();
    void secretsShownWhenAsked();

private:
    // Starts ccri-sandbox with the clients file, waits for its banner, gets a token as the file's
    // client (so the log has a line about it), stops it and returns all it printed on stdout.
    QByteArray run(const QStringList& extra);

    QTemporaryDir m_dir;
    QString m_clients;
};

void TestSandboxCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clients = m_dir.filePath(QStringLiteral("clients.json"));
    QFile file(m_clients);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"clients":[{"client_id":"robot","client_secret":")" + fileSecret
               + R"(","grant_types":["client_credentials"],"scope":"user/Patient.read"},
                  {"client_id":"robot-random","grant_types":["client_credentials"],"scope":"user/Patient.read"},
                  {"client_id":"ccri-explorer","public":true,"redirect_uris":["http://127.0.0.1/callback"]}]})");
}

QByteArray TestSandboxCommandLine::run(const QStringList& extra)
{
    QProcess sandbox;
    sandbox.start(ccri::test::TestPaths::executable(QStringLiteral("ccri-sandbox")),
                  QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--patients"),
                               QStringLiteral("1"), QStringLiteral("--clients"), m_clients}
                      + extra);
    QByteArray out;
    const auto read = [&] {
        out += sandbox.readAllStandardOutput();
        return out;
    };
    if (!QTest::qWaitFor([&] { return read().contains("Serving until stopped"); }, 30000)) {
        qWarning("no banner: %s %s", out.constData(), sandbox.readAllStandardError().constData());
        return out;
    }
    const QRegularExpressionMatch base
        = QRegularExpression(QStringLiteral("FHIR base: *(\\S+)")).match(QString::fromUtf8(out));
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.captured(1)).resolved(QUrl(QStringLiteral("/auth/token"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", "Basic " + QByteArray("robot:" + fileSecret).toBase64());
    QNetworkReply* reply = network.post(request, QByteArrayLiteral("grant_type=client_credentials"));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
        qWarning("the token request got no answer");
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        qWarning("the token request failed: %s", reply->readAll().constData());
    delete reply;
    if (!QTest::qWaitFor([&] { return read().contains("POST /auth/token"); }, 20000))
        qWarning("the token request was not logged");
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return read();
}

void TestSandboxCommandLine::helpDocumentsShowSecrets()
{
    QProcess sandbox;
    sandbox.start(ccri::test::TestPaths::executable(QStringLiteral("ccri-sandbox")), {QStringLiteral("--help")});
    QVERIFY(sandbox.waitForFinished(30000));
    QCOMPARE(sandbox.exitCode(), 0);
    QVERIFY(sandbox.readAllStandardOutput().contains("--show-secrets"));
}

void TestSandboxCommandLine::secretsHiddenByDefault()
{
    const QByteArray out = run({});
    QVERIFY2(out.contains("POST /auth/token 200"), out.constData()); // the file's secret worked
    QVERIFY2(!out.contains(fileSecret), "a secret from the --clients file was printed");
    // No confidential client's line carries a secret; the banner says how to see them.
    QVERIFY2(!QRegularExpression(QStringLiteral("robot(-random)? +secret (?!hidden)"))
                  .match(QString::fromUtf8(out))
                  .hasMatch(),
             out.constData());
    QVERIFY2(out.contains("secret hidden"), out.constData());
    QVERIFY2(out.contains("--show-secrets"), out.constData());
}

void TestSandboxCommandLine::secretsShownWhenAsked()
{
    const QByteArray out = run({QStringLiteral("--show-secrets")});
    QVERIFY2(QRegularExpression(QStringLiteral("robot +secret ") + QString::fromLatin1(fileSecret))
                 .match(QString::fromUtf8(out))
                 .hasMatch(),
             out.constData());
    // The one the sandbox made up for the client without a secret is printed too.
    QVERIFY2(
        QRegularExpression(QStringLiteral("robot-random +secret \\S{16,}")).match(QString::fromUtf8(out)).hasMatch(),
        out.constData());
    QVERIFY(!out.contains("secret hidden"));
    // The request log still never holds it: only the banner's line does.
    QCOMPARE(out.count(fileSecret), 1);
}

QTEST_GUILESS_MAIN(TestSandboxCommandLine)
#include "TestSandboxCommandLine.moc"
