#include "tests/screenshots/ScreenshotTour.h"

#include "app/auth/ProfileStore.h"
#include "app/fhir/OverviewSection.h"
#include "app/fhir/ResourceListModel.h"
#include "sandbox/server/InProcessLocalSandbox.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/WebFormDriver.h"
#include "tests/support/ScratchShell.h"
#include "ui/browser/RequestLogDock.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/browser/ResourceTablePage.h"
#include "ui/browser/TokenInspectorDock.h"
#include "ui/desktop/HighContrastPalette.h"
#include "ui/desktop/TrainingGuideWindow.h"
#include "ui/desktop/UserPreferences.h"
#include "ui/desktop/WelcomeDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/overview/PatientOverview.h"
#include "ui/overview/VitalSignsChart.h"
#include "ui/scopes/ScopePreviewPanel.h"
#include "ui/shell/ExplorerShell.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/LocalSandboxLauncher.h"
#include "ui/signin/LocalSandboxView.h"
#include "ui/signin/ProfilesDialog.h"
#include "ui/signin/RedirectInterceptingPage.h"
#include "ui/signin/SignInController.h"
#include "ui/signin/SignInWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace ccri::test {

ScreenshotTour::ScreenshotTour(const QDir& out, const QString& scratch)
    : m_out(out)
    , m_scratch(scratch)
{
}

ScreenshotTour::~ScreenshotTour()
{
    m_shell.reset();
    m_server.reset();
}

bool ScreenshotTour::waitFor(const std::function<bool()>& condition, const QString& what, int timeoutMs)
{
    if (QTest::qWaitFor(condition, timeoutMs))
        return true;
    m_error = QStringLiteral("timed out waiting for %1").arg(what);
    return false;
}

bool ScreenshotTour::save(QWidget* widget, const QString& name)
{
    QApplication::processEvents();
    QTest::qWait(400); // let the last repaint land
    const QString path = m_out.filePath(name);
    if (!widget->grab().save(path)) {
        m_error = QStringLiteral("could not save %1").arg(path);
        return false;
    }
    qInfo("%s", qPrintable(path));
    return true;
}

// The window as app/main.cpp builds it (ExplorerShell).
bool ScreenshotTour::start()
{
    m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions::ephemeral(20));
    if (!m_server->start(&m_error))
        return false;
    m_shell
        = ScratchShell::build(m_scratch + QStringLiteral("/explorer.ini"), QStringLiteral("ccri-explorer-screenshots"));
    m_window = m_shell->window();
    m_account = m_shell->account();
    m_browser = m_shell->browser();
    QObject::connect(m_account, &AccountController::signInFailed, m_window,
                     [this](const QString& message) { m_error = QStringLiteral("sign-in failed: ") + message; });
    QObject::connect(m_account->signInController(), &SignInController::progress, m_window,
                     [](const QString& message) { qInfo("sign-in: %s", qPrintable(message)); });
    m_account->useSandbox(m_server->fhirBase());
    m_window->restoreLayout(m_shell->settings(), {QStringLiteral("sessionDock")});
    m_window->resize(1280, 800);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window);
}

bool ScreenshotTour::welcome()
{
    WelcomeDialog dialog(m_shell->preferences(), m_window);
    dialog.show();
    return QTest::qWaitForWindowExposed(&dialog) && save(&dialog, QStringLiteral("training-welcome.png"));
}

bool ScreenshotTour::guide()
{
    TrainingGuideWindow guide(m_window);
    guide.show();
    return QTest::qWaitForWindowExposed(&guide) && save(&guide, QStringLiteral("training-guide-window.png"));
}

bool ScreenshotTour::profiles()
{
    auth::ServerProfile classroom;
    classroom.id = QStringLiteral("classroom");
    classroom.displayName = QStringLiteral("Classroom");
    classroom.fhirBase = QUrl(QStringLiteral("https://trainer-laptop:8080/fhir/STU3"));
    classroom.clientId = QStringLiteral("ccri-explorer");
    classroom.scopes = auth::ServerProfile::defaultScopes(classroom.policy);
    classroom.redirectUri = auth::ServerProfile::defaultRedirectUri(classroom.signInMode);
    classroom.trustedCaFile = QStringLiteral("/home/trainee/classroom.crt");
    m_account->profiles()->save(classroom);
    m_account->showProfiles();
    auto* dialog = m_window->findChild<ProfilesDialog*>();
    if (!waitFor([&] { return (dialog = m_window->findChild<ProfilesDialog*>()) && dialog->isVisible(); },
                 QStringLiteral("the profiles dialog")))
        return false;
    dialog->selectProfile(classroom.id);
    const bool saved = save(dialog, QStringLiteral("training-profiles.png"));
    dialog->reject();
    m_account->useSandbox(m_server->fhirBase());
    return saved;
}

