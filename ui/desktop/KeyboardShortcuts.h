#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace ccri {

class ResourceTabs;

// The explorer's keyboard shortcuts for what the sign-in and browser screens offer, given in one
// place so they never clash, and found by the objects' names so those screens need not know:
//   Ctrl+Shift+I / Ctrl+Shift+O  sign in / sign out          (Account menu)
//   Ctrl+F                       find a patient (Patient tab, first search field)
//   Alt+PgDown / Alt+PgUp        next / previous page of the current resource tab
//   Ctrl+Shift+L / T / E         request log / token inspector / session docks
// Construct it once the window's screens (AccountController, ResourceBrowser) exist. The find and
// page actions go in the given menu (View), so they are listed with their keys.
class KeyboardShortcuts : public QObject
{
    Q_OBJECT

public:
    KeyboardShortcuts(QMainWindow* window, ResourceTabs* tabs, QMenu* menu);

    QAction* findPatientAction() const { return m_findPatient; }
    QAction* nextPageAction() const { return m_nextPage; }
    QAction* previousPageAction() const { return m_previousPage; }

    void findPatient();
    void turnPage(bool forward);

private:
    void setShortcut(const QString& actionName, const QKeySequence& keys);
    void setDockShortcut(const QString& dockName, const QKeySequence& keys);

    QMainWindow* m_window = nullptr;
    ResourceTabs* m_tabs = nullptr;
    QAction* m_findPatient = nullptr;
    QAction* m_nextPage = nullptr;
    QAction* m_previousPage = nullptr;
};

} // namespace ccri
