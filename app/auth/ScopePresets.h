#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ccri::auth {

// Scope strings for the sandbox's demo roles, for the profiles dialog's picker, and the scopes a
// policy offers to pick from.
class ScopePresets
{
public:
    // {role, scopes}: clinician, reception, pharmacist, gp, limited.
    static QList<QPair<QString, QString>> demoRoles();
    static QString forRole(const QString& role); // empty when unknown
    // The read scopes a policy names, then the identity and access scopes.
    static QStringList pickable(const QString& policy);
};

} // namespace ccri::auth
