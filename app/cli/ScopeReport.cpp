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

int ScopeReport::partialCount() const
{
    return static_cast<int>(
        std::count_if(m_decisions.cbegin(), m_decisions.cend(), [](const PolicyDecision& d) { return d.isPartial(); }));
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
            + (decision.granted ? "true" : "false") + ", \"needs\": " + quoted(scopeFor(decision)) + ", \"partial\": [";
        const QStringList partial = decision.partialTexts();
        for (qsizetype p = 0; p < partial.size(); ++p)
            json += (p == 0 ? "" : ", ") + quoted(partial.at(p));
        json += "]}";
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
    const QString partly = tr("partly");
    qsizetype typeWidth = typeHeading.size();
    for (const PolicyDecision& decision : m_decisions)
        typeWidth = std::max(typeWidth, decision.resourceType.size());
    const qsizetype accessWidth = std::max({accessHeading.size(), granted.size(), unavailable.size(), partly.size()});

    QString text = tr("%1: %n of %2 resource types open with these scopes.", nullptr, grantedCount())
                       .arg(m_policyName)
                       .arg(m_decisions.size());
    if (const int partial = partialCount())
        text += QLatin1Char(' ') + tr("%n of them only in part.", nullptr, partial);
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
        if (decision.isPartial()) {
            // SMART App Launch 2.2 §"Finer-grained resource constraints using search parameters".
            QStringList parts;
            for (const QString& part : decision.partialTexts())
                parts.append(QString(part).replace(QLatin1Char('='), QLatin1Char(' ')));
            scope = tr("only %1, granted by %2; %3 would open the rest")
                        .arg(parts.join(tr(" or ")), scopeFor(decision), decision.needs);
        }
        const QString& access = decision.isPartial() ? partly : decision.granted ? granted : unavailable;
        text += decision.resourceType.leftJustified(typeWidth + 2) + access.leftJustified(accessWidth + 2) + scope
            + QLatin1Char('\n');
    }
    bool notes = false;
    for (const PolicyDecision& decision : m_decisions) {
        if (decision.note.isEmpty())
            continue;
        if (!notes)
            text += QLatin1Char('\n') + tr("Notes:") + QLatin1Char('\n');
        notes = true;
        text += QStringLiteral("  ") + tr("%1: %2").arg(decision.resourceType, decision.note) + QLatin1Char('\n');
    }
    if (!m_unrecognised.isEmpty()) {
        text += QLatin1Char('\n') + tr("Not recognised:") + QLatin1Char('\n');
        for (const Scope& scope : m_unrecognised)
            text += QStringLiteral("  ") + tr("%1 — %2").arg(scope.text(), scope.invalidReason()) + QLatin1Char('\n');
    }
    return text;
}

} // namespace ccri
