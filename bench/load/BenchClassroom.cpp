// ccri-bench-classroom [TRAINEES] [REQUESTS_EACH] [ROUNDS] [THREADS] [STORM_NICE]
// Starts an in-process sandbox (20 generated patients) and runs ROUNDS classrooms of TRAINEES
// trainees, one after the other, then prints sign-in and request latency percentiles over all
// rounds, throughput and errors, as a Markdown table row for docs/performance.md. Then a sign-in
// storm (SignInStorm): 4 readers read Observation pages alone (1,000 answers, so that the p99 is not
// the 4th-slowest of a few hundred), then while TRAINEES trainees sign in
// at once; printed as "FHIR p99 during sign-in storm / alone: N.Nx". Every answer is checked.
// THREADS: the sandbox's serving threads (default: the cores, as ccri-sandbox serves a class; 1 is the
// explorer's in-process sandbox).
// STORM_NICE: the storm trainees' thread's nice value (default 19: they stand in for browsers on the
// trainees' own machines; 0 gives them the benchmark's own priority, as before).
#include "sandbox/server/InProcessSandbox.h"
#include "tests/hardening/Classroom.h"
#include "tests/hardening/SignInStorm.h"

#include <algorithm>
#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using ccri::sandbox::InProcessSandbox;
using ccri::test::Classroom;
using ccri::test::SignInStorm;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int trainees = arguments.value(1, QStringLiteral("50")).toInt();
    const int requestsEach = arguments.value(2, QStringLiteral("20")).toInt();
    const int rounds = arguments.value(3, QStringLiteral("3")).toInt();
    // The sandbox's serving threads: by default as ccri-sandbox runs for a class (--threads: the
    // cores); 1 is the explorer's in-process sandbox, where one user signs in.
    const int threads
        = std::max(1, arguments.value(4, QString::number(std::max(1, QThread::idealThreadCount()))).toInt());
    // The storm trainees' nice value (Linux): in a classroom each browser runs on its trainee's own
    // machine; here their page parsing would take the sandbox's cores. 19 (the default) lets them
    // run only where neither the sandbox nor the readers want the core; 0 runs them as before.
    const int traineeNice = arguments.value(5, QStringLiteral("19")).toInt();
    QTextStream out(stdout);

    const auto policy = ccri::ScopePolicy::load(QStringLiteral("ccri"));
    InProcessSandbox sandbox;
    QList<qint64> signIns;
    QList<qint64> requests;
    qint64 wall = 0;
    int requestCount = 0;
    int errors = 0;
    int round = 0;
    std::function<void()> next;
    next = [&] {
        if (round++ == rounds) {
            const auto p = [](const QList<qint64>& values, double f) { return Classroom::percentile(values, f); };
            out << "| " << trainees << " × " << requestsEach << " | " << rounds << " | " << p(signIns, 0.5) << " / "
                << p(signIns, 0.99) << " ms | " << p(requests, 0.5) << " / " << p(requests, 0.99) << " ms | "
                << qRound(double(requestCount) * 1000.0 / double(qMax<qint64>(1, wall))) << " req/s | " << errors
                << " |\n";
            out.flush();
            auto* storm = new SignInStorm(sandbox.fhirBase(), *policy,
                                          SignInStorm::Options {trainees, 4, 1000, traineeNice}, &app);
            QObject::connect(storm, &SignInStorm::finished, &app, [&, storm] {
                const SignInStorm::Result& result = storm->result();
                const auto p = [](const QList<qint64>& values, double f) { return Classroom::percentile(values, f); };
                const auto ms = [&p](const QList<qint64>& micros, double f) {
                    return QString::number(double(p(micros, f)) / 1000.0, 'f', 1);
                };
                const qint64 alone = p(result.aloneMicroseconds, 0.99);
                const qint64 during = p(result.stormMicroseconds, 0.99);
                for (const QString& error : result.errors)
                    out << "error: " << error << "\n";
                out << "\nSign-in storm: " << result.signedIn << " of " << trainees
                    << " trainees signed in at once (p50 / p99 " << p(result.signInMilliseconds, 0.5) << " / "
                    << p(result.signInMilliseconds, 0.99) << " ms) while 4 readers read " << SignInStorm::readPath()
                    << ": FHIR p50 / p99 alone " << ms(result.aloneMicroseconds, 0.5) << " / "
                    << ms(result.aloneMicroseconds, 0.99) << " ms (" << result.aloneMicroseconds.size()
                    << " answers), during the storm " << ms(result.stormMicroseconds, 0.5) << " / "
                    << ms(result.stormMicroseconds, 0.99) << " ms (" << result.stormMicroseconds.size()
                    << " answers), errors " << result.errors.size() << "\n";
                out << "FHIR p99 during sign-in storm / alone: "
                    << QString::number(double(qMax<qint64>(1, during)) / double(qMax<qint64>(1, alone)), 'f', 1)
                    << "x\n";
                out.flush();
                storm->deleteLater();
                sandbox.stop();
                app.exit(errors + int(result.errors.size()) > 0 ? 1 : 0);
            });
            storm->start();
            return;
        }
        auto* classroom = new Classroom(sandbox.fhirBase(), *policy, Classroom::Options {trainees, requestsEach}, &app);
        QObject::connect(classroom, &Classroom::finished, &app, [&, classroom] {
            const Classroom::Result& result = classroom->result();
            signIns += result.signInMilliseconds;
            requests += result.requestMilliseconds;
            wall += result.wallMilliseconds;
            requestCount += result.requests;
            errors += int(result.errors.size());
            for (const QString& error : result.errors)
                out << "error: " << error << "\n";
            classroom->deleteLater();
            next();
        });
        classroom->start();
    };
    QObject::connect(&sandbox, &InProcessSandbox::ready, &app, [&] { next(); });
    QObject::connect(&sandbox, &InProcessSandbox::failed, &app, [&](const QString& message) {
        out << message << "\n";
        app.exit(1);
    });
    ccri::sandbox::SandboxOptions options = ccri::sandbox::SandboxOptions::ephemeral(20);
    options.serveThreads = threads;
    sandbox.start(options);
    out << "| trainees × requests | rounds | sign-in p50 / p99 | request p50 / p99 | throughput | errors |\n"
           "|---|---|---|---|---|---|\n";
    return app.exec();
}
