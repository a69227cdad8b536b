#include "app/core/ScopeQualifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace ccri {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ccri::ScopeQualifier", text);
}

// The HL7 category code systems: STU3 spelt them under hl7.org/fhir, R4 under terminology.hl7.org.
QString canonicalSystem(const QString& system)
{
    static const QString stu3 = QStringLiteral("http://hl7.org/fhir/");
    static const QString r4 = QStringLiteral("http://terminology.hl7.org/CodeSystem/");
    if (system.startsWith(stu3) && !system.mid(stu3.size()).contains(QLatin1Char('/')))
        return r4 + system.mid(stu3.size());
    return system;
}

} // namespace

std::optional<QList<ScopeQualifier>> ScopeQualifier::parseQuery(const QString& query, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<QList<ScopeQualifier>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QRegularExpression namePattern(QStringLiteral("^[a-z_][A-Za-z0-9_.:-]*$"));
    if (query.isEmpty())
        return fail(tr("An empty ?qualifier."));
    QList<ScopeQualifier> result;
    const QStringList pairs = query.split(QLatin1Char('&'));
    for (const QString& pair : pairs) {
        const int equals = pair.indexOf(QLatin1Char('='));
        if (pair.isEmpty())
            return fail(tr("An empty search parameter in the ?qualifier \"%1\" (two & in a row, or one at an end).")
                            .arg(query));
        if (equals < 0)
            return fail(
                tr("The qualifier \"%1\" needs a value: name=value, for example category=vital-signs.").arg(pair));
        ScopeQualifier qualifier;
        qualifier.m_name = pair.left(equals);
        qualifier.m_value = QUrl::fromPercentEncoding(pair.mid(equals + 1).toUtf8());
        if (!namePattern.match(qualifier.m_name).hasMatch())
            return fail(tr("\"%1\" is not a search parameter name (for example category).").arg(qualifier.m_name));
        if (qualifier.m_value.isEmpty())
            return fail(tr("The qualifier %1= has no value.").arg(qualifier.m_name));
        const int bar = qualifier.m_value.indexOf(QLatin1Char('|'));
        if (bar >= 0) {
            qualifier.m_system = qualifier.m_value.left(bar);
            qualifier.m_code = qualifier.m_value.mid(bar + 1);
            if (qualifier.m_code.isEmpty() || qualifier.m_code.contains(QLatin1Char('|')))
                return fail(
                    tr("The qualifier value \"%1\" needs one code after the | (system|code).").arg(qualifier.m_value));
        } else {
            qualifier.m_code = qualifier.m_value;
        }
        result.append(qualifier);
    }
    return result;
}

QString ScopeQualifier::shortText() const
{
    return m_name + QLatin1Char('=') + m_code;
}

QString ScopeQualifier::words() const
{
    // The codes of the HL7 observation-category and condition-category systems that the sandbox serves.
    if (m_code == QLatin1String("vital-signs"))
        return tr("vital signs");
    if (m_code == QLatin1String("laboratory"))
        return tr("laboratory results");
    if (m_code == QLatin1String("social-history"))
        return tr("social history");
    if (m_code == QLatin1String("imaging"))
        return tr("imaging");
    if (m_code == QLatin1String("problem-list-item"))
        return tr("problem list items");
    if (m_code == QLatin1String("encounter-diagnosis"))
        return tr("encounter diagnoses");
    return m_code;
}

QStringList ScopeQualifier::knownCategories(const QString& resourceType)
{
    if (resourceType == QLatin1String("Observation")) {
        return {QStringLiteral("vital-signs"), QStringLiteral("laboratory"), QStringLiteral("social-history"),
                QStringLiteral("imaging"),     QStringLiteral("survey"),     QStringLiteral("exam"),
                QStringLiteral("procedure"),   QStringLiteral("therapy"),    QStringLiteral("activity")};
    }
    if (resourceType == QLatin1String("Condition"))
        return {QStringLiteral("problem-list-item"), QStringLiteral("encounter-diagnosis")};
    return {};
}

bool ScopeQualifier::systemsEqual(const QString& a, const QString& b)
{
    return canonicalSystem(a) == canonicalSystem(b);
}

bool ScopeQualifier::sameMeaning(const ScopeQualifier& other) const
{
    return m_name == other.m_name && m_code == other.m_code && (m_system.isEmpty() == other.m_system.isEmpty())
        && systemsEqual(m_system, other.m_system);
}

bool ScopeQualifier::covers(const ScopeQualifier& other) const
{
    if (m_name != other.m_name || m_code != other.m_code)
        return false;
    return m_system.isEmpty() || (!other.m_system.isEmpty() && systemsEqual(m_system, other.m_system));
}

} // namespace ccri
