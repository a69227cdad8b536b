#include "app/cli/ScopeReport.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace ccri {

ScopeReport::ScopeReport(const ScopePolicy& policy, const ScopeSet& scopes)
    : m_policyName(policy.name())
    , m_decisions(policy.decideAll(scopes))
    , m_unrecognised(scopes.unrecognised())
{
}

int ScopeReport::grantedCount() const
{
    return static_cast<int>(
        std::count_if(m_decisions.cbegin(), m_decisions.cend(), [](const PolicyDecision& d) { return d.granted; }));
}

QString ScopeReport::scopeFor(const PolicyDecision& decision)
{
    if (decision.granted && !decision.grantedBy.isEmpty())
        return decision.grantedBy.join(QLatin1Char(' '));
    return decision.needs;
}

QByteArray ScopeReport::toJson() const
{
    // One element a line, keys in the documented order (QJsonObject would sort them).
    const auto quoted = [](const QString& text) {
        const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2); // ["..."] -> "..."
    };
    QByteArray json("[");
    for (qsizetype i = 0; i < m_decisions.size(); ++i) {
        const PolicyDecision& decision = m_decisions.at(i);
        json += i == 0 ? "\n  " : ",\n  ";
        json += "{\"type\": " + quoted(decision.resourceType) + ", \"granted\": "
            + (decision.granted ? "true" : "false") + ", \"needs\": " + quoted(scopeFor(decision)) + "}";
    }
    json += "\n]\n";
    return json;
}

QString ScopeReport::toText() const
{
    const QString typeHeading = tr("Resource type");
    const QString accessHeading = tr("Access");
    const QString granted = tr("granted");
    const QString unavailable = tr("unavailable");
    qsizetype typeWidth = typeHeading.size();
    for (const PolicyDecision& decision : m_decisions)
        typeWidth = std::max(typeWidth, decision.resourceType.size());
    const qsizetype accessWidth = std::max({accessHeading.size(), granted.size(), unavailable.size()});

    QString text = tr("%1: %n of %2 resource types open with these scopes.", nullptr, grantedCount())
                       .arg(m_policyName)
                       .arg(m_decisions.size());
    text += QLatin1String("\n\n");
    text += typeHeading.leftJustified(typeWidth + 2) + accessHeading.leftJustified(accessWidth + 2) + tr("Scope")
        + QLatin1Char('\n');
    for (const PolicyDecision& decision : m_decisions) {
        QString scope = tr("needs %1").arg(decision.needs);
        if (decision.granted) {
            scope = scopeFor(decision) == decision.needs
                ? decision.needs
                : tr("%1, granted by %2").arg(decision.needs, scopeFor(decision));
        }
        text += decision.resourceType.leftJustified(typeWidth + 2)
            + (decision.granted ? granted : unavailable).leftJustified(accessWidth + 2) + scope + QLatin1Char('\n');
    }
    if (!m_unrecognised.isEmpty()) {
        text += QLatin1Char('\n') + tr("Not recognised:") + QLatin1Char('\n');
        for (const Scope& scope : m_unrecognised)
            text += QStringLiteral("  ") + tr("%1 — %2").arg(scope.text(), scope.invalidReason()) + QLatin1Char('\n');
    }
    return text;
}

} // namespace ccri
