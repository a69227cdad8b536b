#include "ui/desktop/KeyboardShortcuts.h"

#include "ui/main/ActionCollection.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabBar>

namespace ccri {

KeyboardShortcuts::KeyboardShortcuts(MainWindow* window)
    : QObject(window)
    , m_tabs(window->resourceTabs())
    , m_findPatient(new QAction(tr("&Find a patient"), window))
    , m_nextPage(new QAction(tr("&Next page"), window))
    , m_previousPage(new QAction(tr("P&revious page"), window))
{
    m_findPatient->setObjectName(QStringLiteral("findPatientAction"));
    window->actions()->add(m_findPatient, QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findPatient, &QAction::triggered, this, &KeyboardShortcuts::findPatient);
    m_nextPage->setObjectName(QStringLiteral("nextPageAction"));
    window->actions()->add(m_nextPage, QKeySequence(Qt::ALT | Qt::Key_PageDown));
    connect(m_nextPage, &QAction::triggered, this, [this] { turnPage(true); });
    m_previousPage->setObjectName(QStringLiteral("previousPageAction"));
    window->actions()->add(m_previousPage, QKeySequence(Qt::ALT | Qt::Key_PageUp));
    connect(m_previousPage, &QAction::triggered, this, [this] { turnPage(false); });
    for (QAction* action : {m_findPatient, m_nextPage, m_previousPage})
        action->setShortcutContext(Qt::WindowShortcut);
    window->viewMenu()->addSeparator();
    window->viewMenu()->addActions({m_findPatient, m_nextPage, m_previousPage});
}

void KeyboardShortcuts::findPatient()
{
    const int index = m_tabs->indexOf(QStringLiteral("Patient"));
    if (index < 0)
        return;
    m_tabs->tabBar()->setCurrentIndex(index);
    QWidget* page = m_tabs->page(QStringLiteral("Patient"));
    QWidget* search = page && page->objectName() == QLatin1String("patientSearch")
        ? page
        : (page ? page->findChild<QWidget*>(QStringLiteral("patientSearch")) : nullptr);
    if (!search)
        return;
    // The first enabled search field, in Tab order.
    QWidget* field = search->nextInFocusChain();
    for (int i = 0; field && field != search && i < 100; ++i, field = field->nextInFocusChain()) {
        if (qobject_cast<QLineEdit*>(field) && field->isEnabled() && field->isVisible()
            && search->isAncestorOf(field)) {
            field->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void KeyboardShortcuts::turnPage(bool forward)
{
    QWidget* page = m_tabs->page(m_tabs->currentResourceType());
    if (!page)
        return;
    auto* button = page->findChild<QPushButton*>(forward ? QStringLiteral("nextPage") : QStringLiteral("previousPage"));
    if (button && button->isEnabled() && button->isVisible())
        button->click();
}

} // namespace ccri
