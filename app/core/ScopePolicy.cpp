#include "app/core/ScopePolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace ccri {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ccri::ScopePolicy", text);
}

template<typename T> std::optional<T> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QStringList ScopePolicy::builtinIds()
{
    return {QStringLiteral("ccri"), QStringLiteral("smart")};
}

std::optional<ScopePolicy> ScopePolicy::load(const QString& idOrPath, QString* error)
{
    // The built-in policies are resources compiled into the program, so they never change: each is
    // read and parsed once (a thread-safe static; the sandbox's threads load them too). Profiles,
    // the window and every request's extra headers ask for them over and over.
    static const QHash<QString, ScopePolicy> builtins = [] {
        QHash<QString, ScopePolicy> parsed;
        for (const QString& id : builtinIds()) {
            if (std::optional<ScopePolicy> policy = readFile(id, QStringLiteral(":/policies/%1.json").arg(id), true))
                parsed.insert(id, *policy);
        }
        return parsed;
    }();
    if (const auto found = builtins.constFind(idOrPath); found != builtins.constEnd())
        return *found;
    const bool builtin = builtinIds().contains(idOrPath);
    return readFile(idOrPath, builtin ? QStringLiteral(":/policies/%1.json").arg(idOrPath) : idOrPath, builtin, error);
}

std::optional<ScopePolicy> ScopePolicy::readFile(const QString& idOrPath, const QString& path, bool builtin,
                                                 QString* error)
{
    if (path.isEmpty())
        return fail<ScopePolicy>(error, tr("No policy given: use ccri, smart or the path of a policy file."));
    QFile file(path);
    if (!file.exists()) {
        return fail<ScopePolicy>(error,
                                 tr("There is no policy called \"%1\" and no file at that path. "
                                    "Use ccri, smart or the path of a policy file.")
                                     .arg(idOrPath));
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail<ScopePolicy>(error, tr("Cannot open the policy file %1: %2.").arg(path, file.errorString()));
    constexpr qint64 maxSize = 1024 * 1024;
    if (file.size() > maxSize)
        return fail<ScopePolicy>(error,
                                 tr("The policy file %1 is larger than 1 MiB; a policy is a short list.").arg(path));
    QString reason;
    std::optional<ScopePolicy> policy = fromJson(file.readAll(), &reason);
    if (!policy) {
        const QString where = builtin ? idOrPath : QFileInfo(path).fileName();
        return fail<ScopePolicy>(error, tr("The policy %1 cannot be used: %2").arg(where, reason));
    }
    return policy;
}

std::optional<ScopePolicy> ScopePolicy::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail<ScopePolicy>(
            error,
            tr("it is not valid JSON (%1 at character %2).").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return fail<ScopePolicy>(error, tr("it must be a JSON object with \"id\", \"name\" and \"rules\"."));
    const QJsonObject root = document.object();

    ScopePolicy policy;
    policy.m_id = root.value(QLatin1String("id")).toString();
    policy.m_name = root.value(QLatin1String("name")).toString();
    policy.m_description = root.value(QLatin1String("description")).toString();
    policy.m_anyContext = root.value(QLatin1String("anyContext")).toBool(true);
    policy.m_qualifiers = root.value(QLatin1String("qualifiers")).toBool(true);
    if (policy.m_id.isEmpty())
        return fail<ScopePolicy>(error, tr("\"id\" is missing or not a string."));
    if (policy.m_name.isEmpty())
        policy.m_name = policy.m_id;

    const QJsonValue rulesValue = root.value(QLatin1String("rules"));
    if (!rulesValue.isArray() || rulesValue.toArray().isEmpty())
        return fail<ScopePolicy>(error, tr("\"rules\" must be a non-empty array of {\"type\", \"scope\"} objects."));

    static const QRegularExpression typePattern(QStringLiteral("^[A-Z][A-Za-z]*$"));
    QSet<QString> seen;
    const QJsonArray rules = rulesValue.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const QString type = rule.value(QLatin1String("type")).toString();
        const QString scopeText = rule.value(QLatin1String("scope")).toString();
        const QString position = QString::number(i + 1);
        if (!typePattern.match(type).hasMatch()) {
            return fail<ScopePolicy>(error,
                                     tr("rule %1 needs a \"type\" that is a FHIR resource type name, such as "
                                        "\"Patient\".")
                                         .arg(position));
        }
        if (seen.contains(type))
            return fail<ScopePolicy>(error, tr("rule %1 lists %2 a second time.").arg(position, type));
        seen.insert(type);
        const Scope scope = Scope::parse(scopeText);
        if (!scope.isResource()) {
            const QString why = scope.isValid() ? tr("it is not a resource scope") : scope.invalidReason();
            return fail<ScopePolicy>(
                error,
                tr("rule %1 (%2) has the scope \"%3\", which cannot be used: %4").arg(position, type, scopeText, why));
        }
        policy.m_rules.append(Rule {type, scope});
    }
    return policy;
}

QStringList ScopePolicy::resourceTypes() const
{
    QStringList types;
    types.reserve(m_rules.size());
    for (const Rule& rule : m_rules)
        types.append(rule.resourceType);
    return types;
}

bool ScopePolicy::covers(const QString& resourceType) const
{
    for (const Rule& rule : m_rules) {
        if (rule.resourceType == resourceType)
            return true;
    }
    return false;
}

PolicyDecision ScopePolicy::decide(const QString& resourceType, const ScopeSet& scopes) const
{
    PolicyDecision decision;
    decision.resourceType = resourceType;
    decision.policyName = m_name;
    for (const Rule& rule : m_rules) {
        if (rule.resourceType != resourceType)
            continue;
        decision.needs = rule.required.text();
        const QList<Scope> granting = scopes.grantingScopes(rule.required, m_anyContext);
        decision.granted = !granting.isEmpty();
        for (const Scope& scope : granting)
            decision.grantedBy.append(scope.text());
        if (decision.granted)
            return decision;
        // Not whole: qualified scopes may grant it in part.
        const QList<ScopeSet::Part> parts = scopes.partialGrants(rule.required, m_anyContext);
        if (parts.isEmpty())
            return decision;
        QList<QList<ScopeQualifier>> qualifiers;
        QStringList partScopes;
        for (const ScopeSet::Part& part : parts) {
            qualifiers.append(part.qualifiers);
            for (const Scope& scope : part.grantedBy) {
                if (!partScopes.contains(scope.text()))
                    partScopes.append(scope.text());
            }
        }
        if (!m_qualifiers) {
            decision.note = tr("%1 is not part of the %2, which has no granular scopes; under SMART it would count as "
                               "%3 for %4 only.")
                                .arg(partScopes.join(QStringLiteral(" + ")), m_name, rule.required.text(),
                                     PolicyDecision::partWords(qualifiers));
            return decision;
        }
        decision.granted = true;
        decision.partial = qualifiers;
        decision.grantedBy = partScopes;
        return decision;
    }
    decision.granted = true; // the policy does not restrict this type
    return decision;
}

QList<PolicyDecision> ScopePolicy::decideAll(const ScopeSet& scopes) const
{
    QList<PolicyDecision> decisions;
    decisions.reserve(m_rules.size());
    for (const Rule& rule : m_rules)
        decisions.append(decide(rule.resourceType, scopes));
    return decisions;
}

} // namespace ccri
