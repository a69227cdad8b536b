#include "ExplorerCommandLine.h"

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
    if (m_parser.isSet(m_jsonOption) && m_mode != Mode::ExplainScopes) {
        m_error = tr("--json only goes with --explain-scopes.");
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
    if (m_parser.isSet(m_policyOption) && m_parser.value(m_policyOption).trimmed().isEmpty()) {
        m_error = tr("--policy needs \"ccri\", \"smart\" or the path of a policy file.");
        return false;
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

} // namespace ccri
