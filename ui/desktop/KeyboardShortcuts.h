#pragma once

#include <QObject>

class QAction;

namespace ccri {

class MainWindow;
class ResourceTabs;

// The keyboard's ways through the resource tabs, registered in the window's ActionCollection
// (where every screen registers its own actions and shortcuts, so a clash is found):
//   Ctrl+F                       find a patient (Patient tab, first search field)
//   Alt+PgDown / Alt+PgUp        next / previous page of the current resource tab
// They go in the View menu, so they are listed with their keys.
class KeyboardShortcuts : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardShortcuts(MainWindow* window);

    QAction* findPatientAction() const { return m_findPatient; }
    QAction* nextPageAction() const { return m_nextPage; }
    QAction* previousPageAction() const { return m_previousPage; }

    void findPatient();
    void turnPage(bool forward);

private:
    ResourceTabs* m_tabs = nullptr;
    QAction* m_findPatient = nullptr;
    QAction* m_nextPage = nullptr;
    QAction* m_previousPage = nullptr;
};

} // namespace ccri
