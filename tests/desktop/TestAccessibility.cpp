// Keyboard and screen-reader use of every window: each focusable control in the accessibility
// tree (QAccessible) has a name, Tab reaches every control, shortcuts exist and do not clash, and
// menu accelerators are unique — in English and in Welsh. The main window is the one app/main.cpp
// builds (ExplorerShell: account, resource browser, shortcuts) and shown with real data from the
// sandbox: a patient, their Observations, the request log and the token inspector.
#include "app/fhir/FhirClient.h"
#include "app/fhir/ResourceListModel.h"
#include "app/net/FixedAccessTokenProvider.h"
#include "tests/browser/SandboxSession.h"
#include "tests/desktop/AccessibilityAudit.h"
#include "tests/support/ScratchShell.h"
#include "ui/browser/PatientSearchPanel.h"
#include "ui/browser/RequestLogDock.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/browser/ResourceTablePage.h"
#include "ui/browser/TokenInspectorDock.h"
#include "ui/desktop/ApplicationMenus.h"
#include "ui/desktop/KeyboardShortcuts.h"
#include "ui/desktop/PreferencesDialog.h"
#include "ui/desktop/TrainingGuideWindow.h"
#include "ui/desktop/TranslationLoader.h"
#include "ui/desktop/UserPreferences.h"
#include "ui/desktop/WelcomeDialog.h"
#include "ui/main/ActionCollection.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/shell/ExplorerShell.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/ProfilesDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using ccri::test::AccessibilityAudit;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void languages_data();
    void mainWindowControlsHaveNames_data() { languages_data(); }
    void mainWindowControlsHaveNames();
    void mainWindowTabReachesEveryControl();
    void browsingWindowHasNamesAndTabOrder_data() { languages_data(); }
    void browsingWindowHasNamesAndTabOrder();
    void findAndPageShortcutsWork();
    void dialogsHaveNamesAndTabOrder_data() { languages_data(); }
    void dialogsHaveNamesAndTabOrder();
    void shortcutsExistAndDoNotClash();
    void menuAcceleratorsAreUnique_data() { languages_data(); }
    void menuAcceleratorsAreUnique();
    void auditFindsUnnamedAndTrappingControls();

private:
    void useLanguage(const QString& code);
    QWidget* showMainWindow();

    QTemporaryDir m_scratch;
    SandboxSession m_sandbox;
    QByteArray m_token;
    std::unique_ptr<ccri::net::FixedAccessTokenProvider> m_tokens;
    std::unique_ptr<ccri::ExplorerShell> m_shell;
    ccri::ResourceBrowser* m_browser = nullptr;
    ccri::UserPreferences* m_preferences = nullptr;
    ccri::TranslationLoader* m_translations = nullptr;
    ccri::MainWindow* m_window = nullptr;
    ccri::ApplicationMenus* m_menus = nullptr;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    QString error;
    QVERIFY2(m_sandbox.start(30, &error), qPrintable(error));
    m_token = m_sandbox.clientToken(QStringLiteral("clinical-access"), &error);
    QVERIFY2(!m_token.isEmpty(), qPrintable(error));
}

void TestAccessibility::init()
{
    m_translations = new ccri::TranslationLoader;
}

void TestAccessibility::cleanup()
{
    m_shell.reset();
    m_tokens.reset();
    m_window = nullptr;
    m_menus = nullptr;
    m_browser = nullptr;
    m_preferences = nullptr;
    m_translations->install(qApp, QStringLiteral("en"));
    delete m_translations;
}

void TestAccessibility::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Welsh") << QStringLiteral("cy");
}

void TestAccessibility::useLanguage(const QString& code)
{
    QVERIFY(m_translations->install(qApp, code));
}

// As app/main.cpp builds it (ExplorerShell); the resource browser reads with the test's token.
QWidget* TestAccessibility::showMainWindow()
{
    m_tokens = std::make_unique<ccri::net::FixedAccessTokenProvider>();
    m_shell = ccri::test::ScratchShell::build(
        m_scratch.filePath(QStringLiteral("settings.ini")),
        QStringLiteral("ccri-explorer-a11y-%1").arg(QCoreApplication::applicationPid()), m_tokens.get());
    m_window = m_shell->window();
    m_menus = m_shell->menus();
    m_browser = m_shell->browser();
    m_preferences = m_shell->preferences();
    m_window->resize(1300, 850);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    if (!QTest::qWaitForWindowActive(m_window))
        qWarning("the main window did not become active");
    return m_window;
}

