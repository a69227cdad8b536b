// Usage: BenchSignIn [rounds=10] [user=clinician]   (needs a display or QT_QPA_PLATFORM=offscreen;
// with a Secret Service keyring the tokens go there, as in the product; without one, memory only)
//
// Sign-in click to tabs, against the in-process sandbox (InProcessSandbox, its own thread), through
// the composition root the tests use (ScratchShell builds ExplorerShell). Timed per round, from
// AccountController::signIn() (the click) until the session is kept, the tabs its scopes allow are
// open, the CapabilityStatement is read (CapabilityView::loaded) and the window has been painted
// with the tabs open (the end of its first repaint after they opened): discovery, authorization
// request with PKCE, the login and consent forms (posted by this program, no WebEngine: the
// profile uses the system-browser mode, whose "browser" is a SimulatedTrainee posting the forms
// and then a plain GET of the redirect to the explorer's loopback listener, RFC 8252 §7.3),
// token exchange, ID token checked against the JWKS, keychain, tabs, and the CapabilityStatement
// shown (the one discovery read: the explorer asks for it once per sign-in). The window has the
// layout of the explorer's first start (ExplorerShell::start: the Session dock only; the token
// inspector, request log, capabilities and scope preview are in View); BENCH_ALL_DOCKS=1 shows them all.
//
// Beside it, in the same run and interleaved round by round: the same protocol requests made bare
// with QNetworkAccessManager, one after the other, so their total is the sum of the requests'
// times: SimulatedTrainee::signIn (smart-configuration, authorize, login, consent, token), then
// GET metadata and GET jwks (which the explorer's discovery and ID-token check read). Those are the
// requests a conforming client needs to sign in, check the ID token and know what the server offers.
// Not in the bare sum: the browser's GET of the redirect to the explorer's loopback listener (the
// explorer's side of it is the explorer's work). Every answer is checked, and the explorer's own
// requests are listed (from its request log) so that both sides are seen to make the same ones;
// nothing here asserts a time.
//
// The simulated browser (both sides' SimulatedTrainee and the browser's GET of the redirect) runs
// on a thread of its own, as a real system browser is another process: the explorer's GUI thread
// then does only the explorer's work. The bare side's sign-in runs there too (the same code, on the
// same kind of thread). BENCH_BROWSER_ON_GUI_THREAD=1 runs them on the GUI thread, as the bench did
// before (the form parsing then shares the explorer's thread).
//
// Two ends, both printed. The goal's (issue 13: "discovery, authorize, login and consent, token,
// CapabilityStatement, tabs set"): the session kept, its tabs open and the statement read
// (CapabilityView::loaded), whichever came last; its ratio is the one against the target. And,
// beyond it, the window painted with the tabs open (what the user sees: the software paint and the
// flush to the X server, 3-4 ms here). The bare GETs are timed to their finished() signal.
// BENCH_TRACE=1 prints each round's steps, with the browser's and the bare sign-in's answers on their own
// clocks (SimulatedTrainee::timeline); BENCH_EVENTS=1 each GUI event's time
// (EventTimingApplication); BENCH_SERVER_PROFILE=1 signs in with a server profile, whose session is
// kept in the keychain, instead of the in-process sandbox's (memory only).
#include "app/auth/ProfileStore.h"
#include "app/auth/ServerProfile.h"
#include "app/auth/Session.h"
#include "app/net/RequestLog.h"
#include "app/net/RequestLogEntry.h"
#include "bench/signin/EventTimingApplication.h"
#include "sandbox/server/InProcessSandbox.h"
#include "sandbox/server/SandboxOptions.h"
#include "tests/hardening/SimulatedTrainee.h"
#include "tests/support/ScratchShell.h"
#include "ui/browser/CapabilityView.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/shell/ExplorerShell.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/SignInController.h"

#include <algorithm>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <time.h>
#include <vector>

using namespace ccri;

namespace {

// Runs the event loop until done() holds (checked on every wake-up of a 1 ms timer) or the time is up.
bool runUntil(const std::function<bool()>& done, int timeoutMs = 30000)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    poll.start();
    loop.exec();
    return done();
}

