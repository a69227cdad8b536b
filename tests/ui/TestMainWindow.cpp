// The main window's shell: menus, the scope preview dock, the status line, the About box, the
// preview-versus-session notice, the default dock layout.
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/main/ScopeAccess.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hasFileViewHelpMenus();
    void viewMenuTogglesTheScopePreview();
    void scopePreviewFitsASideDock();
    void aboutOpensWithoutBlocking();
    void statusSaysWhatIsOpen();
    void grantedScopesCanComeFromElsewhere();
    void previewIsAWhatIfOverTheSession();
    void defaultLayoutShowsTheSessionDockOnly();
    void quitCloses();

private:
    ccri::MainWindow* m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    // The layout test writes settings: keep them out of the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ccri-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    QSettings().clear();
}

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
    QVERIFY2(status->text().contains(QStringLiteral("not signed in, so every resource type is shut")),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("Account → Sign in")), qPrintable(status->text()));
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

void TestMainWindow::previewIsAWhatIfOverTheSession()
{
    ccri::ScopeAccess* access = m_window->access();
    ccri::ResourceTabs* tabs = m_window->resourceTabs();
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("accessStatus"));
    auto* notice = m_window->findChild<QWidget*>(QStringLiteral("previewNotice"));
    auto* noticeText = m_window->findChild<QLabel*>(QStringLiteral("previewNoticeText"));
    auto* back = m_window->findChild<QPushButton*>(QStringLiteral("backToSessionButton"));
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("scopeEdit"));
    QVERIFY(status && notice && noticeText && back && edit);

    // Signed in: the tabs follow the session, and the status line says so.
    access->setScopes(ccri::ScopeSet::parse(QStringLiteral("user/Patient.read")));
    access->setSignedIn(true);
    QVERIFY(!notice->isVisible());
    QVERIFY2(status->text().startsWith(QStringLiteral("Your session's scopes: ")), qPrintable(status->text()));
    QVERIFY(tabs->isTabEnabled(QStringLiteral("Patient")));
    QVERIFY(!tabs->isTabEnabled(QStringLiteral("Observation")));

    // Typing in the preview is a what-if: the tabs show it, the notice and the status say so.
    QTest::keyClicks(edit, QStringLiteral("user/Observation.read"));
    QVERIFY(access->isPreviewing());
    QVERIFY(notice->isVisible());
    QVERIFY2(noticeText->text().contains(QStringLiteral("the tabs show this preview, not your session")),
             qPrintable(noticeText->text()));
    QCOMPARE(back->text(), QStringLiteral("Back to my session"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Scope preview (not your session): ")),
             qPrintable(status->text()));
    QVERIFY(tabs->isTabEnabled(QStringLiteral("Observation")));
    QVERIFY(!tabs->isTabEnabled(QStringLiteral("Patient")));
    QCOMPARE(access->sessionScopes().toString(), QStringLiteral("user/Patient.read"));

    // A token refresh with the same session scopes does not end the preview.
    access->setScopes(ccri::ScopeSet::parse(QStringLiteral("user/Patient.read")));
    QVERIFY(tabs->isTabEnabled(QStringLiteral("Observation")));

    // Back to my session: the preview is emptied, the tabs follow the session again.
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!access->isPreviewing());
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!notice->isVisible());
    QVERIFY(tabs->isTabEnabled(QStringLiteral("Patient")));
    QVERIFY(!tabs->isTabEnabled(QStringLiteral("Observation")));
    QVERIFY2(status->text().startsWith(QStringLiteral("Your session's scopes: ")), qPrintable(status->text()));

    // Signed out, a preview still works, and says nothing can be read.
    access->setSignedIn(false);
    access->setScopes(ccri::ScopeSet());
    QTest::keyClicks(edit, QStringLiteral("user/*.read"));
    QVERIFY(notice->isVisible());
    QVERIFY2(noticeText->text().contains(QStringLiteral("not signed in")), qPrintable(noticeText->text()));
    QCOMPARE(back->text(), QStringLiteral("End preview"));
    QCOMPARE(access->grantedCount(), tabs->count());
}

void TestMainWindow::defaultLayoutShowsTheSessionDockOnly()
{
    const auto addDock = [](ccri::MainWindow* window, const QString& name, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(name, window);
        dock->setObjectName(name);
        dock->setWidget(new QLabel(name, dock));
        window->addDockWidget(area, dock);
        return dock;
    };
    QSettings settings;
    settings.clear();
    QDockWidget* session = addDock(m_window, QStringLiteral("sessionDock"), Qt::RightDockWidgetArea);
    QDockWidget* log = addDock(m_window, QStringLiteral("requestLogDock"), Qt::BottomDockWidgetArea);
    m_window->restoreLayout(&settings, {QStringLiteral("sessionDock")});
    QVERIFY(session->isVisible());
    QVERIFY(!log->isVisible());
    QVERIFY(!m_window->scopePreviewDock()->isVisible());

    // The user's own layout is remembered on close and comes back next time.
    log->show();
    session->hide();
    m_window->close();
    auto* next = new ccri::MainWindow;
    QDockWidget* nextSession = addDock(next, QStringLiteral("sessionDock"), Qt::RightDockWidgetArea);
    QDockWidget* nextLog = addDock(next, QStringLiteral("requestLogDock"), Qt::BottomDockWidgetArea);
    next->restoreLayout(&settings, {QStringLiteral("sessionDock")});
    next->show();
    QVERIFY(QTest::qWaitForWindowExposed(next));
    QVERIFY(nextLog->isVisible());
    QVERIFY(!nextSession->isVisible());
    delete next;
    settings.clear();
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