void TestAccessibility::mainWindowControlsHaveNames()
{
    QFETCH(QString, language);
    useLanguage(language);
    QWidget* window = showMainWindow();
    const QStringList unnamed = AccessibilityAudit::unnamedFocusable(window);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("Focusable without an accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
    QVERIFY2(AccessibilityAudit::focusableNames(window).size() > 5,
             qPrintable(AccessibilityAudit::focusableNames(window).join(QLatin1Char('\n'))));
}

void TestAccessibility::mainWindowTabReachesEveryControl()
{
    QWidget* window = showMainWindow();
    QList<QWidget*> visited;
    const QStringList unreachable = AccessibilityAudit::unreachableByTab(window, &visited);
    QVERIFY2(unreachable.isEmpty(),
             qPrintable(QStringLiteral("Tab never reaches:\n") + unreachable.join(QLatin1Char('\n'))));
    QVERIFY(visited.size() > 4);
}

// Signed in (a real token of the sandbox's clinical-access client), a patient chosen, their
// Observations listed and one selected, the request log and token inspector open.
void TestAccessibility::browsingWindowHasNamesAndTabOrder()
{
    QFETCH(QString, language);
    useLanguage(language);
    QWidget* window = showMainWindow();
    m_browser->client()->setBaseUrl(m_sandbox.fhirBase());
    m_tokens->setTokenResponse(QString::fromLatin1(m_token), SandboxSession::scopeOf(m_token));
    m_browser->choosePatientById(QStringLiteral("1"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->patientId().isEmpty(), 20000);
    ccri::ResourceTabs* tabs = m_window->resourceTabs();
    QVERIFY(tabs->isTabEnabled(QStringLiteral("Observation")));
    tabs->tabBar()->setCurrentIndex(tabs->indexOf(QStringLiteral("Observation")));
    ccri::ResourceTablePage* page = m_browser->page(QStringLiteral("Observation"));
    QVERIFY(page);
    page->loadIfStale();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() > 0, 20000);
    page->view()->selectRow(0);
    m_browser->requestLogDock()->show();
    m_browser->tokenInspector()->show();
    QApplication::processEvents();

    const QStringList unnamed = AccessibilityAudit::unnamedFocusable(window);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("Focusable without an accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
    const QStringList unreachable = AccessibilityAudit::unreachableByTab(window);
    QVERIFY2(unreachable.isEmpty(),
             qPrintable(QStringLiteral("Tab never reaches:\n") + unreachable.join(QLatin1Char('\n'))));
    tabs->tabBar()->setCurrentIndex(tabs->indexOf(QStringLiteral("Patient")));
    const QStringList literal = AccessibilityAudit::acceleratorsWithoutBuddy(window);
    QVERIFY2(literal.isEmpty(),
             qPrintable(QStringLiteral("Labels whose & shows and does nothing:\n") + literal.join(QLatin1Char('\n'))));
}

// Ctrl+F lands in the patient search; Alt+Page Down / Up turn the current tab's pages.
void TestAccessibility::findAndPageShortcutsWork()
{
    QWidget* window = showMainWindow();
    m_browser->client()->setBaseUrl(m_sandbox.fhirBase());
    m_tokens->setTokenResponse(QString::fromLatin1(m_token), SandboxSession::scopeOf(m_token));
    ccri::ResourceTabs* tabs = m_window->resourceTabs();
    QTRY_VERIFY(tabs->isTabEnabled(QStringLiteral("Patient")));
    tabs->tabBar()->setCurrentIndex(tabs->indexOf(QStringLiteral("Observation")));
    QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(tabs->currentResourceType(), QStringLiteral("Patient"));
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QCOMPARE(focus->objectName(), QStringLiteral("nhsNumber"));

    m_browser->choosePatientById(QStringLiteral("1"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->patientId().isEmpty(), 20000);
    tabs->tabBar()->setCurrentIndex(tabs->indexOf(QStringLiteral("Observation")));
    ccri::ResourceTablePage* page = m_browser->page(QStringLiteral("Observation"));
    page->setPageSize(10);
    page->load();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() > 0, 20000);
    const QString first = page->statusText();
    QTest::keySequence(window, QKeySequence(Qt::ALT | Qt::Key_PageDown));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->statusText() != first, 20000);
    QTest::keySequence(window, QKeySequence(Qt::ALT | Qt::Key_PageUp));
    QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), first, 20000);
}

void TestAccessibility::dialogsHaveNamesAndTabOrder()
{
    QFETCH(QString, language);
    useLanguage(language);
    QWidget* window = showMainWindow();
    ccri::PreferencesDialog preferences(m_preferences, window);
    ccri::WelcomeDialog welcome(m_preferences, window);
    ccri::TrainingGuideWindow guide(window);
    for (QDialog* dialog : std::initializer_list<QDialog*> {&preferences, &welcome, &guide, nullptr}) {
        if (!dialog) {
            // Account → Server profiles…, opened as the menu opens it (window-modal, so after the others).
            window->findChild<QAction*>(QStringLiteral("profilesAction"))->trigger();
            dialog = window->findChild<ccri::ProfilesDialog*>();
            QVERIFY(dialog && dialog->findChild<QWidget*>(QStringLiteral("profileList")));
        }
        dialog->show();
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const QStringList unnamed = AccessibilityAudit::unnamedFocusable(dialog);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(dialog->objectName() + QStringLiteral(": no accessible name:\n")
                            + unnamed.join(QLatin1Char('\n'))));
        const QStringList unreachable = AccessibilityAudit::unreachableByTab(dialog);
        QVERIFY2(unreachable.isEmpty(),
                 qPrintable(dialog->objectName() + QStringLiteral(": Tab never reaches:\n")
                            + unreachable.join(QLatin1Char('\n'))));
        const QStringList literal = AccessibilityAudit::acceleratorsWithoutBuddy(dialog);
        QVERIFY2(literal.isEmpty(),
                 qPrintable(dialog->objectName() + QStringLiteral(": & shows and does nothing:\n")
                            + literal.join(QLatin1Char('\n'))));
        dialog->hide();
    }
}

