// Keyboard and screen-reader use of every window: each focusable control in the accessibility
// tree (QAccessible) has a name, Tab reaches every control, shortcuts exist and do not clash, and
// menu accelerators are unique — in English and in Welsh.
#include "AccessibilityAudit.h"
#include "ApplicationMenus.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "TrainingGuideWindow.h"
#include "TranslationLoader.h"
#include "UserPreferences.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
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
    QSettings* m_settings = nullptr;
    ccri::UserPreferences* m_preferences = nullptr;
    ccri::TranslationLoader* m_translations = nullptr;
    ccri::MainWindow* m_window = nullptr;
    ccri::ApplicationMenus* m_menus = nullptr;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_scratch.isValid());
}

void TestAccessibility::init()
{
    m_settings = new QSettings(m_scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_preferences = new ccri::UserPreferences(m_settings);
    m_translations = new ccri::TranslationLoader;
}

void TestAccessibility::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_menus = nullptr;
    m_translations->install(qApp, QStringLiteral("en"));
    delete m_translations;
    delete m_preferences;
    delete m_settings;
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

QWidget* TestAccessibility::showMainWindow()
{
    m_window = new ccri::MainWindow;
    m_menus = new ccri::ApplicationMenus(m_window, m_window->fileMenu(), m_window->helpMenu(), m_preferences);
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

void TestAccessibility::dialogsHaveNamesAndTabOrder()
{
    QFETCH(QString, language);
    useLanguage(language);
    QWidget* window = showMainWindow();
    ccri::PreferencesDialog preferences(m_preferences, window);
    ccri::WelcomeDialog welcome(m_preferences, window);
    ccri::TrainingGuideWindow guide(window);
    for (QDialog* dialog : std::initializer_list<QDialog*> {&preferences, &welcome, &guide}) {
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
    QHash<QString, QString> seen;
    for (QAction* action : window->findChildren<QAction*>()) {
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
    const QStringList unreachable = AccessibilityAudit::unreachableByTab(&window);
    QCOMPARE(unreachable.size(), 1);
    QVERIFY2(unreachable.first().contains(QLatin1String("afterButton")), qPrintable(unreachable.first()));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
