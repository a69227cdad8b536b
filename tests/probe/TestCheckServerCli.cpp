// ccri-explorer --check-server, run as a user would: the real binary without a display, against the
// sandbox in this process (exit 0) and a HostileServer with a defect (exit 1); usage errors exit 2.
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/probe/HostileSmartServer.h"
#include "tests/support/WindowlessRun.h"

#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCheckServerCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sandboxExitsZero();
    void sandboxJsonReport();
    void defectExitsOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    using Result = ccri::test::WindowlessRun::Result;
    // The servers live in this process: the event loop must run while the explorer asks them.
    Result run(const QStringList& arguments);
    std::unique_ptr<ccri::sandbox::SandboxServer> m_sandbox;
};

TestCheckServerCli::Result TestCheckServerCli::run(const QStringList& arguments)
{
    return ccri::test::WindowlessRun::explorer(arguments);
}

void TestCheckServerCli::initTestCase()
{
    m_sandbox = std::make_unique<ccri::sandbox::SandboxServer>(ccri::sandbox::SandboxOptions::ephemeral(3));
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestCheckServerCli::sandboxExitsZero()
{
    const Result result = run({QStringLiteral("--check-server"), m_sandbox->fhirBase().toString(),
                               QStringLiteral("--client-id"), QStringLiteral("ccri-explorer")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY(result.out.contains(QStringLiteral("0 failed")));
    QVERIFY(!result.out.contains(QStringLiteral("[FAIL]")));
}

void TestCheckServerCli::sandboxJsonReport()
{
    const Result result
        = run({QStringLiteral("--check-server"), m_sandbox->fhirBase().toString(), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
    QVERIFY(report.value(QStringLiteral("findings")).toArray().size() > 10);
    QCOMPARE(report.value(QStringLiteral("fhirBase")).toString(), m_sandbox->fhirBase().toString());
}

void TestCheckServerCli::defectExitsOne()
{
    HostileSmartServer hostile;
    QVERIFY(hostile.listen());
    hostile.requirePkce = false;
    hostile.serve();
    const Result result = run({QStringLiteral("--check-server"), hostile.fhirBase().toString(),
                               QStringLiteral("--client-id"), QStringLiteral("app"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonArray findings
        = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
    bool named = false;
    for (const QJsonValue& finding : findings) {
        const QJsonObject object = finding.toObject();
        if (object.value(QStringLiteral("id")).toString() == QLatin1String("pkce-required"))
            named = object.value(QStringLiteral("severity")).toString() == QLatin1String("fail");
    }
    QVERIFY2(named, qPrintable(result.out));
}

void TestCheckServerCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no URL") << QStringList {QStringLiteral("--check-server")};
    QTest::newRow("not http") << QStringList {QStringLiteral("--check-server"),
                                              QStringLiteral("ftp://example.org/fhir")};
    QTest::newRow("with --sandbox") << QStringList {
        QStringLiteral("--check-server"), QStringLiteral("https://example.org/fhir"), QStringLiteral("--sandbox")};
    QTest::newRow("redirect without client")
        << QStringList {QStringLiteral("--check-server"), QStringLiteral("https://example.org/fhir"),
                        QStringLiteral("--redirect-uri"), QStringLiteral("http://127.0.0.1/callback")};
    QTest::newRow("with --explain-scopes")
        << QStringList {QStringLiteral("--explain-scopes"), QStringLiteral("openid"), QStringLiteral("--check-server"),
                        QStringLiteral("https://example.org/fhir")};
}

void TestCheckServerCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCheckServerCli)
#include "TestCheckServerCli.moc"
