#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;

namespace ccri {

class ResourceTabs;
class ScopeAccess;
class ScopePreviewPanel;

// The explorer's main window: the resource tabs in the middle, the scope preview as a dock on the
// right (View → Scope preview), a status line saying how many resource types are open and why.
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

private:
    void createMenus();
    void updateFromAccess();
    void showAbout();

    ScopeAccess* m_access = nullptr;
    ResourceTabs* m_tabs = nullptr;
    ScopePreviewPanel* m_preview = nullptr;
    QDockWidget* m_previewDock = nullptr;
    QLabel* m_statusLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace ccri
