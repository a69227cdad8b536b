// A classroom against the sandbox, over loopback: 50 trainees sign in at once (authorize, login,
// consent, token — no browser), each makes 20 searches and reads, then revokes its token while
// others are still browsing. Zero errors, no crossed or lost session: every answer is what that
// trainee's granted scopes allow. Correctness only; the timings go to docs/performance.md from
// bench/load (ccri-bench-classroom).
#include "Classroom.h"
#include "server/InProcessSandbox.h"

#include <QSignalSpy>
#include <QtTest>

using ccri::sandbox::InProcessSandbox;
using ccri::test::Classroom;

class SandboxLoadTest : public QObject
{
    Q_OBJECT

private slots:
    void fiftyTraineesAtOnce()
    {
        InProcessSandbox sandbox;
        QSignalSpy ready(&sandbox, &InProcessSandbox::ready);
        sandbox.start(ccri::sandbox::SandboxOptions::ephemeral(20));
        QVERIFY(ready.wait(60000));
        const auto policy = ccri::ScopePolicy::load(QStringLiteral("ccri"));
        QVERIFY(policy);

        Classroom classroom(sandbox.fhirBase(), *policy, Classroom::Options {50, 20});
        classroom.start();
        QTRY_VERIFY_WITH_TIMEOUT(classroom.isFinished(), 240000);
        const Classroom::Result& result = classroom.result();
        for (const QString& error : result.errors)
            qWarning().noquote() << error;
        QCOMPARE(result.errors.size(), 0);
        QCOMPARE(result.signedIn, 50);
        QCOMPARE(result.requests, 50 * 21); // 20 each, and one more with the revoked token
        qInfo("50 trainees: %lld ms in all; sign-in p50 %lld ms p99 %lld ms; request p50 %lld ms p99 %lld ms",
              result.wallMilliseconds, Classroom::percentile(result.signInMilliseconds, 0.5),
              Classroom::percentile(result.signInMilliseconds, 0.99),
              Classroom::percentile(result.requestMilliseconds, 0.5),
              Classroom::percentile(result.requestMilliseconds, 0.99));
    }
};

QTEST_GUILESS_MAIN(SandboxLoadTest)
#include "SandboxLoadTest.moc"