bool ScreenshotTour::signIn(const QString& user, const QStringList& untick, const QString& loginShot,
                            const QString& consentShot)
{
    m_account->signIn();
    if (!waitFor([this] { return m_account->signInController()->window() != nullptr; },
                 QStringLiteral("the sign-in window")))
        return false;
    SignInWindow* window = m_account->signInController()->window();
    const WebFormDriver driver(window->page());
    if (!driver.waitFor(QStringLiteral("input[name=username]"))) {
        m_error = QStringLiteral("no login form");
        return false;
    }
    if (!loginShot.isEmpty()) {
        driver.evaluate(QStringLiteral("document.querySelector('input[name=username]').value = '%1'; "
                                       "document.querySelector('input[name=password]').value = 'password'; true")
                            .arg(user));
        if (!save(window, loginShot))
            return false;
    }
    if (!driver.logIn(user) || !driver.waitFor(QStringLiteral("input[name=scope]"))) {
        m_error = QStringLiteral("no consent page for %1").arg(user);
        return false;
    }
    if (!consentShot.isEmpty()) {
        QStringList patterns;
        for (const QString& part : untick)
            patterns << QStringLiteral("'%1'").arg(part);
        driver.evaluate(QStringLiteral("const parts = [%1]; document.querySelectorAll('input[name=scope]').forEach("
                                       "b => { if (parts.some(p => b.value.includes(p))) b.checked = false; }); true")
                            .arg(patterns.join(QLatin1Char(','))));
        if (!save(window, consentShot))
            return false;
    }
    if (!driver.consent(untick)) {
        m_error = QStringLiteral("consent failed for %1").arg(user);
        return false;
    }

    m_error.clear();
    const bool signedIn
        = waitFor([this] { return (m_account->session() && m_account->session()->isSignedIn()) || !m_error.isEmpty(); },
                  QStringLiteral("the session of %1").arg(user));
    if (!signedIn && m_account->signInController()->window())
        m_account->signInController()->window()->grab().save(m_out.filePath(QStringLiteral("debug-signin.png")));
    return signedIn && m_error.isEmpty();
}

bool ScreenshotTour::signOut()
{
    m_account->signOut();
    return waitFor([this] { return !m_account->session() || !m_account->session()->isSignedIn(); },
                   QStringLiteral("sign-out"));
}

bool ScreenshotTour::showPatientRecords(const QString& resourceType)
{
    m_browser->choosePatientById(QStringLiteral("1"));
    ResourceTabs* tabs = m_window->resourceTabs();
    if (!waitFor([&] { return !m_browser->patientId().isEmpty(); }, QStringLiteral("the patient")))
        return false;
    tabs->tabBar()->setCurrentIndex(tabs->indexOf(resourceType));
    ResourceTablePage* page = m_browser->page(resourceType);
    if (!page) {
        m_error = QStringLiteral("no %1 page").arg(resourceType);
        return false;
    }
    page->loadIfStale();
    if (!waitFor([page] { return !page->isLoading() && page->model()->rowCount() > 0; },
                 QStringLiteral("%1 rows").arg(resourceType)))
        return false;
    page->view()->selectRow(0);
    return true;
}

// Bernie Kanfeld's Overview as the clinician (shut sections said in words), then the vital-signs chart alone.
bool ScreenshotTour::overview()
{
    PatientOverview* page = m_browser->overview();
    m_window->resourceTabs()->showLeadingPage();
    const auto complete = [page] {
        for (const fhir::OverviewSection* section : page->sections()) {
            if (!section->isComplete())
                return false;
        }
        return !page->chart()->isLoading() && page->chart()->data().pointCount() > 0;
    };
    if (!waitFor(complete, QStringLiteral("the Overview's sections and chart")))
        return false;
    if (!save(m_window, QStringLiteral("patient-overview.png")))
        return false;
    VitalSignsChart* chart = page->chart();
    chart->resize(1100, 520);
    return save(chart, QStringLiteral("vital-signs-chart.png"));
}

// The session dock's comparison with "Narrowed away" open and the rest folded.
bool ScreenshotTour::showNarrowed()
{
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("sessionDock"));
    auto* tree = dock ? dock->findChild<QTreeWidget*>() : nullptr;
    if (!tree) {
        m_error = QStringLiteral("no scope comparison in the session dock");
        return false;
    }
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = tree->topLevelItem(i);
        group->setExpanded(group->text(0).startsWith(QLatin1String("Narrowed")));
    }
    return true;
}

bool ScreenshotTour::tryAnyway(const QString& resourceType)
{
    // Signing out forgets the patient: open Bernie Kanfeld's record again first.
    m_browser->choosePatientById(QStringLiteral("1"));
    if (!waitFor([this] { return !m_browser->patientId().isEmpty(); }, QStringLiteral("the patient again")))
        return false;
    m_browser->tryAnyway(resourceType);
    ResourceTablePage* page = m_browser->page(resourceType);
    if (page
        && waitFor([page] { return !page->isLoading() && page->message().contains(QLatin1String("403")); },
                   QStringLiteral("the 403 of %1").arg(resourceType)))
        return true;
    if (page)
        m_error += QStringLiteral(" (the page says: %1)").arg(page->message());
    return false;
}

