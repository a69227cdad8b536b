#pragma once

#include <functional>
#include <memory>
#include <QDir>
#include <QString>
#include <QStringList>

class QWidget;

namespace ccri {
class AccountController;
class ExplorerShell;
class MainWindow;
class ResourceBrowser;
namespace sandbox {
class SandboxServer;
}
} // namespace ccri

namespace ccri::test {

// Takes the screenshots of docs/training.md from the real explorer: the sandbox in this process,
// the main window put together as app/main.cpp does, the real sign-in window (QtWebEngine) driven
// through the sandbox's pages like a trainee would, and QWidget::grab() of what the trainee sees.
// variant "" takes the whole tour; "scaled", "high-contrast" and "welsh" take one picture of the
// clinician's window (run "scaled" with QT_SCALE_FACTOR=2).
class ScreenshotTour
{
public:
    ScreenshotTour(const QDir& out, const QString& scratch);
    ~ScreenshotTour();

    bool run(const QString& variant);
    QString error() const { return m_error; }

private:
    bool start();
    bool welcome();
    bool guide();
    bool profiles();
    bool signIn(const QString& user, const QStringList& untick = {}, const QString& loginShot = QString(),
                const QString& consentShot = QString());
    bool signOut();
    bool showPatientRecords(const QString& resourceType);
    bool showNarrowed();
    bool overview(); // the patient Overview and its vital-signs chart
    bool tryAnyway(const QString& resourceType);
    bool requestLog();
    bool tokenInspector();
    bool scopePreview(const QString& example, const QString& name);
    bool faults(); // View → Local sandbox with the trainer's faults (variant "faults")
    bool save(QWidget* widget, const QString& name);
    bool waitFor(const std::function<bool()>& condition, const QString& what, int timeoutMs = 30000);

    QDir m_out;
    QString m_scratch;
    QString m_error;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ExplorerShell> m_shell;
    MainWindow* m_window = nullptr; // the shell's
    AccountController* m_account = nullptr;
    ResourceBrowser* m_browser = nullptr;
};

} // namespace ccri::test
