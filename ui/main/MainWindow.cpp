#include "MainWindow.h"

#include "ResourceTabs.h"
#include "ScopeAccess.h"
#include "ScopePreviewPanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace ccri {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_access(new ScopeAccess(this))
    , m_tabs(new ResourceTabs(this))
    , m_preview(new ScopePreviewPanel(m_access, this))
    , m_previewDock(new QDockWidget(tr("Scope preview"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CareConnect Explorer"));

    m_tabs->setObjectName(QStringLiteral("resourceTabs"));
    setCentralWidget(m_tabs);

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
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction* preview = m_previewDock->toggleViewAction();
    preview->setObjectName(QStringLiteral("scopePreviewAction"));
    preview->setText(tr("&Scope preview"));
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_viewMenu->addAction(preview);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = m_helpMenu->addAction(tr("&About CareConnect Explorer"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateFromAccess()
{
    m_tabs->setDecisions(m_access->decisions());

    const int total = m_tabs->count();
    const int open = m_access->grantedCount();
    QString status;
    if (m_access->scopes().isEmpty()) {
        status = tr("%1 — no scopes yet, so every resource type is shut. Type scopes in the scope preview to see "
                    "what they open.")
                     .arg(m_access->policy().name());
    } else {
        status = tr("%1 — %2 of %n resource types open with these scopes.", nullptr, total)
                     .arg(m_access->policy().name())
                     .arg(open);
        QStringList shut;
        for (const PolicyDecision& decision : m_tabs->decisions()) {
            if (!decision.granted)
                shut.append(decision.resourceType);
        }
        if (!shut.isEmpty())
            status += QLatin1Char(' ') + tr("Shut: %1.").arg(shut.join(tr(", ")));
        const qsizetype unrecognised = m_access->scopes().unrecognised().size();
        if (unrecognised == 1)
            status += QLatin1Char(' ') + tr("1 scope not recognised (see the scope preview).");
        else if (unrecognised > 1)
            status += QLatin1Char(' ') + tr("%1 scopes not recognised (see the scope preview).").arg(unrecognised);
    }
    m_statusLabel->setText(status);
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
