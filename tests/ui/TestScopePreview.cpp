// A trainer types scopes into the preview and picks a policy; every tab follows, and says why
// through what a screen reader gets (QAccessible), not through our own getters.
#include "tests/support/DemoScopes.h"
#include "tests/support/ScratchShell.h"
#include "tests/support/TestPaths.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/main/ScopeAccess.h"
#include "ui/scopes/ScopePreviewPanel.h"
#include "ui/shell/ExplorerShell.h"

#include <memory>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using ccri::test::DemoScopes;

class TestScopePreview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tabsFollowTheScopes_data();
    void tabsFollowTheScopes();
    void listsUnrecognisedScopesWithReasons();
    void listsWhatEachTypeNeeds();
    void examplesFillTheScopes();
    void loadsAPolicyFile();
    void keepsThePolicyWhenAFileIsBad();
    void listsWhenShownOrAsked();

private:
    void typeScopes(const QString& scopes);
    void choosePolicy(int index);
    void loadFileThroughTheDialog(const QString& path);
    QString write(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    std::unique_ptr<ccri::ExplorerShell> m_shell;
    ccri::MainWindow* m_window = nullptr; // the shell's
};

namespace {

// What each type needs, as published, written out here rather than asked of the policy code.
QString ccriNeeds(const QString& type)
{
    if (type == QLatin1String("Procedure"))
        return QStringLiteral("user/Observation.read");
    if (type == QLatin1String("MedicationRequest"))
        return QStringLiteral("user/MedicationPrescription.read");
    if (type == QLatin1String("DocumentReference") || type == QLatin1String("Binary"))
        return QStringLiteral("user/") + type;
    return QStringLiteral("user/%1.read").arg(type);
}

QString smartNeeds(const QString& type)
{
    return QStringLiteral("user/%1.read").arg(type);
}

QString accessibleDescription(QTabBar* bar, int index)
{
    QAccessibleInterface* barInterface = QAccessible::queryAccessibleInterface(bar);
    if (!barInterface || index >= barInterface->childCount())
        return QStringLiteral("<no accessible tab %1>").arg(index);
    QAccessibleInterface* tab = barInterface->child(index);
    if (tab->role() != QAccessible::PageTab)
        return QStringLiteral("<child %1 is not a tab>").arg(index);
    return tab->text(QAccessible::Description);
}

QString accessibleName(QTabBar* bar, int index)
{
    return QAccessible::queryAccessibleInterface(bar)->child(index)->text(QAccessible::Name);
}
} // namespace

void TestScopePreview::init()
{
    // The window main() builds, with its account and resource browser (nobody signed in).
    m_shell = ccri::test::ScratchShell::build(
        m_dir.filePath(QStringLiteral("settings.ini")),
        QStringLiteral("ccri-explorer-scopes-%1").arg(QCoreApplication::applicationPid()));
    m_window = m_shell->window();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestScopePreview::cleanup()
{
    m_shell.reset();
    m_window = nullptr;
}

void TestScopePreview::typeScopes(const QString& scopes)
{
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("scopeEdit"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(edit->text(), QString());
    QTest::keyClicks(edit, scopes);
    QCOMPARE(edit->text(), scopes);
}

void TestScopePreview::choosePolicy(int index)
{
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("policyCombo"));
    QVERIFY(combo);
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), index);
}

QString TestScopePreview::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestScopePreview::loadFileThroughTheDialog(const QString& path)
{
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("loadPolicyButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog*>(QStringLiteral("policyFileDialog")))
                && dialog->isVisible());
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // what its Open button does
    QTRY_VERIFY(!m_window->findChild<QFileDialog*>(QStringLiteral("policyFileDialog")));
}

void TestScopePreview::tabsFollowTheScopes_data()
{
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<int>("policyIndex"); // 0 CCRI, 1 SMART
    QTest::addColumn<QStringList>("open");

    QTest::newRow("ccri: clinical-access") << DemoScopes::clinicalAccess() << 0
                                           << QStringList({"Patient", "Observation", "Encounter", "Condition",
                                                           "Procedure", "MedicationStatement", "Immunization"});
    QTest::newRow("ccri: limited-access profile") << DemoScopes::limitedAccess() << 0 << QStringList();
    QTest::newRow("ccri: user/*.read") << "user/*.read" << 0 << DemoScopes::resourceTypes();
    QTest::newRow("ccri: v2 patient/Observation.rs")
        << "patient/Observation.rs" << 0 << QStringList({"Observation", "Procedure"});
    QTest::newRow("ccri: prescriptions and documents")
        << "patient/MedicationPrescription.read user/DocumentReference.write system/Binary.c" << 0
        << QStringList({"MedicationRequest", "DocumentReference", "Binary"});
    QTest::newRow("smart: v2 patient/Observation.rs") << "patient/Observation.rs" << 1 << QStringList({"Observation"});
    QTest::newRow("smart: clinical-access")
        << DemoScopes::clinicalAccess() << 1
        << QStringList({"Patient", "Observation", "Encounter", "Condition", "MedicationRequest", "MedicationStatement",
                        "Immunization"});
    QTest::newRow("smart: .r + .s") << "user/Encounter.r user/Encounter.s user/Binary.r" << 1
                                    << QStringList({"Encounter"});
}

