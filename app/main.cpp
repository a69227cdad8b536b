// CareConnect Explorer. The command line is read before any QApplication exists, so the commands
// that print and exit (--help, --version, --explain-scopes) work without a display.
#include "app/auth/SigningKeyStore.h"
#include "app/auth/TokenStore.h"
#include "app/cli/CheckServerCommand.h"
#include "app/cli/ExplainScopesCommand.h"
#include "app/cli/ExplorerCommandLine.h"
#include "app/cli/ExportJwksCommand.h"
#include "sandbox/server/InProcessLocalSandbox.h"
#include "ui/desktop/DesktopIdentity.h"
#include "ui/shell/ExplorerShell.h"

#include <cstdio>
#include <QApplication>
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
    case ccri::ExplorerCommandLine::Mode::ExportJwks: {
        if (!commandLine.privateKeyFile().isEmpty()) { // a key file's public half: no profile, no keychain
            QString error;
            const auto key = ccri::auth::SigningKeyStore::readPemFile(commandLine.privateKeyFile(),
                                                                      commandLine.signingAlgorithm(), &error);
            if (!key) {
                err << error << Qt::endl;
                return ccri::ExplainScopesCommand::ExitUnusable;
            }
            out << ccri::ExportJwksCommand::publicJwkSet(*key) << Qt::endl;
            return 0;
        }
        // The keychain answers asynchronously: the event loop runs until the command is done.
        QSettings settings;
        ccri::auth::TokenStore tokens;
        ccri::ExportJwksCommand command(&settings, &tokens);
        command.run(commandLine.server(), commandLine.clientId(),
                    [&out, &err](int code, const QString& output, const QString& error) {
                        if (code == 0)
                            out << output << Qt::endl;
                        else
                            err << error << Qt::endl;
                        QCoreApplication::exit(code);
                    });
        return app.exec();
    }
    case ccri::ExplorerCommandLine::Mode::CheckServer: {
        // The probe is asynchronous: the event loop runs until its report is in.
        ccri::CheckServerCommand command;
        command.run(commandLine.checkServer(), commandLine.clientId(), commandLine.redirectUri(), commandLine.scope(),
                    commandLine.json(), [&out](int code, const QString& output) {
                        out << output;
                        out.flush();
                        QCoreApplication::exit(code);
                    });
        return app.exec();
    }
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
    QString keyError;
    const std::optional<ccri::ExplorerStart> request = ccri::ExplorerStart::fromCommandLine(commandLine, &keyError);
    if (!request) {
        QTextStream(stderr) << keyError << Qt::endl;
        return ccri::ExplainScopesCommand::ExitUnusable;
    }
    ccri::DesktopIdentity::apply();
    ccri::ExplorerShellOptions options;
    options.applyPreferences = true;
    ccri::ExplorerShell shell(options, ccri::sandbox::InProcessLocalSandbox::factory());
    QString error;
    if (!shell.start(*request, &error)) {
        QTextStream(stderr)
            << QCoreApplication::translate("main", "Cannot use the policy \"%1\": %2").arg(commandLine.policy(), error)
            << Qt::endl;
        return ccri::ExplainScopesCommand::ExitUnusable;
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