void TestAccessibility::shortcutsExistAndDoNotClash()
{
    QWidget* window = showMainWindow();
    // (Quit uses QKeySequence::Quit, which the test's offscreen platform leaves empty.)
    const QStringList wanted = {QStringLiteral("preferencesAction"), QStringLiteral("trainingGuideAction"),
                                QStringLiteral("scopePreviewAction")};
    for (const QString& name : wanted) {
        auto* action = window->findChild<QAction*>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name + QStringLiteral(" has no shortcut")));
    }
    // Every screen registers its actions in the window's ActionCollection, and none of them clash.
    const ccri::ActionCollection* registry = m_window->actions();
    QVERIFY2(registry->conflicts().isEmpty(), qPrintable(registry->conflicts().join(QLatin1Char('\n'))));
    QHash<QString, QString> seen;
    for (QAction* action : window->findChildren<QAction*>()) {
        if (!action->shortcuts().isEmpty())
            QVERIFY2(registry->actions().contains(action),
                     qPrintable(action->objectName() + QStringLiteral(" has a shortcut but is not registered")));
        for (const QKeySequence& key : action->shortcuts()) {
            const QString text = key.toString();
            QVERIFY2(!seen.contains(text),
                     qPrintable(QStringLiteral("%1 is the shortcut of both %2 and %3")
                                    .arg(text, seen.value(text), action->objectName())));
            seen.insert(text, action->objectName());
        }
    }
}

void TestAccessibility::menuAcceleratorsAreUnique()
{
    QFETCH(QString, language);
    useLanguage(language);
    auto* window = static_cast<ccri::MainWindow*>(showMainWindow());
    const auto check = [](const QList<QAction*>& actions, const QString& where) {
        QHash<QChar, QString> letters;
        for (QAction* action : actions) {
            if (action->isSeparator())
                continue;
            const QString text = action->text();
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            if (at < 0 || at + 1 >= text.size())
                continue;
            const QChar letter = text.at(at + 1).toLower();
            if (letters.contains(letter))
                return QStringLiteral("%1: “%2” and “%3” share the accelerator %4")
                    .arg(where, letters.value(letter), text, letter);
            letters.insert(letter, text);
        }
        return QString();
    };
    QString problem = check(window->menuBar()->actions(), QStringLiteral("menu bar"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (QAction* menuAction : window->menuBar()->actions()) {
        if (QMenu* menu = menuAction->menu()) {
            problem = check(menu->actions(), menuAction->text());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
}

// The audit itself: a bare line edit is caught, a labelled one is not; a text box that keeps Tab traps the walk.
void TestAccessibility::auditFindsUnnamedAndTrappingControls()
{
    QWidget window;
    window.setObjectName(QStringLiteral("auditWindow"));
    auto* layout = new QVBoxLayout(&window);
    auto* label = new QLabel(QStringLiteral("&Name:"), &window);
    auto* named = new QLineEdit(&window);
    label->setBuddy(named);
    auto* bare = new QLineEdit(&window);
    bare->setObjectName(QStringLiteral("bareEdit"));
    auto* trap = new QPlainTextEdit(&window);
    trap->setAccessibleName(QStringLiteral("Notes"));
    auto* after = new QPushButton(QStringLiteral("After"), &window);
    after->setObjectName(QStringLiteral("afterButton"));
    for (QWidget* widget : std::initializer_list<QWidget*> {label, named, bare, trap, after})
        layout->addWidget(widget);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QStringList unnamed = AccessibilityAudit::unnamedFocusable(&window);
    QCOMPARE(unnamed.size(), 1);
    QVERIFY2(unnamed.first().contains(QLatin1String("bareEdit")), qPrintable(unnamed.first()));
    const QStringList literal = AccessibilityAudit::acceleratorsWithoutBuddy(&window);
    QVERIFY(literal.isEmpty());
    label->setBuddy(nullptr);
    QCOMPARE(AccessibilityAudit::acceleratorsWithoutBuddy(&window), QStringList({QStringLiteral("\"&Name:\"")}));
    label->setBuddy(named);
    const QStringList unreachable = AccessibilityAudit::unreachableByTab(&window);
    QCOMPARE(unreachable.size(), 1);
    QVERIFY2(unreachable.first().contains(QLatin1String("afterButton")), qPrintable(unreachable.first()));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
