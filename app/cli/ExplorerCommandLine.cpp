#include "app/cli/ExplorerCommandLine.h"

#include "app/auth/ServerProfile.h"
#include "app/core/NhsNumber.h"

namespace ccri {

ExplorerCommandLine::ExplorerCommandLine()
    : m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
    , m_versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."))
    , m_explainScopesOption(QStringLiteral("explain-scopes"),
                            tr("Print, for every resource type of the policy, whether the space-separated "
                               "<scopes> open it and which scope it needs, then exit without opening a window."),
                            tr("scopes"))
    , m_policyOption(QStringLiteral("policy"),
                     tr("The scope policy: \"ccri\" (the CCRI table, the default), \"smart\" (each type needs "
                        "read access to itself), or the path of a policy JSON file."),
                     tr("ccri|smart|file"))
    , m_jsonOption(QStringLiteral("json"), tr("With --explain-scopes: print one JSON array, in policy order."))
    , m_previewScopesOption(QStringLiteral("preview-scopes"),
                            tr("Open the window with <scopes> in the scope preview (for training)."), tr("scopes"))
    , m_sandboxOption(QStringLiteral("sandbox"),
                      tr("Start the local CCRI sandbox inside the explorer and select its profile."))
    , m_serverOption(QStringLiteral("server"),
                     tr("The FHIR base URL of a SMART-secured server: reuses the saved profile with this URL and "
                        "client id, or saves a new one. Needs --client-id."),
                     tr("url"))
    , m_clientIdOption(QStringLiteral("client-id"), tr("The OAuth2 client id to sign in with (with --server)."),
                       tr("id"))
    , m_scopeOption(QStringLiteral("scope"),
                    tr("The space-separated scopes the profile asks for. Without it: the read scopes its policy "
                       "names plus \"openid fhirUser profile offline_access\"."),
                    tr("scopes"))
    , m_redirectUriOption(QStringLiteral("redirect-uri"), tr("The redirect URI registered for the client."), tr("uri"))
    , m_signInOption(QStringLiteral("sign-in"),
                     tr("Open the sign-in window at once, or resume the session saved for the profile."))
    , m_systemOption(QStringLiteral("system"),
                     tr("Sign in as a backend service (SMART Backend Services): client credentials with system/ "
                        "scopes, no browser. Needs --server."))
    , m_privateKeyOption(QStringLiteral("private-key"),
                         tr("The client's private key (unencrypted PEM) for signed-JWT client authentication "
                            "(private_key_jwt): imported into the keychain, after which the file may be deleted. "
                            "Needs --server."),
                         tr("file.pem"))
    , m_signingAlgOption(QStringLiteral("signing-alg"),
                         tr("The key's signing algorithm: RS384 (the default), ES384, RS512 (NHS England) or RS256."),
                         tr("alg"))
    , m_exportJwksOption(QStringLiteral("export-jwks"),
                         tr("Print the public JWK Set of the profile chosen by --server and --client-id, or of the "
                            "--private-key file (to register the app with a server), then exit without opening a "
                            "window."))
    , m_fhirVersionOption(QStringLiteral("fhir-version"),
                          tr("With --sandbox: STU3 (Care Connect, the default) or R4 (UK Core): which of the "
                             "sandbox's FHIR bases to sign in to."),
                          tr("release"))
    , m_patientNhsNumberOption(QStringLiteral("patient-nhs-number"),
                               tr("Once signed in, open the Overview of the patient with this NHS number."),
                               tr("number"))
    , m_checkServerOption(QStringLiteral("check-server"),
                          tr("Check the SMART server at this FHIR base URL (discovery, keys, PKCE, TLS, endpoints; "
                             "with --client-id also an authorization request), print what is right and what is "
                             "wrong, and exit without opening a window: 0 when no check fails, 1 when one does. "
                             "--json prints the report as JSON."),
                          tr("url"))
{
    m_parser.setApplicationDescription(
        tr("CareConnect Explorer: browse SMART-on-FHIR secured FHIR servers and see which resource types "
           "your scopes open, and why."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addOption(m_explainScopesOption);
    m_parser.addOption(m_policyOption);
    m_parser.addOption(m_jsonOption);
    m_parser.addOption(m_previewScopesOption);
    m_parser.addOption(m_patientNhsNumberOption);
    m_parser.addOption(m_checkServerOption);
    for (const QCommandLineOption& option :
         {m_sandboxOption, m_serverOption, m_clientIdOption, m_scopeOption, m_redirectUriOption, m_signInOption,
          m_systemOption, m_privateKeyOption, m_signingAlgOption, m_exportJwksOption, m_fhirVersionOption})
        m_parser.addOption(option);
    addQtWindowOptions();
}

void ExplorerCommandLine::addQtWindowOptions()
{
    // QApplication takes these out of argv itself; accept them here so they are not "unknown".
    const auto hidden = [this](const QString& name, bool takesValue) {
        QCommandLineOption option(name);
        if (takesValue)
            option.setValueName(QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        m_parser.addOption(option);
    };
    for (const char* name : {"platform", "platformpluginpath", "platformtheme", "plugin", "style", "stylesheet",
                             "qwindowgeometry", "qwindowtitle", "qwindowicon", "display", "geometry", "session"})
        hidden(QString::fromLatin1(name), true);
    for (const char* name : {"reverse", "widgetcount", "nograb", "dograb", "sync"})
        hidden(QString::fromLatin1(name), false);
}

bool ExplorerCommandLine::parse(const QStringList& arguments)
{
    m_error.clear();
    if (!m_parser.parse(arguments)) {
        m_mode = Mode::Error;
        m_error = m_parser.errorText();
        return false;
    }
    if (m_parser.isSet(m_helpOption)) {
        m_mode = Mode::Help;
        return true;
    }
    if (m_parser.isSet(m_versionOption)) {
        m_mode = Mode::Version;
        return true;
    }
    m_mode = m_parser.isSet(m_explainScopesOption) ? Mode::ExplainScopes : Mode::Window;
    if (m_parser.isSet(m_exportJwksOption) && m_mode == Mode::Window)
        m_mode = Mode::ExportJwks;
    if (m_parser.isSet(m_checkServerOption) && m_mode == Mode::Window) {
        m_mode = Mode::CheckServer;
        if (!validateCheckServer()) {
            m_mode = Mode::Error;
            return false;
        }
        return true;
    }
    if (!validate()) {
        m_mode = Mode::Error;
        return false;
    }
    return true;
}

bool ExplorerCommandLine::validate()
{
    if (!m_parser.positionalArguments().isEmpty()) {
        m_error = tr("Unexpected argument \"%1\". Put a scope string in quotes after --explain-scopes.")
                      .arg(m_parser.positionalArguments().constFirst());
        return false;
    }
    if (m_parser.isSet(m_checkServerOption)) {
        m_error = tr("--check-server prints a report and exits; it cannot be combined with --%1.")
                      .arg(m_mode == Mode::ExplainScopes ? QStringLiteral("explain-scopes")
                                                         : QStringLiteral("export-jwks"));
        return false;
    }
    if (m_parser.isSet(m_jsonOption) && m_mode != Mode::ExplainScopes) {
        m_error = tr("--json only goes with --explain-scopes or --check-server.");
        return false;
    }
    if (m_parser.isSet(m_previewScopesOption) && m_mode == Mode::ExplainScopes) {
        m_error = tr("--preview-scopes opens the window; it cannot be combined with --explain-scopes.");
        return false;
    }
    for (const QCommandLineOption& option : {m_explainScopesOption, m_policyOption, m_previewScopesOption}) {
        if (m_parser.values(option).size() > 1) {
            m_error = tr("--%1 was given more than once.").arg(option.names().constLast());
            return false;
        }
    }
    if (m_parser.isSet(m_patientNhsNumberOption)) {
        QString why;
        if (m_mode != Mode::Window) {
            m_error = tr("--patient-nhs-number opens the window; it cannot be combined with --explain-scopes.");
            return false;
        }
        if (!NhsNumber::isValid(NhsNumber::normalise(m_parser.value(m_patientNhsNumberOption)), &why)) {
            m_error = tr("--patient-nhs-number: %1").arg(why);
            return false;
        }
    }
    if (m_parser.isSet(m_policyOption) && m_parser.value(m_policyOption).trimmed().isEmpty()) {
        m_error = tr("--policy needs \"ccri\", \"smart\" or the path of a policy file.");
        return false;
    }
    return validateSignIn();
}

bool ExplorerCommandLine::validateCheckServer()
{
    if (!m_parser.positionalArguments().isEmpty()) {
        m_error = tr("Unexpected argument \"%1\".").arg(m_parser.positionalArguments().constFirst());
        return false;
    }
    for (const QCommandLineOption& option :
         {m_explainScopesOption, m_previewScopesOption, m_sandboxOption, m_serverOption, m_signInOption, m_systemOption,
          m_privateKeyOption, m_signingAlgOption, m_exportJwksOption, m_policyOption}) {
        if (m_parser.isSet(option)) {
            m_error = tr("--check-server prints a report and exits; it cannot be combined with --%1.")
                          .arg(option.names().constLast());
            return false;
        }
    }
    for (const QCommandLineOption& option :
         {m_checkServerOption, m_clientIdOption, m_redirectUriOption, m_scopeOption}) {
        if (m_parser.values(option).size() > 1) {
            m_error = tr("--%1 was given more than once.").arg(option.names().constLast());
            return false;
        }
    }
    const QUrl url(m_parser.value(m_checkServerOption), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        m_error = tr("--check-server needs an http:// or https:// FHIR base URL, for example "
                     "https://example.org/fhir/STU3.");
        return false;
    }
    if (!clientIdNotEmpty())
        return false;
    for (const QCommandLineOption& option : {m_redirectUriOption, m_scopeOption}) {
        if (m_parser.isSet(option) && !m_parser.isSet(m_clientIdOption)) {
            m_error = tr("--%1 shapes the authorization request: give --client-id with it.")
                          .arg(option.names().constLast());
            return false;
        }
    }
    return redirectUriAbsolute();
}

bool ExplorerCommandLine::clientIdNotEmpty()
{
    if (m_parser.isSet(m_clientIdOption) && m_parser.value(m_clientIdOption).trimmed().isEmpty()) {
        m_error = tr("--client-id needs the client id registered with the server.");
        return false;
    }
    return true;
}

bool ExplorerCommandLine::redirectUriAbsolute()
{
    if (!m_parser.isSet(m_redirectUriOption))
        return true;
    const QUrl uri(m_parser.value(m_redirectUriOption), QUrl::StrictMode);
    if (!uri.isValid() || uri.scheme().isEmpty()) {
        m_error = tr("--redirect-uri needs an absolute URI, for example http://127.0.0.1/callback.");
        return false;
    }
    return true;
}

QUrl ExplorerCommandLine::checkServer() const
{
    return m_parser.isSet(m_checkServerOption) ? QUrl(m_parser.value(m_checkServerOption), QUrl::StrictMode) : QUrl();
}

bool ExplorerCommandLine::validateSignIn()
{
    const QList<QCommandLineOption> windowOnly
        = {m_sandboxOption, m_serverOption, m_clientIdOption,   m_scopeOption,      m_redirectUriOption,
           m_signInOption,  m_systemOption, m_privateKeyOption, m_signingAlgOption, m_exportJwksOption};
    for (const QCommandLineOption& option : windowOnly) {
        if (m_mode == Mode::ExplainScopes && m_parser.isSet(option)) {
            m_error = tr("--%1 opens the window; it cannot be combined with --explain-scopes.")
                          .arg(option.names().constLast());
            return false;
        }
        if (m_parser.values(option).size() > 1) {
            m_error = tr("--%1 was given more than once.").arg(option.names().constLast());
            return false;
        }
    }
    if (m_parser.isSet(m_sandboxOption) && m_parser.isSet(m_serverOption)) {
        m_error = tr("Choose either --sandbox or --server, not both.");
        return false;
    }
    if (m_parser.isSet(m_serverOption) != m_parser.isSet(m_clientIdOption)) {
        m_error = tr("--server and --client-id go together: give the FHIR base URL and the client id.");
        return false;
    }
    if (m_parser.isSet(m_serverOption)) {
        const QUrl url(m_parser.value(m_serverOption), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty()) {
            m_error = tr("--server needs an http:// or https:// FHIR base URL, for example "
                         "https://example.org/fhir/STU3.");
            return false;
        }
        if (!clientIdNotEmpty())
            return false;
    }
    if (!redirectUriAbsolute())
        return false;
    if (m_parser.isSet(m_redirectUriOption)) {
        const QUrl uri(m_parser.value(m_redirectUriOption), QUrl::StrictMode);
        QString why;
        if (!auth::ServerProfile::isCatchableRedirect(uri, &why)) {
            m_error = tr("--redirect-uri: %1").arg(why);
            return false;
        }
    }
    if (m_mode == Mode::ExportJwks) {
        for (const QCommandLineOption& option : {m_sandboxOption, m_signInOption, m_systemOption, m_scopeOption,
                                                 m_redirectUriOption, m_previewScopesOption}) {
            if (m_parser.isSet(option)) {
                m_error = tr("--export-jwks prints and exits; it cannot be combined with --%1.")
                              .arg(option.names().constLast());
                return false;
            }
        }
        if (m_parser.isSet(m_serverOption) == m_parser.isSet(m_privateKeyOption)) {
            m_error = tr("--export-jwks needs either --server and --client-id (a profile's key, from the keychain) "
                         "or --private-key (a key file).");
            return false;
        }
    }
    for (const QCommandLineOption& option : {m_systemOption, m_privateKeyOption, m_signingAlgOption}) {
        if (m_parser.isSet(option) && !m_parser.isSet(m_serverOption) && m_mode != Mode::ExportJwks) {
            m_error = tr("--%1 shapes a server profile: give --server and --client-id with it.")
                          .arg(option.names().constLast());
            return false;
        }
    }
    if (m_parser.isSet(m_privateKeyOption) && m_parser.value(m_privateKeyOption).trimmed().isEmpty()) {
        m_error = tr("--private-key needs the path of a PEM private key file.");
        return false;
    }
    if (m_parser.isSet(m_signingAlgOption) && !signingAlgorithms().contains(m_parser.value(m_signingAlgOption))) {
        m_error = tr("--signing-alg \"%1\" is not one of %2.")
                      .arg(m_parser.value(m_signingAlgOption), signingAlgorithms().join(QStringLiteral(", ")));
        return false;
    }
    if (m_parser.isSet(m_signingAlgOption) && !m_parser.isSet(m_privateKeyOption)) {
        m_error = tr("--signing-alg says how --private-key signs: give the key file with it.");
        return false;
    }
    if (m_parser.isSet(m_fhirVersionOption)) {
        if (fhirVersion().isEmpty()) {
            m_error = tr("--fhir-version \"%1\" is not STU3 or R4.").arg(m_parser.value(m_fhirVersionOption));
            return false;
        }
        if (!m_parser.isSet(m_sandboxOption) || m_parser.values(m_fhirVersionOption).size() > 1) {
            m_error = tr("--fhir-version chooses the sandbox's base: give it once, with --sandbox.");
            return false;
        }
    }
    const bool hasProfile = m_parser.isSet(m_sandboxOption) || m_parser.isSet(m_serverOption);
    for (const QCommandLineOption& option : {m_scopeOption, m_redirectUriOption}) {
        if (m_parser.isSet(option) && !hasProfile) {
            m_error = tr("--%1 shapes a server profile: give --sandbox or --server with it.")
                          .arg(option.names().constLast());
            return false;
        }
    }
    return true;
}

QString ExplorerCommandLine::helpText() const
{
    return m_parser.helpText();
}

QString ExplorerCommandLine::versionText() const
{
    return tr("CareConnect Explorer %1").arg(QStringLiteral(CCRI_VERSION));
}

QString ExplorerCommandLine::explainScopes() const
{
    return m_parser.value(m_explainScopesOption);
}

QString ExplorerCommandLine::policy() const
{
    return m_parser.isSet(m_policyOption) ? m_parser.value(m_policyOption).trimmed() : QStringLiteral("ccri");
}

bool ExplorerCommandLine::policyGiven() const
{
    return m_parser.isSet(m_policyOption);
}

bool ExplorerCommandLine::json() const
{
    return m_parser.isSet(m_jsonOption);
}

QString ExplorerCommandLine::previewScopes() const
{
    return m_parser.value(m_previewScopesOption);
}

bool ExplorerCommandLine::previewScopesGiven() const
{
    return m_parser.isSet(m_previewScopesOption);
}

QString ExplorerCommandLine::patientNhsNumber() const
{
    return m_parser.isSet(m_patientNhsNumberOption) ? NhsNumber::normalise(m_parser.value(m_patientNhsNumberOption))
                                                    : QString();
}

bool ExplorerCommandLine::sandbox() const
{
    return m_parser.isSet(m_sandboxOption);
}

QString ExplorerCommandLine::fhirVersion() const
{
    if (!m_parser.isSet(m_fhirVersionOption))
        return QStringLiteral("STU3");
    const QString value = m_parser.value(m_fhirVersionOption).trimmed().toUpper();
    return value == QLatin1String("STU3") || value == QLatin1String("R4") ? value : QString();
}

QUrl ExplorerCommandLine::server() const
{
    return m_parser.isSet(m_serverOption) ? QUrl(m_parser.value(m_serverOption), QUrl::StrictMode) : QUrl();
}

QString ExplorerCommandLine::clientId() const
{
    return m_parser.value(m_clientIdOption).trimmed();
}

QString ExplorerCommandLine::scope() const
{
    return m_parser.value(m_scopeOption).simplified();
}

bool ExplorerCommandLine::scopeGiven() const
{
    return m_parser.isSet(m_scopeOption);
}

QUrl ExplorerCommandLine::redirectUri() const
{
    return m_parser.isSet(m_redirectUriOption) ? QUrl(m_parser.value(m_redirectUriOption), QUrl::StrictMode) : QUrl();
}

bool ExplorerCommandLine::signIn() const
{
    return m_parser.isSet(m_signInOption);
}

bool ExplorerCommandLine::system() const
{
    return m_parser.isSet(m_systemOption);
}

QString ExplorerCommandLine::privateKeyFile() const
{
    return m_parser.value(m_privateKeyOption).trimmed();
}

QString ExplorerCommandLine::signingAlgorithm() const
{
    return m_parser.isSet(m_signingAlgOption) ? m_parser.value(m_signingAlgOption) : QStringLiteral("RS384");
}

bool ExplorerCommandLine::signingAlgorithmGiven() const
{
    return m_parser.isSet(m_signingAlgOption);
}

QStringList ExplorerCommandLine::signingAlgorithms()
{
    // SMART App Launch 2.2: RS384 and ES384 must be supported; NHS England asks for RS512.
    return {QStringLiteral("RS384"), QStringLiteral("ES384"), QStringLiteral("RS512"), QStringLiteral("RS256")};
}

} // namespace ccri
