#pragma once

#include "ui/shell/ExplorerShellOptions.h"
#include "ui/shell/ExplorerStart.h"
#include "ui/signin/LocalSandbox.h"

#include <memory>
#include <QString>

class QSettings;

namespace ccri {

namespace auth {
class ProfileStore;
class TokenStore;
} // namespace auth

class AccountController;
class ApplicationMenus;
class KeyboardShortcuts;
class MainWindow;
class ResourceBrowser;
class SessionTokenProvider;
class TranslationLoader;
class UserPreferences;

// The explorer, built in one place: its one QSettings handle and the stores on it (preferences,
// server profiles), the keychain token store, the main window with its screens (Account menu and
// session, resource browser, File/Help entries, keyboard shortcuts) and the Local CCRI sandbox
// launcher (made by the factory main() or the test hands in). main() and every GUI test build this
// same object; start() then applies the command line and shows the window (with the first-run
// welcome when nothing was asked for).
//
//   ExplorerShell shell({}, sandbox::InProcessLocalSandbox::factory());
//   QString error;
//   if (!shell.start(request, &error)) ...
class ExplorerShell
{
public:
    ExplorerShell(const ExplorerShellOptions& options, const LocalSandboxFactory& localSandbox);
    ~ExplorerShell();
    ExplorerShell(const ExplorerShell&) = delete;
    ExplorerShell& operator=(const ExplorerShell&) = delete;

    // The command line's choices, the saved session resumed, the layout restored, the window shown,
    // the welcome offered. False (and *policyError: why the --policy cannot be used) shows nothing.
    bool start(const ExplorerStart& request, QString* policyError = nullptr);

    QSettings* settings() const { return m_settings.get(); }
    UserPreferences* preferences() const { return m_preferences.get(); }
    auth::TokenStore* tokens() const { return m_tokens.get(); }
    auth::ProfileStore* profiles() const { return m_profiles.get(); }
    MainWindow* window() const { return m_window.get(); }
    AccountController* account() const { return m_account.get(); }
    ResourceBrowser* browser() const { return m_browser.get(); }
    ApplicationMenus* menus() const { return m_menus.get(); }
    KeyboardShortcuts* shortcuts() const { return m_shortcuts.get(); }

private:
    bool applyPolicy(const ExplorerStart& request, QString* error);
    void offerWelcome();

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<UserPreferences> m_preferences;
    std::unique_ptr<TranslationLoader> m_translations;
    std::unique_ptr<auth::TokenStore> m_tokens;
    std::unique_ptr<auth::ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    // The window's screens, gone (in reverse) before the window.
    std::unique_ptr<ApplicationMenus> m_menus;
    std::unique_ptr<AccountController> m_account;
    std::unique_ptr<SessionTokenProvider> m_tokenProvider;
    std::unique_ptr<ResourceBrowser> m_browser;
    std::unique_ptr<KeyboardShortcuts> m_shortcuts;
};

} // namespace ccri
