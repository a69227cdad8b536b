#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ccri {

// The explorer's command line. parse() needs no QCoreApplication, so main() can decide whether a
// window is needed before it creates a QApplication (--explain-scopes must work with no display).
//
// Extending it (e.g. --sandbox, --server URL, --client-id, --scope, --redirect-uri, --sign-in):
// add a QCommandLineOption member, register it in the constructor, give it a getter, and check
// its combinations in validate(). Options that only shape the window keep mode() == Window.
class ExplorerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ExplorerCommandLine)

public:
    enum class Mode
    {
        Window, // open the main window (the default)
        ExplainScopes, // print which resource types a scope string opens, no window
        ExportJwks, // print the public JWK Set of the --server/--client-id profile, no window
        CheckServer, // --check-server URL: the conformance probe, no window; exit 1 when a check fails
        Help,
        Version,
        Error // errorText() says why; exit code 2
    };

    ExplorerCommandLine();

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    // Returns false (mode() == Error) when the command line cannot be used.
    bool parse(const QStringList& arguments);

    Mode mode() const { return m_mode; }
    QString errorText() const { return m_error; }
    QString helpText() const;
    QString versionText() const;

    // --explain-scopes "<scopes>"
    QString explainScopes() const;
    // --policy ccri|smart|FILE (also chooses the window's policy); "ccri" when not given.
    QString policy() const;
    bool policyGiven() const;
    // --json (with --explain-scopes)
    bool json() const;
    // --preview-scopes "<scopes>": open the window with this string in the scope preview.
    QString previewScopes() const;
    bool previewScopesGiven() const;

    // Sign-in set-ups (window mode):
    //   --sandbox                      start the in-process sandbox and select its profile
    //   --fhir-version R4              with --sandbox: its UK Core R4 profile instead of the STU3 one
    //   --server URL --client-id ID    reuse the saved profile with that URL and client id, else save one
    //   [--scope "..."] [--redirect-uri URI] [--policy P]   what that profile asks for
    //   --sign-in                      open the sign-in window at once (or resume a saved session)
    //   --system [--private-key FILE.pem] [--signing-alg ALG]   a backend service (SMART Backend
    //                                  Services): client credentials, system/ scopes, the key imported
    //                                  into the keychain (signed-JWT client authentication, RFC 7523)
    //   --export-jwks                  print the profile's public JWK Set and exit
    bool sandbox() const;
    // --fhir-version STU3|R4 (with --sandbox): which base of the sandbox; "STU3" when not given.
    QString fhirVersion() const;
    QUrl server() const; // invalid when not given
    QString clientId() const;
    QString scope() const; // empty: the profile's own (or its policy's defaults)
    bool scopeGiven() const;
    QUrl redirectUri() const; // invalid when not given
    bool signIn() const;
    bool system() const;
    QString privateKeyFile() const; // empty when not given
    QString signingAlgorithm() const; // "RS384" when not given
    bool signingAlgorithmGiven() const;
    static QStringList signingAlgorithms(); // RS384, ES384, RS512, RS256
    // --patient-nhs-number N: once signed in, open that patient's Overview (ten digits, spaces allowed).
    QString patientNhsNumber() const; // normalised; empty when not given

    // --check-server URL [--client-id ID] [--redirect-uri URI] [--scope S] [--json]
    QUrl checkServer() const; // invalid when not given

private:
    void addQtWindowOptions();
    bool validate();
    bool validateSignIn();
    bool validateCheckServer();
    bool clientIdNotEmpty(); // --client-id, when given, is not blank
    bool redirectUriAbsolute(); // --redirect-uri, when given, is an absolute URI

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_explainScopesOption;
    QCommandLineOption m_policyOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_previewScopesOption;
    QCommandLineOption m_sandboxOption;
    QCommandLineOption m_serverOption;
    QCommandLineOption m_clientIdOption;
    QCommandLineOption m_scopeOption;
    QCommandLineOption m_redirectUriOption;
    QCommandLineOption m_signInOption;
    QCommandLineOption m_systemOption;
    QCommandLineOption m_privateKeyOption;
    QCommandLineOption m_signingAlgOption;
    QCommandLineOption m_exportJwksOption;
    QCommandLineOption m_fhirVersionOption;
    QCommandLineOption m_patientNhsNumberOption;
    QCommandLineOption m_checkServerOption;
    Mode m_mode = Mode::Window;
    QString m_error;
};

} // namespace ccri
