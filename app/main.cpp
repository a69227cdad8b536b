// CareConnect Explorer. The command line is read before any QApplication exists, so the commands
// that print and exit (--help, --version, --explain-scopes) work without a display.
#include "app/auth/BuiltinProfiles.h"
#include "app/cli/ExplainScopesCommand.h"
#include "app/cli/ExplorerCommandLine.h"
#include "app/core/ScopePolicy.h"
#include "app/fhir/FhirClient.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/desktop/ApplicationMenus.h"
#include "ui/desktop/DesktopIdentity.h"
#include "ui/desktop/HighContrastPalette.h"
#include "ui/desktop/KeyboardShortcuts.h"
#include "ui/desktop/TranslationLoader.h"
#include "ui/desktop/UserPreferences.h"
#include "ui/desktop/WelcomeDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/scopes/ScopePreviewPanel.h"
#include "ui/signin/AccountController.h"
#include "ui/signin/SessionTokenProvider.h"

#include <cstdio>
#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("ccri-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CCRI_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("CareConnect Explorer"));
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// --help, --version, --explain-scopes and command-line errors: no window, no display needed.
int runWithoutWindow(int argc, char** argv, const ccri::ExplorerCommandLine& commandLine)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (commandLine.mode()) {
    case ccri::ExplorerCommandLine::Mode::Help:
        out << commandLine.helpText();
        return 0;
    case ccri::ExplorerCommandLine::Mode::Version:
        out << commandLine.versionText() << Qt::endl;
        return 0;
    case ccri::ExplorerCommandLine::Mode::ExplainScopes:
        return ccri::ExplainScopesCommand(commandLine.explainScopes(), commandLine.policy(), commandLine.json())
            .run(out, err);
    case ccri::ExplorerCommandLine::Mode::Error:
    case ccri::ExplorerCommandLine::Mode::Window:
        break;
    }
    err << commandLine.errorText() << Qt::endl
        << QCoreApplication::translate("main", "Run “ccri-explorer --help” for the options.") << Qt::endl;
    return ccri::ExplainScopesCommand::ExitUnusable;
}

// On Linux without X11 or Wayland, QApplication would abort with a platform-plugin message; say it in words.
bool displayMissing(int argc, char** argv)
{
#ifdef Q_OS_LINUX
    const bool platformChosen = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || argumentsOf(argc, argv).contains(QLatin1String("-platform"));
    return !platformChosen && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return false;
#endif
}

int runWindow(int argc, char** argv, const ccri::ExplorerCommandLine& commandLine)
{
    if (displayMissing(argc, argv)) {
        QCoreApplication app(argc, argv);
        QTextStream(stderr) << QCoreApplication::translate(
            "main",
            "No display found: DISPLAY and WAYLAND_DISPLAY are not set, so the window cannot open. Start the "
            "explorer with scripts/run (it provides a virtual display), or use --explain-scopes, which needs no "
            "window.") << Qt::endl;
        return ccri::ExplainScopesCommand::ExitUnusable;
    }
    // WebEngine needs this before the application exists; it loads nothing until a sign-in opens.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    ccri::DesktopIdentity::apply();
    QSettings settings;
    ccri::UserPreferences preferences(&settings);
    ccri::TranslationLoader translations;
    translations.install(&app, ccri::TranslationLoader::resolve(preferences.language(), QLocale::system()));
    if (preferences.highContrast())
        ccri::HighContrastPalette::apply(true);
    QTextStream err(stderr);
    ccri::MainWindow window;
    ccri::ApplicationMenus menus(&window, window.fileMenu(), window.helpMenu(), &preferences);
    ccri::AccountController account(&window);
    // The resource browser reads with the signed-in session's tokens, on the session's server.
    ccri::SessionTokenProvider tokens(&account);
    ccri::ResourceBrowser browser(&window, &tokens);
    tokens.keepInStep(browser.client());
    account.setRequestLog(browser.requestLog()); // sign-in exchanges in the request log too
    if (commandLine.policyGiven()) {
        QString error;
        const std::optional<ccri::ScopePolicy> policy = ccri::ScopePolicy::load(commandLine.policy(), &error);
        if (!policy) {
            err << QCoreApplication::translate("main", "Cannot use the policy \"%1\": %2")
                       .arg(commandLine.policy(), error)
                << Qt::endl;
            return ccri::ExplainScopesCommand::ExitUnusable;
        }
        const bool builtin = ccri::ScopePolicy::builtinIds().contains(commandLine.policy());
        window.scopePreview()->usePolicy(*policy,
                                         builtin ? QString() : QFileInfo(commandLine.policy()).absoluteFilePath());
    }
    if (commandLine.previewScopesGiven())
        window.scopePreview()->setScopeText(commandLine.previewScopes());

    // Sign-in: --sandbox / --server choose the profile, --scope / --policy / --redirect-uri shape it,
    // --sign-in opens the sign-in window at once. A saved, valid session always resumes without a browser;
    // the Local CCRI sandbox's sessions are never saved, and its server starts on demand with the
    // profile's policy (LocalSandboxLauncher, through the AccountController).
    const bool startedWithAChoice = commandLine.sandbox() || commandLine.server().isValid() || commandLine.signIn()
        || commandLine.policyGiven() || commandLine.previewScopesGiven();
    if (commandLine.sandbox())
        account.selectProfile(ccri::auth::BuiltinProfiles::localSandboxId());
    else if (commandLine.server().isValid())
        account.useServer(commandLine.server(), commandLine.clientId());
    if (commandLine.sandbox() || commandLine.server().isValid())
        account.adjustCurrentProfile(commandLine.scope(), commandLine.policyGiven() ? commandLine.policy() : QString(),
                                     commandLine.redirectUri());
    account.resume(commandLine.signIn());
    if (commandLine.sandbox() && !commandLine.signIn())
        account.startLocalSandbox();
    // Last, once every screen has added its actions and docks.
    ccri::KeyboardShortcuts shortcuts(&window, window.resourceTabs(), window.viewMenu());
    // The Session dock at start; the request log, token inspector, capabilities and scope preview are in View.
    window.restoreLayout({QStringLiteral("sessionDock")});
    window.show();

    // First start, with nothing asked for on the command line: the welcome offers the local sandbox
    // (started here, then the sign-in window) or adding a server (the profiles dialog). Non-blocking.
    if (ccri::WelcomeDialog::wanted(preferences) && !startedWithAChoice) {
        auto* welcome = new ccri::WelcomeDialog(&preferences, &window);
        welcome->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(welcome, &ccri::WelcomeDialog::chosen, &window,
                         [&account](ccri::WelcomeDialog::Choice choice) {
                             if (choice == ccri::WelcomeDialog::Choice::AddServer)
                                 account.showProfiles();
                             else if (choice == ccri::WelcomeDialog::Choice::LocalSandbox)
                                 account.signInToLocalSandbox();
                         });
        welcome->open();
    }
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    describeApplication();
    ccri::ExplorerCommandLine commandLine;
    commandLine.parse(argumentsOf(argc, argv));
    if (commandLine.mode() == ccri::ExplorerCommandLine::Mode::Window)
        return runWindow(argc, argv, commandLine);
    return runWithoutWindow(argc, argv, commandLine);
}
