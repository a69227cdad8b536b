#pragma once

#include "app/core/Scope.h"

#include <QList>
#include <QString>

namespace ccri {

// A set of scopes as granted by a token response or typed by a user (space-separated).
// Comparison is semantic: `.read` == `.rs`; `.r` + `.s` together grant `.rs`; `*` covers every type.
class ScopeSet
{
public:
    ScopeSet() = default;
    static ScopeSet parse(const QString& text); // never fails: bad scopes are kept as Invalid

    const QList<Scope>& scopes() const { return m_scopes; } // in order given, duplicates removed
    QList<Scope> recognised() const;
    QList<Scope> unrecognised() const; // the Invalid ones, each with invalidReason()
    bool isEmpty() const { return m_scopes.isEmpty(); }
    bool containsText(const QString& scope) const;

    // True when the scopes of this set, together, grant everything `required` asks for.
    // With anyContext, a scope of any context (patient/user/system) counts.
    // A required scope without permissions (`user/DocumentReference`) is granted by any access level.
    bool grants(const Scope& required, bool anyContext = false) const;
    // The scopes that contributed to grants(); empty when not granted.
    QList<Scope> grantingScopes(const Scope& required, bool anyContext = false) const;

    // SMART App Launch 2.2 §"Finer-grained resource constraints using search parameters": when the
    // set does not grant `required` whole, the parts it grants — one per distinct qualifier (several
    // qualified scopes on one type add up; unqualified scopes of the type lend their permissions).
    struct Part
    {
        QList<ScopeQualifier> qualifiers; // ANDed: "category=vital-signs"
        QList<Scope> grantedBy;
    };
    QList<Part> partialGrants(const Scope& required, bool anyContext = false) const;

    ScopeSet withContext(Scope::Context context) const; // only the resource scopes of that context
    ScopeSet withContexts(const QList<Scope::Context>& contexts) const; // of any of them, in order given
    QString toString() const; // space-separated, as given

    // Requested vs granted, compared by meaning.
    struct Comparison
    {
        QList<Scope> granted; // requested and granted (possibly by a broader scope)
        QList<Scope> narrowed; // requested, granted only in part (a qualified scope, e.g. one category)
        QList<Scope> narrowedAway; // requested but not granted
        QList<Scope> added; // granted but covered by nothing requested
    };
    static Comparison compare(const ScopeSet& requested, const ScopeSet& granted);

private:
    QList<Scope> m_scopes;
};

} // namespace ccri
