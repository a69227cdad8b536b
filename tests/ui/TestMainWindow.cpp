// The main window's shell: menus, the scope preview dock, the status line, the About box.
#include "MainWindow.h"
#include "ResourceTabs.h"
#include "ScopeAccess.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hasFileViewHelpMenus();
    void viewMenuTogglesTheScopePreview();
    void scopePreviewFitsASideDock();
    void aboutOpensWithoutBlocking();
    void statusSaysWhatIsOpen();
    void grantedScopesCanComeFromElsewhere();
    void quitCloses();

private:
    ccri::MainWindow* m_window = nullptr;
};

void TestMainWindow::init()
{
    m_window = new ccri::MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::hasFileViewHelpMenus()
{
    QStringList titles;
    for (QAction* action : m_window->menuBar()->actions())
        titles.append(action->text().remove(QLatin1Char('&')));
    QCOMPARE(titles, QStringList({"File", "View", "Help"}));
    QVERIFY(m_window->fileMenu()->findChild<QAction*>(QStringLiteral("quitAction"))
            || m_window->findChild<QAction*>(QStringLiteral("quitAction")));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("CareConnect Explorer"));
}

void TestMainWindow::viewMenuTogglesTheScopePreview()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("scopePreviewAction"));
    QVERIFY(action);
    QVERIFY(m_window->viewMenu()->actions().contains(action));
    QVERIFY(m_window->scopePreviewDock()->isVisible());
    action->trigger();
    QVERIFY(!m_window->scopePreviewDock()->isVisible());
    action->trigger();
    QVERIFY(m_window->scopePreviewDock()->isVisible());
}

void TestMainWindow::scopePreviewFitsASideDock()
{
    // Docked at the bottom the preview lays out side by side; at the side it stacks, list below.
    auto* list = m_window->findChild<QWidget*>(QStringLiteral("decisionList"));
    auto* edit = m_window->findChild<QWidget*>(QStringLiteral("scopeEdit"));
    QVERIFY(list && edit);
    QTRY_VERIFY(list->mapTo(m_window, QPoint()).x() > edit->mapTo(m_window, QPoint()).x() + edit->width() / 2);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_window->scopePreviewDock());
    QTRY_VERIFY(list->mapTo(m_window, QPoint()).y() > edit->mapTo(m_window, QPoint()).y() + edit->height());
    QVERIFY(list->height() > 200);
}

void TestMainWindow::aboutOpensWithoutBlocking()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(action);
    QVERIFY(m_window->helpMenu()->actions().contains(action));
    action->trigger(); // returns at once: no nested event loop
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("aboutBox"))) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("CareConnect Explorer")));
    box->accept();
    QTRY_VERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("aboutBox")));
}

void TestMainWindow::statusSaysWhatIsOpen()
{
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("accessStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("no scopes yet")), qPrintable(status->text()));
    m_window->access()->setScopes(ccri::ScopeSet::parse(QStringLiteral("user/*.read")));
    QVERIFY2(status->text().contains(QStringLiteral("11 of 11 resource types open")), qPrintable(status->text()));
    QVERIFY(!status->text().contains(QStringLiteral("Shut")));
    m_window->access()->setScopes(ccri::ScopeSet::parse(QStringLiteral("user/Observation.read")));
    QVERIFY2(status->text().contains(QStringLiteral("2 of 11")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("Shut: Patient, Encounter")), qPrintable(status->text()));
}

void TestMainWindow::grantedScopesCanComeFromElsewhere()
{
    // What sign-in will do with a token response's scope.
    m_window->access()->setScopes(ccri::ScopeSet::parse(QStringLiteral("patient/MedicationPrescription.read")));
    QVERIFY(m_window->resourceTabs()->isTabEnabled(QStringLiteral("MedicationRequest")));
    QVERIFY(!m_window->resourceTabs()->isTabEnabled(QStringLiteral("Patient")));
}

void TestMainWindow::quitCloses()
{
    auto* quit = m_window->findChild<QAction*>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    quit->trigger();
    QTRY_VERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
