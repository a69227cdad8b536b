#pragma once

#include "ui/desktop/PreferencesDialog.h"
#include "ui/desktop/TrainingGuideWindow.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace ccri {

class MainWindow;
class UserPreferences;

// Adds the desktop-wide entries to a main window's menus without the window knowing:
// File → Preferences… (Ctrl+,) before Quit, Help → Training guide (F1) before About.
// Dialogs open without blocking (open()/show(), no exec()).
class ApplicationMenus : public QObject
{
    Q_OBJECT

public:
    ApplicationMenus(MainWindow* window, QMenu* fileMenu, QMenu* helpMenu, UserPreferences* preferences);

    QAction* preferencesAction() const { return m_preferencesAction; }
    QAction* trainingGuideAction() const { return m_trainingGuideAction; }

    void showPreferences();
    void showTrainingGuide();

    PreferencesDialog* preferencesDialog() const { return m_preferencesDialog; }
    TrainingGuideWindow* trainingGuide() const { return m_trainingGuide; }

private:
    QMainWindow* m_window = nullptr;
    UserPreferences* m_preferences = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_trainingGuideAction = nullptr;
    QPointer<PreferencesDialog> m_preferencesDialog;
    QPointer<TrainingGuideWindow> m_trainingGuide;
};

} // namespace ccri
