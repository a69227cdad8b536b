#include "app/core/PolicyDecision.h"

#include <QCoreApplication>

namespace ccri {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ccri::PolicyDecision", text);
}
} // namespace

PolicyDecision::Access PolicyDecision::access() const
{
    if (!granted)
        return Access::Shut;
    return partial.isEmpty() ? Access::Open : Access::Partial;
}

QStringList PolicyDecision::partialTexts() const
{
    QStringList texts;
    for (const QList<ScopeQualifier>& part : partial) {
        QStringList pairs;
        for (const ScopeQualifier& qualifier : part)
            pairs.append(qualifier.shortText());
        texts.append(pairs.join(QLatin1Char('&')));
    }
    return texts;
}

QString PolicyDecision::partWords(const QList<QList<ScopeQualifier>>& parts)
{
    QStringList words;
    for (const QList<ScopeQualifier>& part : parts) {
        QStringList pairs;
        for (const ScopeQualifier& qualifier : part)
            pairs.append(qualifier.name() == QLatin1String("category")
                             ? qualifier.words()
                             : tr("%1 %2").arg(qualifier.name(), qualifier.words()));
        words.append(pairs.join(tr(" and ")));
    }
    return words.join(tr(" or "));
}

QString PolicyDecision::partWords() const
{
    return isPartial() ? partWords(partial) : QString();
}

QString PolicyDecision::explanation() const
{
    switch (access()) {
    case Access::Open:
        if (needs.isEmpty())
            return tr("Available — not restricted by %1").arg(policyName);
        return tr("Available — granted by %1 (%2)").arg(grantedBy.join(QStringLiteral(" + ")), policyName);
    case Access::Partial:
        return tr("Partly available — only %1 (%2), granted by %3 (%4); %5 would open the rest")
            .arg(partWords(), partialTexts().join(QStringLiteral(", ")), grantedBy.join(QStringLiteral(" + ")),
                 policyName, needs);
    case Access::Shut:
        break;
    }
    const QString shut = tr("Unavailable — needs %1 (%2)").arg(needs, policyName);
    return note.isEmpty() ? shut : shut + QStringLiteral(". ") + note;
}

} // namespace ccri
