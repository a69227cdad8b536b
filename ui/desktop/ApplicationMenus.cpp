#include "ui/desktop/ApplicationMenus.h"

#include "ui/desktop/HighContrastPalette.h"
#include "ui/desktop/PreferencesDialog.h"
#include "ui/desktop/TrainingGuideWindow.h"
#include "ui/main/ActionCollection.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace ccri {

namespace {
// The action to insert before: the first with the given menu role, else none (append).
QAction* firstWithRole(QMenu* menu, QAction::MenuRole role)
{
    for (QAction* action : menu->actions()) {
        if (action->menuRole() == role)
            return action;
    }
    return nullptr;
}
} // namespace

ApplicationMenus::ApplicationMenus(MainWindow* window, QMenu* fileMenu, QMenu* helpMenu, UserPreferences* preferences)
    : QObject(window)
    , m_window(window)
    , m_preferences(preferences)
    , m_preferencesAction(new QAction(tr("&Preferences…"), window))
    , m_trainingGuideAction(new QAction(tr("&Training guide"), window))
{
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    window->actions()->add(m_preferencesAction, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &ApplicationMenus::showPreferences);
    QAction* quit = firstWithRole(fileMenu, QAction::QuitRole);
    fileMenu->insertAction(quit, m_preferencesAction);
    if (quit)
        fileMenu->insertSeparator(quit);

    m_trainingGuideAction->setObjectName(QStringLiteral("trainingGuideAction"));
    window->actions()->add(m_trainingGuideAction, QKeySequence(Qt::Key_F1));
    connect(m_trainingGuideAction, &QAction::triggered, this, &ApplicationMenus::showTrainingGuide);
    QAction* about = firstWithRole(helpMenu, QAction::AboutRole);
    helpMenu->insertAction(about, m_trainingGuideAction);
    if (about)
        helpMenu->insertSeparator(about);
}

void ApplicationMenus::showPreferences()
{
    if (!m_preferencesDialog) {
        m_preferencesDialog = new PreferencesDialog(m_preferences, m_window);
        m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_preferencesDialog, &PreferencesDialog::highContrastChanged, this, &HighContrastPalette::apply);
    }
    m_preferencesDialog->open();
}

void ApplicationMenus::showTrainingGuide()
{
    if (!m_trainingGuide) {
        m_trainingGuide = new TrainingGuideWindow(m_window);
        m_trainingGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_trainingGuide->show();
    m_trainingGuide->raise();
    m_trainingGuide->activateWindow();
}

} // namespace ccri
