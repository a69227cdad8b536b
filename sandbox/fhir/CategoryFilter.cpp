#include "sandbox/fhir/CategoryFilter.h"

#include <algorithm>
#include <QStringList>

namespace ccri::sandbox {

namespace {
// STU3 and R4: `category` is a list of CodeableConcepts on Observation and Condition, and one
// CodeableConcept on a few types; both forms are read.
QList<const nlohmann::json*> categoryConcepts(const nlohmann::json& resource)
{
    QList<const nlohmann::json*> concepts;
    const auto found = resource.find("category");
    if (found == resource.end())
        return concepts;
    if (found->is_array()) {
        for (const nlohmann::json& codeable : *found)
            concepts.append(&codeable);
    } else if (found->is_object()) {
        concepts.append(&*found);
    }
    return concepts;
}

QString text(const nlohmann::json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
}
} // namespace

CategoryFilter::CategoryFilter(QList<QList<ccri::ScopeQualifier>> parts)
    : m_parts(std::move(parts))
{
}

bool CategoryFilter::matches(const nlohmann::json& resource, const ccri::ScopeQualifier& qualifier)
{
    if (qualifier.name() != QLatin1String("category"))
        return false; // a parameter this sandbox cannot judge: fail closed
    for (const nlohmann::json* codeable : categoryConcepts(resource)) {
        const auto codings = codeable->find("coding");
        if (codings == codeable->end() || !codings->is_array())
            continue;
        for (const nlohmann::json& coding : *codings) {
            if (!coding.is_object() || text(coding, "code") != qualifier.code())
                continue;
            // FHIR search, token: a bare code matches in any system; system|code in that system only.
            if (qualifier.system().isEmpty()
                || ccri::ScopeQualifier::systemsEqual(text(coding, "system"), qualifier.system()))
                return true;
        }
    }
    return false;
}

bool CategoryFilter::allows(const nlohmann::json& resource) const
{
    if (m_parts.isEmpty())
        return true;
    return std::any_of(m_parts.cbegin(), m_parts.cend(), [&resource](const QList<ccri::ScopeQualifier>& part) {
        return std::all_of(part.cbegin(), part.cend(),
                           [&resource](const ccri::ScopeQualifier& qualifier) { return matches(resource, qualifier); });
    });
}

QList<const nlohmann::json*> CategoryFilter::apply(const QList<const nlohmann::json*>& resources) const
{
    if (m_parts.isEmpty())
        return resources;
    QList<const nlohmann::json*> shown;
    for (const nlohmann::json* resource : resources) {
        if (allows(*resource))
            shown.append(resource);
    }
    return shown;
}

QString CategoryFilter::hiddenCategory(const QStringList& searchValues) const
{
    if (m_parts.isEmpty())
        return QString();
    for (const QString& value : searchValues) {
        QString why;
        const auto asked = ccri::ScopeQualifier::parseQuery(QStringLiteral("category=") + value, &why);
        if (!asked || asked->size() != 1)
            continue;
        // Could a resource of the asked category pass some part? Only if that part's category
        // pairs all name the same code (pairs on other parameters are never judged true).
        const bool reachable
            = std::any_of(m_parts.cbegin(), m_parts.cend(), [&](const QList<ccri::ScopeQualifier>& part) {
                  return std::all_of(part.cbegin(), part.cend(), [&](const ccri::ScopeQualifier& granted) {
                      return granted.name() == QLatin1String("category") && granted.code() == asked->first().code();
                  });
              });
        if (!reachable)
            return asked->first().code();
    }
    return QString();
}

QString CategoryFilter::categoriesOf(const nlohmann::json& resource)
{
    QStringList codes;
    for (const nlohmann::json* codeable : categoryConcepts(resource)) {
        const auto codings = codeable->find("coding");
        if (codings == codeable->end() || !codings->is_array())
            continue;
        for (const nlohmann::json& coding : *codings) {
            const QString code = coding.is_object() ? text(coding, "code") : QString();
            if (!code.isEmpty() && !codes.contains(code))
                codes.append(code);
        }
    }
    return codes.isEmpty() ? QStringLiteral("no category") : codes.join(QStringLiteral(", "));
}

QString CategoryFilter::grantedText() const
{
    QStringList parts;
    for (const QList<ccri::ScopeQualifier>& part : m_parts) {
        QStringList pairs;
        for (const ccri::ScopeQualifier& qualifier : part)
            pairs.append(qualifier.name() + QLatin1Char(' ') + qualifier.code());
        parts.append(pairs.join(QStringLiteral(" and ")));
    }
    return parts.join(QStringLiteral(" or "));
}

} // namespace ccri::sandbox
