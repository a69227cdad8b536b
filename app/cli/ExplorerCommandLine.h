#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

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

private:
    void addQtWindowOptions();
    bool validate();

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_explainScopesOption;
    QCommandLineOption m_policyOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_previewScopesOption;
    Mode m_mode = Mode::Window;
    QString m_error;
};

} // namespace ccri
