#pragma once

#include "app/core/PolicyDecision.h"
#include "app/core/ScopeSet.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccri {

// Which scope each resource type needs. Loaded from JSON (resources/policies/*.json, compiled in
// as :/policies/<id>.json, or a user-supplied file):
//   { "id": "ccri", "name": "CCRI policy", "description": "...", "anyContext": true,
//     "rules": [ { "type": "Patient", "scope": "user/Patient.read" }, ... ] }
// anyContext: a user/, patient/ or system/ scope grants, whatever prefix the rule names.
// qualifiers (default true): SMART v2 scopes with a ?param=value qualifier grant their type in part
// (SMART App Launch 2.2 §"Finer-grained resource constraints using search parameters"); false for
// a scheme without them (the CCRI's): such a scope grants nothing and the decision says why.
class ScopePolicy
{
public:
    struct Rule
    {
        QString resourceType;
        Scope required;
    };

    ScopePolicy() = default;
    static QStringList builtinIds(); // {"ccri", "smart"}
    // "ccri", "smart", or a path to a JSON file. On failure: nullopt and a sentence in *error.
    static std::optional<ScopePolicy> load(const QString& idOrPath, QString* error = nullptr);
    static std::optional<ScopePolicy> fromJson(const QByteArray& json, QString* error = nullptr);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QString description() const { return m_description; }
    bool anyContext() const { return m_anyContext; }
    bool takesQualifiers() const { return m_qualifiers; }
    const QList<Rule>& rules() const { return m_rules; }
    QStringList resourceTypes() const; // in the policy's order
    bool covers(const QString& resourceType) const; // false: the policy says nothing about it

    PolicyDecision decide(const QString& resourceType, const ScopeSet& scopes) const;
    QList<PolicyDecision> decideAll(const ScopeSet& scopes) const; // in policy order

private:
    static std::optional<ScopePolicy> readFile(const QString& idOrPath, const QString& path, bool builtin,
                                               QString* error = nullptr);
    QString m_id;
    QString m_name;
    QString m_description;
    bool m_anyContext = true;
    bool m_qualifiers = true;
    QList<Rule> m_rules;
};

} // namespace ccri