void TestScopePreview::tabsFollowTheScopes()
{
    QFETCH(QString, scopes);
    QFETCH(int, policyIndex);
    QFETCH(QStringList, open);

    choosePolicy(policyIndex);
    typeScopes(scopes);

    auto* bar = m_window->findChild<QTabWidget*>(QStringLiteral("resourceTabWidget"))->tabBar();
    QCOMPARE(bar->count(), DemoScopes::resourceTypes().size() + 1); // the patient Overview first
    const QString policyName = policyIndex == 0 ? QStringLiteral("CCRI policy") : QStringLiteral("SMART policy");
    for (int i = 1; i <= DemoScopes::resourceTypes().size(); ++i) {
        const QString type = DemoScopes::resourceTypes().at(i - 1);
        QCOMPARE(bar->tabText(i), type);
        QCOMPARE(accessibleName(bar, i), type);
        const QString description = accessibleDescription(bar, i);
        if (open.contains(type)) {
            QVERIFY2(bar->isTabEnabled(i), qPrintable(type));
            QVERIFY2(!description.contains(QStringLiteral("Unavailable")), qPrintable(type + ": " + description));
            QVERIFY2(description.startsWith(QStringLiteral("Available — granted by ")),
                     qPrintable(type + ": " + description));
        } else {
            QVERIFY2(!bar->isTabEnabled(i), qPrintable(type));
            const QString needs = policyIndex == 0 ? ccriNeeds(type) : smartNeeds(type);
            QCOMPARE(description, QStringLiteral("Unavailable — needs %1 (%2)").arg(needs, policyName));
            QCOMPARE(bar->tabToolTip(i), description);
        }
    }
    // The page on show is an open one whenever there is one.
    if (!open.isEmpty())
        QVERIFY(bar->isTabEnabled(bar->currentIndex()));

    const QString status = m_window->findChild<QLabel*>(QStringLiteral("accessStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("%1 of 11 resource types open").arg(open.size())), qPrintable(status));
}

void TestScopePreview::listsUnrecognisedScopesWithReasons()
{
    auto* list = m_window->findChild<QListWidget*>(QStringLiteral("unrecognisedList"));
    QVERIFY(list);
    typeScopes(QStringLiteral("user/Patient.read"));
    QVERIFY(list->isHidden());
    typeScopes(QStringLiteral("user/Patient.read bogus patient/Observation.sr"));
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("bogus — ")));
    QVERIFY(list->item(1)->text().startsWith(QStringLiteral("patient/Observation.sr — ")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("sr")));
    const QString status = m_window->findChild<QLabel*>(QStringLiteral("accessStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("2 scopes not recognised")), qPrintable(status));
    // The recognised one still counts (Patient, after the Overview).
    auto* bar = m_window->findChild<QTabWidget*>(QStringLiteral("resourceTabWidget"))->tabBar();
    QVERIFY(bar->isTabEnabled(1));
}

void TestScopePreview::listsWhatEachTypeNeeds()
{
    typeScopes(QStringLiteral("patient/Observation.r patient/Observation.s"));
    auto* list = m_window->findChild<QTreeWidget*>(QStringLiteral("decisionList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), DemoScopes::resourceTypes().size());
    const auto row = [list](int i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        return QStringList({item->text(0), item->text(1), item->text(2)}).join(QLatin1Char('|'));
    };
    QCOMPARE(row(1), QStringLiteral("Observation|Open|granted by patient/Observation.r patient/Observation.s"));
    QCOMPARE(row(4), QStringLiteral("Procedure|Open|granted by patient/Observation.r patient/Observation.s"));
    QCOMPARE(row(6), QStringLiteral("MedicationRequest|Shut|needs user/MedicationPrescription.read"));
    QCOMPARE(row(9), QStringLiteral("DocumentReference|Shut|needs user/DocumentReference"));
}

void TestScopePreview::examplesFillTheScopes()
{
    auto* examples = m_window->findChild<QComboBox*>(QStringLiteral("exampleCombo"));
    QVERIFY(examples);
    const int limited = examples->findText(QStringLiteral("CCRI demo: limited-access"));
    QVERIFY(limited > 0);
    examples->setFocus();
    while (examples->currentIndex() < limited)
        QTest::keyClick(examples, Qt::Key_Down); // each step fills in that example
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("scopeEdit"));
    QCOMPARE(edit->text(), QStringLiteral("profile"));
    // Editing the text stops naming the example.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_End);
    QTest::keyClicks(edit, QStringLiteral(" openid"));
    QCOMPARE(examples->currentIndex(), 0);
    QCOMPARE(edit->text(), QStringLiteral("profile openid"));
    auto* bar = m_window->findChild<QTabWidget*>(QStringLiteral("resourceTabWidget"))->tabBar();
    for (int i = 0; i < bar->count(); ++i)
        QVERIFY(!bar->isTabEnabled(i));
}

void TestScopePreview::loadsAPolicyFile()
{
    const QString path = write(QStringLiteral("clinic.json"), R"({"id": "clinic", "name": "Clinic policy",
        "rules": [{"type": "Flag", "scope": "user/Flag.read"}, {"type": "Patient", "scope": "user/Patient"}]})");
    typeScopes(QStringLiteral("patient/Patient.c"));
    loadFileThroughTheDialog(path);

    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("policyCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("Clinic policy (clinic.json)"));
    auto* bar = m_window->findChild<QTabWidget*>(QStringLiteral("resourceTabWidget"))->tabBar();
    QCOMPARE(bar->count(), 3); // the Overview, then the policy's two
    QCOMPARE(bar->tabText(1), QStringLiteral("Flag"));
    QVERIFY(!bar->isTabEnabled(1));
    QCOMPARE(accessibleDescription(bar, 1), QStringLiteral("Unavailable — needs user/Flag.read (Clinic policy)"));
    QVERIFY(bar->isTabEnabled(2));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("policyError"))->isHidden());

    // Back to the CCRI policy: its eleven tabs return.
    choosePolicy(0);
    QCOMPARE(bar->count(), DemoScopes::resourceTypes().size() + 1);
}

void TestScopePreview::keepsThePolicyWhenAFileIsBad()
{
    const QString path = write(QStringLiteral("broken.json"), "<html><body>502 Bad Gateway</body></html>");
    typeScopes(QStringLiteral("user/Patient.read"));
    loadFileThroughTheDialog(path);

    auto* error = m_window->findChild<QLabel*>(QStringLiteral("policyError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("broken.json")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("not valid JSON")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("The CCRI policy is still in use")), qPrintable(error->text()));
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("policyCombo"));
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("CCRI policy"));
    auto* bar = m_window->findChild<QTabWidget*>(QStringLiteral("resourceTabWidget"))->tabBar();
    QCOMPARE(bar->count(), DemoScopes::resourceTypes().size() + 1);
    QVERIFY(bar->isTabEnabled(1));

    // Choosing a policy again clears the message.
    choosePolicy(1);
    QVERIFY(error->isHidden());
}

void TestScopePreview::listsWhenShownOrAsked()
{
    // Hidden (as it is at the explorer's start), the preview lists nothing at an access change; shown,
    // or asked, it lists the access in force then, never the one it had when it was hidden.
    ccri::ScopePreviewPanel* panel = m_window->scopePreview();
    auto* list = panel->findChild<QTreeWidget*>(QStringLiteral("decisionList"));
    QVERIFY(list && panel->isVisible());
    const auto patientRow = [list] {
        const QList<QTreeWidgetItem*> rows = list->findItems(QStringLiteral("Patient"), Qt::MatchExactly, 0);
        return rows.size() == 1 ? rows.first()->text(1) + QLatin1Char('|') + rows.first()->text(2) : QString();
    };
    QCOMPARE(patientRow(), QStringLiteral("Shut|needs user/Patient.read"));

    m_window->scopePreviewDock()->hide();
    QVERIFY(!panel->isVisible());
    // As a sign-in does, while the dock is shut: the tabs follow at once, the preview's list later.
    ccri::ScopeAccess* access = m_window->access();
    access->setSession(std::nullopt, ccri::ScopeSet::parse(QStringLiteral("user/Patient.read bogus")), true);
    QVERIFY(m_window->resourceTabs()->isTabEnabled(QStringLiteral("Patient")));
    QCOMPARE(patientRow(), QStringLiteral("Shut|needs user/Patient.read")); // not listed while hidden
    QCOMPARE(panel->findChild<QListWidget*>(QStringLiteral("unrecognisedList"))->count(), 0);

    m_window->scopePreviewDock()->show();
    QVERIFY(panel->isVisible());
    QCOMPARE(patientRow(), QStringLiteral("Open|granted by user/Patient.read"));
    auto* unrecognised = panel->findChild<QListWidget*>(QStringLiteral("unrecognisedList"));
    QCOMPARE(unrecognised->count(), 1);
    QVERIFY(unrecognised->isVisible());

    // Asked while hidden (the getters): listed then.
    m_window->scopePreviewDock()->hide();
    access->setSession(std::nullopt, ccri::ScopeSet(), false);
    QCOMPARE(panel->decisionList(), list);
    QCOMPARE(patientRow(), QStringLiteral("Shut|needs user/Patient.read"));
    QCOMPARE(panel->unrecognisedList()->count(), 0);
    QVERIFY(panel->unrecognisedList()->isHidden());
    m_window->scopePreviewDock()->show();
    QCOMPARE(patientRow(), QStringLiteral("Shut|needs user/Patient.read"));
}

QTEST_MAIN(TestScopePreview)
#include "TestScopePreview.moc"
