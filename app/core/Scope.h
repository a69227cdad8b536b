#pragma once

#include "app/core/ScopeQualifier.h"

#include <QFlags>
#include <QList>
#include <QString>

namespace ccri {

// One OAuth2 / SMART scope, parsed. SMART v1 (`user/Patient.read`, `patient/*.write`, `user/*.*`),
// v2 (`patient/Observation.rs`, `system/*.cruds`, `?category=...` qualifiers), the non-resource
// scopes (`openid`, `fhirUser`, `profile`, `launch`, `launch/patient`, `launch/encounter`,
// `offline_access`, `online_access`), and anything else, which is kept as Invalid with a reason.
// A CCRI-style scope without a suffix (`user/DocumentReference`) parses as a resource scope with
// `hasPermissions() == false`: as a requirement it means "any access level on that type".
class Scope
{
public:
    enum class Kind
    {
        Resource,
        Identity, // openid, fhirUser, profile
        Launch, // launch, launch/patient, launch/encounter
        Access, // offline_access, online_access
        Invalid // kept, with invalidReason()
    };
    enum class Context
    {
        Patient,
        User,
        System
    };
    enum Permission : quint8
    {
        Create = 0x01,
        Read = 0x02,
        Update = 0x04,
        Delete = 0x08,
        Search = 0x10
    };
    Q_DECLARE_FLAGS(Permissions, Permission)

    Scope() = default;
    static Scope parse(const QString& text);

    QString text() const { return m_text; }
    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isResource() const { return m_kind == Kind::Resource; }
    QString invalidReason() const { return m_reason; } // a sentence, empty when valid

    // Resource scopes only.
    Context context() const { return m_context; }
    QString resourceType() const { return m_type; } // "*" for every type
    bool isWildcardType() const { return m_type == QLatin1String("*"); }
    Permissions permissions() const { return m_permissions; } // v1 .read == Read|Search
    bool hasPermissions() const { return m_hasPermissions; } // false for `user/DocumentReference`
    bool isV2() const { return m_v2; }
    QString query() const { return m_query; } // v2 qualifier after '?', without the '?'
    // SMART App Launch 2.2 §"Finer-grained resource constraints using search parameters": the
    // parsed name=value pairs of query(); empty for an unqualified scope. A qualified scope grants
    // its type only in part (the resources that search would find).
    const QList<ScopeQualifier>& qualifiers() const { return m_qualifiers; }
    bool isQualified() const { return !m_qualifiers.isEmpty(); }
    // Do this scope's qualifiers cover `required`'s by meaning (none covers all; see ScopeQualifier)?
    bool qualifiersCover(const Scope& required) const;

    // Does this one scope alone cover `required`? (Context must match unless anyContext.)
    bool covers(const Scope& required, bool anyContext = false) const;

    static QString contextName(Context context); // "patient", "user", "system"

    bool operator==(const Scope& other) const { return m_text == other.m_text; }

private:
    QString m_text;
    Kind m_kind = Kind::Invalid;
    QString m_reason;
    Context m_context = Context::User;
    QString m_type;
    Permissions m_permissions;
    bool m_hasPermissions = false;
    bool m_v2 = false;
    QString m_query;
    QList<ScopeQualifier> m_qualifiers;
};

} // namespace ccri

Q_DECLARE_OPERATORS_FOR_FLAGS(ccri::Scope::Permissions)
