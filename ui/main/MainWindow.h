#pragma once

#include <QMainWindow>

class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QSettings;

namespace ccri {

class ActionCollection;
class ResourceTabs;
class ScopeAccess;
class ScopePreviewPanel;

// The explorer's main window: the resource tabs in the middle, the scope preview as a dock
// (View → Scope preview), a status line saying whose scopes the tabs show, how many resource types
// are open and why. While the scope preview shows a "what-if", a notice above the tabs says so and
// offers "Back to my session".
// Later features plug in through access() (set the granted scopes), resourceTabs() (replace pages)
// and the menus (fileMenu(), viewMenu(), helpMenu()).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    ScopeAccess* access() const { return m_access; }
    ResourceTabs* resourceTabs() const { return m_tabs; }
    ScopePreviewPanel* scopePreview() const { return m_preview; }
    QDockWidget* scopePreviewDock() const { return m_previewDock; }
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    // Every screen's actions with their default shortcuts (ActionCollection).
    ActionCollection* actions() const { return m_actions; }

    // The layout at start: every dock hidden except those named (the tools stay in View), then the
    // user's own layout from `settings` (not owned), when one was saved. The layout is saved there on close.
    void restoreLayout(QSettings* settings, const QStringList& docksShownByDefault);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateFromAccess();
    void showAbout();

    ActionCollection* m_actions = nullptr;
    ScopeAccess* m_access = nullptr;
    ResourceTabs* m_tabs = nullptr;
    ScopePreviewPanel* m_preview = nullptr;
    QDockWidget* m_previewDock = nullptr;
    QLabel* m_statusLabel = nullptr;
    QFrame* m_previewNotice = nullptr;
    QLabel* m_previewNoticeText = nullptr;
    QPushButton* m_backToSessionButton = nullptr;
    QSettings* m_settings = nullptr; // set by restoreLayout(): where the layout goes on close
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace ccri
