// A classroom against the sandbox, over loopback: 50 trainees sign in at once (authorize, login,
// consent, token — no browser), each makes 20 searches and reads, then revokes its token while
// others are still browsing. Zero errors, no crossed or lost session: every answer is what that
// trainee's granted scopes allow. Then a revoke storm: 30 sessions' tokens (access and refresh,
// some twice) revoked in one burst while 20 other trainees keep browsing. And a sign-in storm: 50
// trainees sign in at once (their passwords checked off the serving thread) while 4 others read
// Observation pages without pause: every answer right, every trainee signed in. Correctness only; the
// timings go to docs/performance.md from bench/load (ccri-bench-classroom). The sandbox serves on two
// threads (SandboxOptions::serveThreads), so every flow crosses between them.
#include "sandbox/server/InProcessSandbox.h"
#include "tests/hardening/Classroom.h"
#include "tests/hardening/RevokeStorm.h"
#include "tests/hardening/SignInStorm.h"

#include <QSignalSpy>
#include <QtTest>

using ccri::sandbox::InProcessSandbox;
using ccri::test::Classroom;
using ccri::test::RevokeStorm;
using ccri::test::SignInStorm;

class SandboxLoadTest : public QObject
{
    Q_OBJECT

    // One sandbox for the whole class, as in a training room.
    InProcessSandbox m_sandbox;
    std::optional<ccri::ScopePolicy> m_policy;

private slots:
    void initTestCase()
    {
        QSignalSpy ready(&m_sandbox, &InProcessSandbox::ready);
        // Two serving threads, as ccri-sandbox runs on this machine: trainees' connections land on
        // either; sign-ins run on the auth thread, revocations are seen on both at once.
        ccri::sandbox::SandboxOptions options = ccri::sandbox::SandboxOptions::ephemeral(20);
        options.serveThreads = 2;
        m_sandbox.start(options);
        QVERIFY(ready.wait(60000));
        m_policy = ccri::ScopePolicy::load(QStringLiteral("ccri"));
        QVERIFY(m_policy);
    }

    void fiftyTraineesAtOnce()
    {
        Classroom classroom(m_sandbox.fhirBase(), *m_policy, Classroom::Options {50, 20});
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

    void revokeStormWhileOthersBrowse()
    {
        RevokeStorm storm(m_sandbox.fhirBase(), *m_policy, RevokeStorm::Options {20, 30, 10});
        storm.start();
        QTRY_VERIFY_WITH_TIMEOUT(storm.isFinished(), 240000);
        const RevokeStorm::Result& result = storm.result();
        for (const QString& error : result.errors)
            qWarning().noquote() << error;
        QCOMPARE(result.errors.size(), 0);
        QCOMPARE(result.signedIn, 50);
        QCOMPARE(result.revocations, storm.revocationsDue()); // 30, and 10 of them twice
        QVERIFY2(result.browsingDuringStorm > 0, "no browsing overlapped the storm");
        QVERIFY(m_sandbox.isRunning());
        qInfo("revoke storm: %d revocations at once, %d browser answers during it, %d FHIR answers in all",
              result.revocations, result.browsingDuringStorm, result.requests);
    }

    void signInStormWhileFhirAnswers()
    {
        SignInStorm storm(m_sandbox.fhirBase(), *m_policy, SignInStorm::Options {50, 4, 100});
        QSignalSpy finished(&storm, &SignInStorm::finished);
        storm.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 240000);
        const SignInStorm::Result& result = storm.result();
        for (const QString& error : result.errors)
            qWarning().noquote() << error;
        QCOMPARE(result.errors.size(), 0);
        QCOMPARE(result.signedIn, 50);
        QVERIFY(result.aloneMicroseconds.size() >= 100);
        QVERIFY2(!result.stormMicroseconds.isEmpty(), "no FHIR request was sent during the storm");
        QVERIFY(m_sandbox.isRunning());
        qInfo("sign-in storm: 50 signed in; %lld FHIR answers alone, %lld during the storm",
              qlonglong(result.aloneMicroseconds.size()), qlonglong(result.stormMicroseconds.size()));
    }
};

QTEST_GUILESS_MAIN(SandboxLoadTest)
#include "SandboxLoadTest.moc"
