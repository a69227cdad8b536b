// Account → Check this server… on the explorer as main() builds it, pointed at the real sandbox: the
// dialog lists every finding as passed, its parts have accessible names, and the JSON report is saved
// through its (non-modal) file dialog.
#include "app/probe/ProbeReport.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/signin/SignInTestCase.h"
#include "ui/main/MainWindow.h"
#include "ui/probe/ProbeDialog.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ccri;

class TestProbeDialog : public test::SignInTestCase
{
    Q_OBJECT
public:
    using SignInTestCase::SignInTestCase;

private slots:
    void cleanupTestCase() { m_server.reset(); } // the probe never sends a secret: none to look for
    void checksTheSandboxAndSavesTheReport();
};

void TestProbeDialog::checksTheSandboxAndSavesTheReport()
{
    QAction* check = nullptr;
    for (QAction* action : m_app.window()->findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&Check this server…"))
            check = action;
    }
    QVERIFY(check);
    QVERIFY(check->isEnabled());
    check->trigger();
    auto* dialog = m_app.window()->findChild<ProbeDialog*>(QStringLiteral("probeDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy checked(dialog, &ProbeDialog::checked);
    QVERIFY(checked.wait(60000));

    const probe::ProbeReport& report = dialog->report();
    QVERIFY(!report.findings.isEmpty());
    QVERIFY2(!report.hasFailures(), qPrintable(report.toText()));
    QVERIFY(report.find(QStringLiteral("authorization-request"))); // the profile's client id was used
    auto* findings = dialog->findChild<QTreeWidget*>(QStringLiteral("probeFindings"));
    QVERIFY(findings);
    QCOMPARE(findings->accessibleName(), QStringLiteral("Findings"));
    QCOMPARE(findings->topLevelItemCount(), report.findings.size());
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        QCOMPARE(findings->topLevelItem(i)->text(0), report.findings.at(i).severityText());
    for (QPushButton* button : dialog->findChildren<QPushButton*>())
        QVERIFY2(!button->text().remove(QLatin1Char('&')).isEmpty() || !button->accessibleName().isEmpty(),
                 "a button without a name");

    auto* saveJson = dialog->findChild<QPushButton*>(QStringLiteral("probeSaveJson"));
    QVERIFY(saveJson && saveJson->isEnabled());
    saveJson->click();
    auto* chooser = dialog->findChild<QFileDialog*>();
    QVERIFY(chooser);
    QVERIFY(chooser->isVisible());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("server-check.json"));
    chooser->setOption(QFileDialog::DontConfirmOverwrite);
    chooser->selectFile(path);
    static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, as its Save button does
    QFile saved(path);
    QTRY_VERIFY(saved.exists());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), report.findings.size());
    dialog->close();
}

int main(int argc, char** argv)
{
    return test::runSignInTest<TestProbeDialog>(argc, argv);
}

#include "TestProbeDialog.moc"
