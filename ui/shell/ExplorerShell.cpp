#include "ui/shell/ExplorerShell.h"

#include "app/auth/BuiltinProfiles.h"
#include "app/auth/ProfileStore.h"
#include "app/auth/TokenStore.h"
#include "app/core/ScopePolicy.h"
#include "app/fhir/FhirClient.h"
#include "ui/browser/CapabilityView.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/desktop/ApplicationMenus.h"
#include "ui/desktop/HighContrastPalette.h"
#include "ui/desktop/KeyboardShortcuts.h"
#include "ui/desktop/TranslationLoader.h"
#include "ui/desktop/UserPreferences.h"
#include "ui/desktop/WelcomeDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/scopes/ScopePreviewPanel.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/SessionTokenProvider.h"
#include "ui/signin/SignInController.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace ccri {

ExplorerShell::ExplorerShell(const ExplorerShellOptions& options, const LocalSandboxFactory& localSandbox)
    : m_settings(options.settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(options.settingsFile, QSettings::IniFormat))
    , m_preferences(std::make_unique<UserPreferences>(m_settings.get()))
    , m_translations(std::make_unique<TranslationLoader>())
{
    // The language first: every window below takes its words from it.
    if (options.applyPreferences) {
        m_translations->install(QCoreApplication::instance(),
                                TranslationLoader::resolve(m_preferences->language(), QLocale::system()));
        if (m_preferences->highContrast())
            HighContrastPalette::apply(true);
    }
    m_tokens = std::make_unique<auth::TokenStore>(options.keychainService);
    m_profiles = std::make_unique<auth::ProfileStore>(m_settings.get());
    m_window = std::make_unique<MainWindow>();
    m_menus = std::make_unique<ApplicationMenus>(m_window.get(), m_window->fileMenu(), m_window->helpMenu(),
                                                 m_preferences.get());
    m_account = std::make_unique<AccountController>(m_window.get(), m_profiles.get(), m_tokens.get(), localSandbox);
    m_account->setClock(options.clock);
    if (options.readingTokens) {
        m_browser = std::make_unique<ResourceBrowser>(m_window.get(), options.readingTokens);
    } else {
        // The resource browser reads with the signed-in session's tokens, on the session's server.
        m_tokenProvider = std::make_unique<SessionTokenProvider>(m_account.get());
        m_browser = std::make_unique<ResourceBrowser>(m_window.get(), m_tokenProvider.get());
        m_tokenProvider->keepInStep(m_browser->client());
        m_account->setRequestLog(m_browser->requestLog()); // sign-in exchanges in the request log too
        AccountController* account = m_account.get();
        m_browser->setExtraHeaders([account] { return account->currentExtraHeaders(); });
        // The statement the sign-in's discovery read is read for the capability view while the user is
        // at the browser: the session hands over the same bytes, and the view shows them at once.
        QObject::connect(m_account->signInController(), &SignInController::capabilityStatementRead,
                         m_browser->capabilityView(), &CapabilityView::prepare);
    }
    // Last, once every screen has added its actions and docks.
    m_shortcuts = std::make_unique<KeyboardShortcuts>(m_window.get());
}

ExplorerShell::~ExplorerShell() = default;

bool ExplorerShell::applyPolicy(const ExplorerStart& request, QString* error)
{
    if (!request.policyGiven)
        return true;
    const std::optional<ScopePolicy> policy = ScopePolicy::load(request.policy, error);
    if (!policy)
        return false;
    const bool builtin = ScopePolicy::builtinIds().contains(request.policy);
    m_window->scopePreview()->usePolicy(*policy, builtin ? QString() : QFileInfo(request.policy).absoluteFilePath());
    return true;
}

bool ExplorerShell::start(const ExplorerStart& request, QString* policyError)
{
    QString error;
    if (!applyPolicy(request, &error)) {
        if (policyError)
            *policyError = error;
        return false;
    }
    if (request.previewScopesGiven)
        m_window->scopePreview()->setScopeText(request.previewScopes);
    if (!request.patientNhsNumber.isEmpty() && m_browser)
        m_browser->openPatientByNhsNumber(request.patientNhsNumber);

    // A saved, valid session always resumes without a browser; the Local CCRI sandbox's sessions are
    // never saved, and its server starts on demand with the profile's policy (LocalSandboxLauncher,
    // through the AccountController).
    const bool startedWithAChoice = request.sandbox || request.server.isValid() || request.signIn || request.policyGiven
        || request.previewScopesGiven;
    if (request.sandbox)
        m_account->selectProfile(request.sandboxR4 ? auth::BuiltinProfiles::localSandboxR4Id()
                                                   : auth::BuiltinProfiles::localSandboxId());
    else if (request.server.isValid())
        m_account->useServer(request.server, request.clientId);
    if (request.sandbox || request.server.isValid())
        m_account->adjustCurrentProfile(request.scope, request.policyGiven ? request.policy : QString(),
                                        request.redirectUri);
    if (request.server.isValid() && (request.system || request.signingKey)) {
        // The key reaches the keychain before the sign-in reads it there.
        AccountController* account = m_account.get();
        m_account->useBackendService(request.system, request.signingKey, !request.scope.isEmpty(),
                                     [account, signIn = request.signIn] { account->resume(signIn); });
    } else {
        m_account->resume(request.signIn);
    }
    if (request.sandbox && !request.signIn)
        m_account->startLocalSandbox();
    // The Session dock at start; the request log, token inspector, capabilities and scope preview are in View.
    m_window->restoreLayout(m_settings.get(), {QStringLiteral("sessionDock")});
    m_window->show();
    if (!startedWithAChoice)
        offerWelcome();
    return true;
}

void ExplorerShell::offerWelcome()
{
    // First start, with nothing asked for on the command line: the welcome offers the local sandbox
    // (started here, then the sign-in window) or adding a server (the profiles dialog). Non-blocking.
    if (!WelcomeDialog::wanted(*m_preferences))
        return;
    auto* welcome = new WelcomeDialog(m_preferences.get(), m_window.get());
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    AccountController* account = m_account.get();
    QObject::connect(welcome, &WelcomeDialog::chosen, m_window.get(), [account](WelcomeDialog::Choice choice) {
        if (choice == WelcomeDialog::Choice::AddServer)
            account->showProfiles();
        else if (choice == WelcomeDialog::Choice::LocalSandbox)
            account->signInToLocalSandbox();
    });
    welcome->open();
}

} // namespace ccri