bool ScreenshotTour::requestLog()
{
    RequestLogDock* dock = m_browser->requestLogDock();
    dock->show();
    auto* table = dock->findChild<QTableView*>(QStringLiteral("requestLogTable"));
    if (!table || table->model()->rowCount() == 0) {
        m_error = QStringLiteral("the request log is empty");
        return false;
    }
    table->selectRow(table->model()->rowCount() - 1);
    m_window->resizeDocks({dock}, {420}, Qt::Vertical);
    const bool saved = save(m_window, QStringLiteral("training-request-log.png"));
    dock->hide();
    return saved;
}

bool ScreenshotTour::tokenInspector()
{
    TokenInspectorDock* dock = m_browser->tokenInspector();
    dock->show();
    dock->raise();
    const bool saved = save(m_window, QStringLiteral("training-token-inspector.png"));
    dock->hide();
    return saved;
}

// The scope preview dock with one of its examples chosen, as a trainer would from the combo box.
bool ScreenshotTour::scopePreview(const QString& example, const QString& name)
{
    auto* examples = m_window->scopePreview()->findChild<QComboBox*>(QStringLiteral("exampleCombo"));
    const int index = examples ? examples->findText(example) : -1;
    if (index < 0) {
        m_error = QStringLiteral("no example \"%1\" in the scope preview").arg(example);
        return false;
    }
    m_window->scopePreviewDock()->show();
    examples->setCurrentIndex(index);
    emit examples->activated(index);
    const bool saved = save(m_window, name);
    m_window->scopePreviewDock()->hide();
    return saved;
}

bool ScreenshotTour::faults()
{
    // The explorer's own in-process sandbox, as View → Local sandbox shows it, with two faults on.
    LocalSandboxLauncher launcher(sandbox::InProcessLocalSandbox::factory());
    LocalSandboxView view(&launcher);
    view.resize(1000, 820);
    launcher.start(QStringLiteral("ccri"));
    if (!waitFor([&launcher] { return launcher.fhirBase().isValid(); }, QStringLiteral("the local sandbox")))
        return false;
    view.findChild<QLineEdit*>(QStringLiteral("faultValue-fhir-delay"))->setText(QStringLiteral("3000"));
    view.findChild<QCheckBox*>(QStringLiteral("fault-fhir-delay"))->click();
    view.findChild<QCheckBox*>(QStringLiteral("fault-expire-tokens"))->click();
    if (!waitFor([&launcher] { return launcher.sandbox()->faultsOn().split(QLatin1Char(' ')).size() == 2; },
                 QStringLiteral("the faults switched on")))
        return false;
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(launcher.fhirBase().toString() + QStringLiteral("/Patient")));
    request.setRawHeader("Authorization", "Bearer not-a-token");
    QNetworkReply* reply = network.get(request);
    const bool answered = waitFor([reply] { return reply->isFinished(); }, QStringLiteral("the delayed answer"));
    reply->deleteLater();
    view.show();
    return answered && QTest::qWaitForWindowExposed(&view) && save(&view, QStringLiteral("training-faults.png"));
}

bool ScreenshotTour::run(const QString& variant)
{
    if (variant == QLatin1String("faults"))
        return faults();
    if (variant == QLatin1String("high-contrast"))
        HighContrastPalette::apply(true); // at start-up, as app/main.cpp does when it is on in Preferences
    if (!start())
        return false;
    m_window->scopePreviewDock()->hide();
    if (!variant.isEmpty()) {
        const QString name = variant == QLatin1String("scaled") ? QStringLiteral("accessibility-200-percent.png")
            : variant == QLatin1String("high-contrast")         ? QStringLiteral("accessibility-high-contrast.png")
                                                                : QStringLiteral("welsh-main-window.png");
        return signIn(QStringLiteral("clinician")) && showPatientRecords(QStringLiteral("Observation"))
            && save(m_window, name);
    }
    return welcome() && guide() && profiles()
        && signIn(QStringLiteral("clinician"), {}, QStringLiteral("training-signin.png"))
        && showPatientRecords(QStringLiteral("Observation")) && save(m_window, QStringLiteral("training-clinician.png"))
        && overview() && tryAnyway(QStringLiteral("MedicationRequest"))
        && save(m_window, QStringLiteral("try-anyway-medicationrequest-403.png")) && signOut()
        && signIn(QStringLiteral("reception")) && save(m_window, QStringLiteral("training-reception.png")) && signOut()
        && signIn(QStringLiteral("clinician"), {QStringLiteral("Observation")}, QString(),
                  QStringLiteral("training-consent.png"))
        && showNarrowed() && save(m_window, QStringLiteral("training-narrowed.png"))
        && tryAnyway(QStringLiteral("Observation")) && save(m_window, QStringLiteral("training-try-anyway.png"))
        && requestLog() && tokenInspector() && signOut() && save(m_window, QStringLiteral("training-signed-out.png"))
        && scopePreview(QStringLiteral("CCRI demo: clinical-access"), QStringLiteral("main-window-ccri-scopes.png"));
}

} // namespace ccri::test
