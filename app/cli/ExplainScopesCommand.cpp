#include "app/cli/ExplainScopesCommand.h"

#include "app/cli/ScopeReport.h"
#include "app/core/ScopePolicy.h"
#include "app/core/ScopeSet.h"

namespace ccri {

ExplainScopesCommand::ExplainScopesCommand(const QString& scopes, const QString& policy, bool json)
    : m_scopes(scopes)
    , m_policy(policy)
    , m_json(json)
{
}

int ExplainScopesCommand::run(QTextStream& out, QTextStream& err) const
{
    QString error;
    const std::optional<ScopePolicy> policy = ScopePolicy::load(m_policy, &error);
    if (!policy) {
        err << tr("Cannot use the policy \"%1\": %2").arg(m_policy, error) << Qt::endl;
        return ExitUnusable;
    }

    const ScopeSet scopes = ScopeSet::parse(m_scopes);
    if (scopes.isEmpty()) {
        err << tr("The scope string is empty. Give scopes separated by spaces, for example "
                  "\"user/Patient.read patient/Observation.rs\".")
            << Qt::endl;
        return ExitUnusable;
    }
    if (scopes.recognised().isEmpty()) {
        err << tr("None of the scopes could be read:") << Qt::endl;
        for (const Scope& scope : scopes.unrecognised())
            err << QStringLiteral("  ") << tr("%1 — %2").arg(scope.text(), scope.invalidReason()) << Qt::endl;
        return ExitUnusable;
    }

    const ScopeReport report(*policy, scopes);
    if (m_json) {
        out << QString::fromUtf8(report.toJson());
        // Unrecognised scopes go to stderr, so stdout stays one JSON array.
        for (const Scope& scope : scopes.unrecognised())
            err << tr("Not recognised: %1 — %2").arg(scope.text(), scope.invalidReason()) << Qt::endl;
    } else {
        out << report.toText();
    }
    out.flush();
    return ExitOk;
}

} // namespace ccri
