#pragma once

#include "app/core/ScopeQualifier.h"

#include <nlohmann/json.hpp>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccri::sandbox {

// The part of a type a token may see when its scopes grant the type only through qualified scopes
// (SMART App Launch 2.2 §"Finer-grained resource constraints using search parameters": the server
// returns only the resources the scope's search would find). Parts are ORed, the name=value pairs of
// one part ANDed. This sandbox judges `category` (Observation, Condition, ... as CodeableConcepts,
// `system|code` or a bare code); a resource is never shown for a parameter it cannot judge.
// An empty filter (no parts) lets everything through.
class CategoryFilter
{
public:
    CategoryFilter() = default;
    explicit CategoryFilter(QList<QList<ccri::ScopeQualifier>> parts);

    bool isActive() const { return !m_parts.isEmpty(); }
    bool allows(const nlohmann::json& resource) const;
    QList<const nlohmann::json*> apply(const QList<const nlohmann::json*>& resources) const;

    // A `category` search value ("social-history" or "system|social-history") no granted part can
    // ever show; empty when every value may find something.
    QString hiddenCategory(const QStringList& searchValues) const;
    // "social-history" (the resource's category codes, joined), or "no category".
    static QString categoriesOf(const nlohmann::json& resource);
    // "category vital-signs" (or "category vital-signs or category laboratory").
    QString grantedText() const;

private:
    static bool matches(const nlohmann::json& resource, const ccri::ScopeQualifier& qualifier);

    QList<QList<ccri::ScopeQualifier>> m_parts;
};

} // namespace ccri::sandbox