QStringList openTabs(MainWindow* window)
{
    QStringList open;
    ResourceTabs* tabs = window->resourceTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->isTabEnabled(tabs->resourceTypeAt(i))) {
            open << tabs->resourceTypeAt(i);
        }
    }
    return open;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString span(const std::vector<double>& values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return QStringLiteral("%1–%2").arg(*low, 0, 'f', 1).arg(*high, 0, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    bench::EventTimingApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("CareConnect Explorer Bench"));
    const QStringList args = app.arguments();
    const int rounds = std::max(1, args.size() > 1 ? args.at(1).toInt() : 10);
    const QString user = args.size() > 2 ? args.at(2) : QStringLiteral("clinician");
    QTextStream out(stdout);
    const auto fail = [&out](const QString& why) {
        out << "FAILED: " << why << "\n";
        out.flush();
        return 1;
    };

    sandbox::InProcessSandbox sandbox;
    QString sandboxError;
    QObject::connect(&sandbox, &sandbox::InProcessSandbox::failed, &app,
                     [&sandboxError](const QString& message) { sandboxError = message; });
    sandbox.start(sandbox::SandboxOptions::ephemeral(5));
    if (!runUntil([&] { return sandbox.isRunning() || !sandboxError.isEmpty(); })) {
        return fail(QStringLiteral("the in-process sandbox did not start"));
    }
    if (!sandboxError.isEmpty()) {
        return fail(sandboxError);
    }
    const QUrl fhirBase = sandbox.fhirBase();

    QTemporaryDir home;
    std::unique_ptr<ExplorerShell> shell
        = test::ScratchShell::build(home.filePath(QStringLiteral("bench.ini")),
                                    QStringLiteral("ccri-bench-signin-%1").arg(QCoreApplication::applicationPid()));
    AccountController* account = shell->account();
    MainWindow* window = shell->window();
    if (!qEnvironmentVariableIsSet("BENCH_ALL_DOCKS"))
        window->restoreLayout(shell->settings(), {QStringLiteral("sessionDock")});
    window->show();
    // BENCH_SERVER_PROFILE=1: a server profile (as for a classroom sandbox or the CCRI), whose sessions
    // are kept in the keychain; the default is the explorer's own in-process sandbox (memory only).
    if (qEnvironmentVariableIsSet("BENCH_SERVER_PROFILE"))
        account->useServer(fhirBase, QStringLiteral("ccri-explorer"));
    else
        account->useSandbox(fhirBase);
    auth::ServerProfile profile = account->currentProfile();
    profile.signInMode = auth::ServerProfile::SignInMode::SystemBrowser;
    profile.redirectUri = auth::ServerProfile::defaultRedirectUri(profile.signInMode);
    account->profiles()->save(profile);
    account->selectProfile(profile.id);
    auto* capability = window->findChild<CapabilityView*>();
    if (!capability) {
        return fail(QStringLiteral("no CapabilityView in the main window"));
    }

    // The simulated browser's thread (a real system browser is another process); with
    // BENCH_BROWSER_ON_GUI_THREAD=1, the GUI thread. browserHome lives there: work for the browser is
    // queued to it, and the browser's objects are made there (their network managers with them).
    const bool browserOnGui = qEnvironmentVariableIsSet("BENCH_BROWSER_ON_GUI_THREAD");
    QThread browserThread;
    browserThread.setObjectName(QStringLiteral("simulated browser"));
    auto* browserHome = new QObject;
    if (!browserOnGui) {
        browserHome->moveToThread(&browserThread);
        QObject::connect(&browserThread, &QThread::finished, browserHome, &QObject::deleteLater);
        browserThread.start();
    }
    // However this ends (a failed round returns at once): the browser's thread stopped, and its
    // objects (all children of browserHome) deleted, before the thread object goes.
    const auto stopBrowser = qScopeGuard([&] {
        if (browserOnGui) {
            delete browserHome;
        } else {
            browserThread.quit(); // browserHome goes when its thread ends (deleteLater above)
            browserThread.wait();
        }
    });
    const auto onBrowserThread = [&](const std::function<void()>& work) {
        if (browserOnGui)
            work();
        else
            QMetaObject::invokeMethod(browserHome, work, Qt::QueuedConnection);
    };
    // Made on the browser's thread (outside the timed part: this waits for it).
    const auto makeTrainee = [&](const QString& scope) {
        test::SimulatedTrainee* trainee = nullptr;
        const auto make = [&] { trainee = new test::SimulatedTrainee(fhirBase, user, scope, browserHome); };
        if (browserOnGui)
            make();
        else
            QMetaObject::invokeMethod(browserHome, make, Qt::BlockingQueuedConnection);
        return trainee;
    };

    // The system browser: posts the sandbox's forms, then opens the redirect (the explorer's listener).
    // A fresh one each round (no sandbox cookie: the login form is posted every time).
    test::SimulatedTrainee* browser = nullptr;
    QNetworkAccessManager* browserNetwork = nullptr; // on the browser's thread
    if (browserOnGui)
        browserNetwork = new QNetworkAccessManager(browserHome);
    else
        QMetaObject::invokeMethod(
            browserHome, [&] { browserNetwork = new QNetworkAccessManager(browserHome); },
            Qt::BlockingQueuedConnection);
    QString redirectUri;
    QString failure;
    account->signInController()->setExternalBrowser([&](const QUrl& url) {
        redirectUri = QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        onBrowserThread([trainee = browser, url, uri = redirectUri] { trainee->authorizeAt(url, uri); });
        return true;
    });
    QObject::connect(account, &AccountController::signInFailed, &app, [&](const QString& why) { failure = why; });
    // A new QNetworkAccessManager's first request pays for its set-up and a connection: each
    // round's fresh browser and bare client make one untimed GET of the CapabilityStatement first.
    const auto warmUp = [&](test::SimulatedTrainee* trainee) {
        bool answered = false;
        const auto connection = QObject::connect(trainee, &test::SimulatedTrainee::replied, &app,
                                                 [&](const test::SimulatedTrainee::Exchange&) { answered = true; });
        onBrowserThread([trainee] { trainee->get(QStringLiteral("metadata")); });
        const bool ok = runUntil([&] { return answered; });
        QObject::disconnect(connection);
        return ok;
    };
    bool capabilityLoaded = false;
    bool capabilityOk = false;
    QElapsedTimer clickClock;
    bool measuring = false;
    qint64 statementNs = -1; // the statement read, from the click
    QObject::connect(capability, &CapabilityView::loaded, &app, [&](bool ok) {
        capabilityLoaded = true;
        capabilityOk = ok;
        if (measuring && statementNs < 0)
            statementNs = clickClock.nsecsElapsed();
    });

    // BENCH_TRACE=1: when each step of the sign-in came, per round (for finding what costs).
    const bool trace = qEnvironmentVariableIsSet("BENCH_TRACE");
    const bool timeEvents = qEnvironmentVariableIsSet("BENCH_EVENTS"); // each GUI event's time, per round
    QElapsedTimer roundClock;
    double roundCpuStart = 0;
    QStringList steps;
    const auto note = [&](const QString& what) {
        if (trace) {
            timespec cpu {};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
            const double cpuMs = double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6 - roundCpuStart;
            steps << QStringLiteral("%1 (gui cpu %2) %3")
                         .arg(double(roundClock.nsecsElapsed()) / 1e6, 0, 'f', 1)
                         .arg(cpuMs, 0, 'f', 1)
                         .arg(what);
        }
    };
    QObject::connect(account->signInController(), &SignInController::progress, &app,
                     [&](const QString& message) { note(message); });
    QObject::connect(account, &AccountController::sessionChanged, &app, [&](auth::Session* session) {
        note(session ? QStringLiteral("session") : QStringLiteral("no session"));
    });
    QObject::connect(capability, &CapabilityView::loaded, &app,
                     [&](bool) { note(QStringLiteral("capability loaded")); });

    // The end of a round: the session kept, the tabs its scopes allow open, the statement in the
    // capability view, and the window painted with those tabs open (what the user sees). The window
    // paints on its UpdateRequest (QWidgetRepaintManager); the filter handles that event itself so that
    // the time after the paint and flush can be taken.
    struct PaintWatch : QObject
    {
        std::function<void()> painted;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() != QEvent::UpdateRequest || !painted)
                return false;
            watched->event(event);
            painted();
            return true;
        }
    } paintWatch;
    window->installEventFilter(&paintWatch);
    bool paintedOpen = false;
    qint64 endNs = -1;
    // Before the paint: the session kept and its tabs open (AccountController sets the tabs before it
    // says sessionChanged).
    qint64 tabsSetNs = -1;
    const auto checkTabsSet = [&] {
        if (measuring && tabsSetNs < 0 && account->session() && !openTabs(window).isEmpty())
            tabsSetNs = clickClock.nsecsElapsed();
    };
    const auto checkEnd = [&] {
        checkTabsSet();
        if (measuring && endNs < 0 && paintedOpen && capabilityLoaded && account->session())
            endNs = clickClock.nsecsElapsed();
    };
    QObject::connect(account, &AccountController::sessionChanged, &app, [&](auth::Session*) { checkTabsSet(); });
    paintWatch.painted = [&] {
        if (!measuring || paintedOpen || !account->session() || openTabs(window).isEmpty())
            return;
        paintedOpen = true;
        note(QStringLiteral("painted with the tabs open"));
        checkEnd();
    };
    QObject::connect(capability, &CapabilityView::loaded, &app, [&](bool) { checkEnd(); });

    // The explorer's own requests in a round, from its request log (sign-in exchanges included).
    QStringList explorerRequests;
    QStringList roundRequests; // the last round's, from the click to the tabs
    if (ResourceBrowser* browserPart = shell->browser()) {
        net::RequestLog* log = browserPart->requestLog();
        QObject::connect(log, &net::RequestLog::added, &app, [&, log](int index) {
            const net::RequestLogEntry& entry = log->at(index);
            explorerRequests << QStringLiteral("%1 %2").arg(QString::fromLatin1(entry.method), entry.url.path());
            note(QStringLiteral("answered %1 %2 (%3 ms)")
                     .arg(QString::fromLatin1(entry.method), entry.url.path())
                     .arg(entry.elapsedMs));
        });
    }

    QNetworkAccessManager bareNetwork; // warmed by one untimed GET
    {
        QNetworkReply* reply = bareNetwork.get(QNetworkRequest(fhirBase.resolved(QUrl(QStringLiteral("/auth/jwks")))));
        runUntil([reply] { return reply->isFinished(); });
        reply->deleteLater();
    }
    std::vector<double> explorerMs;
    std::vector<double> tabsSetMs;
    std::vector<double> statementMs;
    std::vector<double> tabsAndStatementMs; // whichever of the two came last
    std::vector<double> bareMs;
    std::vector<double> bareSignInMs;
    std::vector<double> bareMetadataMs;
    QStringList tabsSeen;
    for (int round = 0; round < rounds; ++round) {
        // The explorer: click to tabs.
        if (!openTabs(window).isEmpty()) {
            return fail(QStringLiteral("tabs open before signing in: %1").arg(openTabs(window).join(u' ')));
        }
        capabilityLoaded = false;
        capabilityOk = false;
        if (browser)
            browser->deleteLater();
        browser = makeTrainee(QString());
        // On the browser's thread (the context is the browser itself).
        QObject::connect(browser, &test::SimulatedTrainee::redirectReached, browser,
                         [browserNetwork](const QUrl& redirect) {
                             QNetworkReply* reply = browserNetwork->get(QNetworkRequest(redirect));
                             QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
                         });
        QObject::connect(browser, &test::SimulatedTrainee::failed, &app, [&](const QString& why) { failure = why; });
        if (!warmUp(browser)) {
            return fail(QStringLiteral("the browser's warm-up GET got no answer"));
        }
        QObject::connect(browser, &test::SimulatedTrainee::redirectReached, &app,
                         [&](const QUrl&) { note(QStringLiteral("browser at the redirect")); });
        steps.clear();
        explorerRequests.clear();
        roundClock.start();
        {
            timespec cpu {};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
            roundCpuStart = double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6;
        }
        paintedOpen = false;
        endNs = -1;
        tabsSetNs = -1;
        statementNs = -1;
        measuring = true;
        clickClock.start();
        if (timeEvents)
            app.start(&clickClock);
        account->signIn();
        note(QStringLiteral("the click handled"));
        const bool signedIn = runUntil([&] { return !failure.isEmpty() || endNs >= 0; });
        measuring = false;
        if (timeEvents)
            out << "events, round " << round + 1 << ":\n  " << app.stop().join(QStringLiteral("\n  ")) << "\n";
        const double elapsed = double(endNs) / 1e6;
        const double tabsSet = double(tabsSetNs) / 1e6;
        if (!signedIn || !failure.isEmpty()) {
            return fail(QStringLiteral("explorer sign-in, round %1: %2").arg(round + 1).arg(failure));
        }
        if (!capabilityOk || !capability->summary()) {
            return fail(QStringLiteral("the CapabilityStatement was not read"));
        }
        tabsSeen = openTabs(window);
        if (!tabsSeen.contains(QStringLiteral("Patient"))) {
            return fail(QStringLiteral("the Patient tab is shut: %1").arg(tabsSeen.join(u' ')));
        }
        const auto metadataGets = explorerRequests.filter(QStringLiteral("/metadata")).size();
        if (metadataGets != 1) {
            return fail(QStringLiteral("the explorer asked for the CapabilityStatement %1 times: %2")
                            .arg(metadataGets)
                            .arg(explorerRequests.join(QStringLiteral(", "))));
        }
        roundRequests = explorerRequests;
        explorerMs.push_back(elapsed);
        if (tabsSetNs < 0 || tabsSetNs > endNs)
            return fail(QStringLiteral("round %1: the tabs were not set before the paint").arg(round + 1));
        tabsSetMs.push_back(tabsSet);
        statementMs.push_back(double(statementNs) / 1e6);
        tabsAndStatementMs.push_back(double(std::max(tabsSetNs, statementNs)) / 1e6);
        if (trace) {
            out << "round " << round + 1 << ": " << steps.join(QStringLiteral(" | ")) << " | done " << elapsed << "\n";
            // The browser's own clock starts when it is handed the authorization URL.
            out << "  its browser: " << browser->timeline().join(QStringLiteral(" | ")) << "\n";
        }

        // Signed out before the bare round, and quiet (revocation answered) before the next click.
        account->signOut();
        if (!runUntil([&] { return !account->session() && openTabs(window).isEmpty(); })) {
            return fail(QStringLiteral("sign-out did not shut the tabs"));
        }
        QElapsedTimer settle;
        settle.start();
        runUntil([&] { return settle.elapsed() >= 200; });

        // Bare: the same requests with a plain QNetworkAccessManager, one after the other (the
        // sign-in on the browser's thread, as the explorer's browser part is).
        test::SimulatedTrainee* bare = makeTrainee(profile.scopes);
        bare->setClient(profile.clientId, redirectUri);
        const std::unique_ptr<test::SimulatedTrainee, void (*)(test::SimulatedTrainee*)> bareOwner(
            bare, [](test::SimulatedTrainee* trainee) { trainee->deleteLater(); });
        if (!warmUp(bare)) {
            return fail(QStringLiteral("the bare client's warm-up GET got no answer"));
        }
        bool bareSignedIn = false;
        QString bareFailure;
        QObject::connect(bare, &test::SimulatedTrainee::signedIn, &app, [&] { bareSignedIn = true; });
        QObject::connect(bare, &test::SimulatedTrainee::failed, &app, [&](const QString& why) { bareFailure = why; });
        onBrowserThread([bare] { bare->signIn(); });
        if (!runUntil([&] { return bareSignedIn || !bareFailure.isEmpty(); }) || !bareFailure.isEmpty()) {
            return fail(QStringLiteral("bare sign-in: %1 (answers: %2)")
                            .arg(bareFailure.isEmpty() ? QStringLiteral("no answer in time") : bareFailure,
                                 bare->timeline().join(QStringLiteral(", "))));
        }
        // The other requests the explorer makes: the CapabilityStatement its discovery reads (and its
        // capability view shows) and the JWKS its ID-token check reads, plain GETs.
        double extraMs = 0;
        for (const QString& path : {QStringLiteral("/fhir/STU3/metadata"), QStringLiteral("/auth/jwks")}) {
            // Timed to the reply's finished() (runUntil's 1 ms poll would add up to a millisecond).
            QElapsedTimer requestTimer;
            qint64 finishedNs = -1;
            requestTimer.start();
            QNetworkReply* reply = bareNetwork.get(QNetworkRequest(fhirBase.resolved(QUrl(path))));
            QObject::connect(reply, &QNetworkReply::finished, &app,
                             [&finishedNs, &requestTimer] { finishedNs = requestTimer.nsecsElapsed(); });
            if (!runUntil([&finishedNs] { return finishedNs >= 0; })
                || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                return fail(QStringLiteral("bare GET %1 failed").arg(path));
            }
            extraMs += double(finishedNs) / 1e6;
            reply->deleteLater();
        }
        const double bareSignIn = double(bare->signInNanoseconds()) / 1e6; // not cut to whole milliseconds
        if (trace)
            out << "bare, round " << round + 1 << ": " << bare->timeline().join(QStringLiteral(" | ")) << " | sign-in "
                << bareSignIn << " ms\n";
        bareSignInMs.push_back(bareSignIn);
        bareMetadataMs.push_back(extraMs);
        bareMs.push_back(bareSignIn + extraMs);
        settle.restart();
        runUntil([&] { return settle.elapsed() >= 100; });
    }

    const double explorer = median(explorerMs);
    const double bare = median(bareMs);
    out << "sandbox " << fhirBase.toString() << ", user " << user << ", " << rounds
        << " rounds, tabs open: " << tabsSeen.join(QStringLiteral(", ")) << "\n";
    out << QStringLiteral("explorer, click to tabs set:       median %1 ms (%2): the session kept, its tabs open, the "
                          "CapabilityStatement read (whichever came last; the tabs alone %3 ms)\n")
               .arg(median(tabsAndStatementMs), 0, 'f', 1)
               .arg(span(tabsAndStatementMs))
               .arg(median(tabsSetMs), 0, 'f', 1);
    out << QStringLiteral("  and the window painted with them: median %1 ms (%2)\n")
               .arg(explorer, 0, 'f', 1)
               .arg(span(explorerMs));
    out << "explorer's requests (last round): " << roundRequests.join(QStringLiteral(", ")) << "\n";
    out << QStringLiteral("bare requests, the same ones:      median %1 ms (%2); sign-in %3 ms, metadata + JWKS "
                          "%4 ms\n")
               .arg(bare, 0, 'f', 1)
               .arg(span(bareMs))
               .arg(median(bareSignInMs), 0, 'f', 1)
               .arg(median(bareMetadataMs), 0, 'f', 1);
    out << QStringLiteral(
               "ratio explorer / bare, click to tabs set: %1x (target <= 1.2x); the simulated browser on %2\n")
               .arg(median(tabsAndStatementMs) / bare, 0, 'f', 2)
               .arg(browserOnGui ? QStringLiteral("the GUI thread") : QStringLiteral("its own thread"));
    out << QStringLiteral("  to the window's paint, beyond the goal's end: %1x\n").arg(explorer / bare, 0, 'f', 2);
    shell.reset();
    sandbox.stop();
    return 0;
}
