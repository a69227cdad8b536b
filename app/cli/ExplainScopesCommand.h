#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace ccri {

// `ccri-explorer --explain-scopes "<scopes>" [--policy ccri|smart|FILE] [--json]`, without a window.
class ExplainScopesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExplainScopesCommand)

public:
    static constexpr int ExitOk = 0;
    static constexpr int ExitUnusable = 2; // bad policy file, or a scope string with nothing readable in it

    ExplainScopesCommand(const QString& scopes, const QString& policy, bool json);

    // Writes the report to `out`, or a sentence to `err`; returns the process exit code.
    int run(QTextStream& out, QTextStream& err) const;

private:
    QString m_scopes;
    QString m_policy;
    bool m_json = false;
};

} // namespace ccri
