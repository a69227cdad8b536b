#include "ui/main/MainWindow.h"

#include "ui/main/ActionCollection.h"
#include "ui/main/ResourceTabs.h"
#include "ui/main/ScopeAccess.h"
#include "ui/scopes/ScopePreviewPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ccri {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_actions(new ActionCollection(this))
    , m_access(new ScopeAccess(this))
    , m_tabs(new ResourceTabs(this))
    , m_preview(new ScopePreviewPanel(m_access, this))
    , m_previewDock(new QDockWidget(tr("Scope preview"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CareConnect Explorer"));

    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_previewNotice = new QFrame(central);
    m_previewNotice->setObjectName(QStringLiteral("previewNotice"));
    m_previewNotice->setFrameShape(QFrame::StyledPanel);
    m_previewNotice->setAutoFillBackground(true);
    QPalette noticePalette = m_previewNotice->palette();
    noticePalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce)); // a pale amber: "look, not real"
    noticePalette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_previewNotice->setPalette(noticePalette);
    auto* noticeLayout = new QHBoxLayout(m_previewNotice);
    noticeLayout->setContentsMargins(10, 6, 10, 6);
    m_previewNoticeText = new QLabel(m_previewNotice);
    m_previewNoticeText->setObjectName(QStringLiteral("previewNoticeText"));
    m_previewNoticeText->setWordWrap(true);
    m_backToSessionButton = new QPushButton(m_previewNotice);
    m_backToSessionButton->setObjectName(QStringLiteral("backToSessionButton"));
    noticeLayout->addWidget(m_previewNoticeText, 1);
    noticeLayout->addWidget(m_backToSessionButton);
    connect(m_backToSessionButton, &QPushButton::clicked, m_access, &ScopeAccess::clearPreview);
    m_previewNotice->hide();
    m_tabs->setObjectName(QStringLiteral("resourceTabs"));
    centralLayout->addWidget(m_previewNotice);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_previewDock->setObjectName(QStringLiteral("scopePreviewDock"));
    m_previewDock->setWidget(m_preview);
    connect(m_previewDock, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        const bool wide = area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea;
        m_preview->setOrientation(wide ? Qt::Horizontal : Qt::Vertical);
    });
    addDockWidget(Qt::BottomDockWidgetArea, m_previewDock);
    resizeDocks({m_previewDock}, {340}, Qt::Vertical);

    m_statusLabel->setObjectName(QStringLiteral("accessStatus"));
    m_statusLabel->setContentsMargins(8, 2, 8, 2);
    statusBar()->addWidget(m_statusLabel, 1);

    createMenus();
    connect(m_access, &ScopeAccess::changed, this, &MainWindow::updateFromAccess);
    updateFromAccess();
    resize(1360, 860);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    m_actions->add(quit, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction* preview = m_previewDock->toggleViewAction();
    preview->setObjectName(QStringLiteral("scopePreviewAction"));
    preview->setText(tr("&Scope preview"));
    m_actions->add(preview, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_viewMenu->addAction(preview);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = m_helpMenu->addAction(tr("&About CareConnect Explorer"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    m_actions->add(about);
}

void MainWindow::updateFromAccess()
{
    m_tabs->setDecisions(m_access->decisions());

    const bool previewing = m_access->isPreviewing();
    const bool signedIn = m_access->isSignedIn();
    m_previewNotice->setVisible(previewing);
    if (signedIn) {
        m_previewNoticeText->setText(tr("<b>Previewing scopes</b> — the tabs show this preview, not your "
                                        "session. Reading still uses your session's token, so the server may "
                                        "refuse what the preview opens."));
        m_backToSessionButton->setText(tr("Back to my session"));
    } else {
        m_previewNoticeText->setText(tr("<b>Previewing scopes</b> — the tabs show this preview. You are not "
                                        "signed in, so nothing can be read yet."));
        m_backToSessionButton->setText(tr("End preview"));
    }

    const int total = int(m_tabs->decisions().size()); // the resource types, not the Overview
    const int open = m_access->grantedCount();
    QString status;
    if (previewing)
        status = tr("Scope preview (not your session): ");
    else if (signedIn)
        status = tr("Your session's scopes: ");
    if (m_access->scopes().isEmpty()) {
        if (signedIn)
            status += tr("%1 — your session was granted no scopes, so every resource type is shut.")
                          .arg(m_access->policy().name());
        else
            status += tr("%1 — not signed in, so every resource type is shut. Sign in (Account → Sign in…), or "
                         "try scopes in View → Scope preview.")
                          .arg(m_access->policy().name());
    } else {
        status += tr("%1 — %2 of %n resource types open with these scopes.", nullptr, total)
                      .arg(m_access->policy().name())
                      .arg(open);
        QStringList shut;
        QStringList partly;
        for (const PolicyDecision& decision : m_tabs->decisions()) {
            if (!decision.granted)
                shut.append(decision.resourceType);
            else if (decision.isPartial())
                partly.append(decision.resourceType);
        }
        if (!partly.isEmpty())
            status += QLatin1Char(' ') + tr("Open only in part: %1.").arg(partly.join(tr(", ")));
        if (!shut.isEmpty())
            status += QLatin1Char(' ') + tr("Shut: %1.").arg(shut.join(tr(", ")));
        const qsizetype unrecognised = m_access->scopes().unrecognised().size();
        if (unrecognised == 1)
            status += QLatin1Char(' ') + tr("1 scope not recognised (see the scope preview).");
        else if (unrecognised > 1)
            status += QLatin1Char(' ') + tr("%1 scopes not recognised (see the scope preview).").arg(unrecognised);
    }
    m_statusLabel->setText(status);
    m_statusLabel->setToolTip(status); // the whole line, when the window cuts it
}

void MainWindow::restoreLayout(QSettings* settings, const QStringList& docksShownByDefault)
{
    const QList<QDockWidget*> docks = findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly);
    for (QDockWidget* dock : docks)
        dock->setVisible(docksShownByDefault.contains(dock->objectName()));
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings->value(QStringLiteral("window/state")).toByteArray())) {
        // First start: side docks wide enough for a server address and a token's claims.
        QList<QDockWidget*> side;
        for (QDockWidget* dock : docks) {
            const Qt::DockWidgetArea area = dockWidgetArea(dock);
            if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)
                side.append(dock);
        }
        resizeDocks(side, QList<int>(side.size(), 360), Qt::Horizontal);
    }
    m_settings = settings;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Only a window whose layout came from restoreLayout() writes it back (tests' windows do not).
    if (m_settings) {
        m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
        m_settings->setValue(QStringLiteral("window/state"), saveState());
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About CareConnect Explorer"),
                                tr("<h3>CareConnect Explorer %1</h3>"
                                   "<p>Browse SMART-on-FHIR secured FHIR servers, starting with the NHS Care Connect "
                                   "Reference Implementation, and see which resource types your scopes open, and "
                                   "why.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal without a nested event loop
}

} // namespace ccri
