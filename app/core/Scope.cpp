#include "app/core/Scope.h"

#include <algorithm>
#include <QCoreApplication>
#include <QRegularExpression>

namespace ccri {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ccri::Scope", text);
}

// v1 suffixes and their v2 meaning.
bool parseV1Permissions(const QString& suffix, Scope::Permissions* permissions)
{
    if (suffix == QLatin1String("read")) {
        *permissions = Scope::Read | Scope::Search;
        return true;
    }
    if (suffix == QLatin1String("write")) {
        *permissions = Scope::Create | Scope::Update | Scope::Delete;
        return true;
    }
    if (suffix == QLatin1String("*")) {
        *permissions = Scope::Create | Scope::Read | Scope::Update | Scope::Delete | Scope::Search;
        return true;
    }
    return false;
}

// v2: a non-empty subsequence of "cruds", letters in that order, each at most once.
bool parseV2Permissions(const QString& suffix, Scope::Permissions* permissions)
{
    static constexpr char order[] = "cruds";
    static constexpr Scope::Permission flags[]
        = {Scope::Create, Scope::Read, Scope::Update, Scope::Delete, Scope::Search};
    if (suffix.isEmpty())
        return false;
    int position = 0;
    Scope::Permissions result;
    for (const QChar c : suffix) {
        while (position < 5 && QLatin1Char(order[position]) != c)
            ++position;
        if (position == 5)
            return false;
        result |= flags[position];
        ++position;
    }
    *permissions = result;
    return true;
}

} // namespace

Scope Scope::parse(const QString& input)
{
    Scope scope;
    scope.m_text = input.trimmed();
    const QString& text = scope.m_text;

    if (text.isEmpty()) {
        scope.m_reason = tr("An empty scope.");
        return scope;
    }
    if (text == QLatin1String("openid") || text == QLatin1String("fhirUser") || text == QLatin1String("profile")) {
        scope.m_kind = Kind::Identity;
        return scope;
    }
    if (text == QLatin1String("launch") || text == QLatin1String("launch/patient")
        || text == QLatin1String("launch/encounter")) {
        scope.m_kind = Kind::Launch;
        return scope;
    }
    if (text == QLatin1String("offline_access") || text == QLatin1String("online_access")) {
        scope.m_kind = Kind::Access;
        return scope;
    }

    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        scope.m_reason = tr("Not a SMART scope: expected openid, fhirUser, profile, launch, offline_access, "
                            "online_access or context/Type.access (for example user/Patient.read).");
        return scope;
    }
    const QString context = text.left(slash);
    if (context == QLatin1String("patient")) {
        scope.m_context = Context::Patient;
    } else if (context == QLatin1String("user")) {
        scope.m_context = Context::User;
    } else if (context == QLatin1String("system")) {
        scope.m_context = Context::System;
    } else if (context == QLatin1String("launch")) {
        scope.m_reason = tr("Unknown launch scope: only launch, launch/patient and launch/encounter exist.");
        return scope;
    } else {
        scope.m_reason
            = tr("Unknown context \"%1\": a resource scope starts with patient/, user/ or system/.").arg(context);
        return scope;
    }

    QString rest = text.mid(slash + 1);
    const int question = rest.indexOf(QLatin1Char('?'));
    QString query;
    bool hasQuery = false;
    if (question >= 0) {
        query = rest.mid(question + 1);
        rest = rest.left(question);
        hasQuery = true;
    }
    const int dot = rest.indexOf(QLatin1Char('.'));
    const QString type = dot < 0 ? rest : rest.left(dot);

    static const QRegularExpression typePattern(QStringLiteral("^[A-Z][A-Za-z]*$"));
    if (type.isEmpty()) {
        scope.m_reason = tr("No resource type after \"%1/\".").arg(context);
        return scope;
    }
    if (type != QLatin1String("*") && !typePattern.match(type).hasMatch()) {
        scope.m_reason = type.at(0).isLower()
            ? tr("Resource type \"%1\" must start with a capital letter (FHIR type names do).").arg(type)
            : tr("\"%1\" is not a resource type name.").arg(type);
        return scope;
    }
    scope.m_type = type;

    if (dot < 0) {
        // CCRI-style "user/DocumentReference": no access level given.
        if (hasQuery) {
            scope.m_reason = tr("A ?qualifier needs an access level before it (for example .rs).");
            scope.m_type.clear();
            return scope;
        }
        scope.m_kind = Kind::Resource;
        return scope;
    }

    const QString suffix = rest.mid(dot + 1);
    Permissions permissions;
    if (parseV1Permissions(suffix, &permissions)) {
        if (hasQuery) {
            scope.m_reason = tr("SMART v1 scopes (.read, .write, .*) take no ?qualifier; use v2 letters such as .rs.");
            scope.m_type.clear();
            return scope;
        }
        scope.m_v2 = false;
    } else if (parseV2Permissions(suffix, &permissions)) {
        scope.m_v2 = true;
        if (hasQuery) {
            QString why;
            const auto qualifiers = ScopeQualifier::parseQuery(query, &why);
            if (!qualifiers) {
                scope.m_reason = why;
                scope.m_type.clear();
                return scope;
            }
            scope.m_qualifiers = *qualifiers;
        }
        scope.m_query = query;
    } else {
        scope.m_reason = suffix.isEmpty()
            ? tr("No access level after the dot: use read, write, * (v1) or letters of cruds (v2).")
            : tr("Unknown access level \"%1\": use read, write, * (v1) or letters of cruds in that "
                 "order (v2).")
                  .arg(suffix);
        scope.m_type.clear();
        return scope;
    }
    scope.m_permissions = permissions;
    scope.m_hasPermissions = true;
    scope.m_kind = Kind::Resource;
    return scope;
}

bool Scope::covers(const Scope& required, bool anyContext) const
{
    if (!isValid() || !required.isValid())
        return false;
    if (!isResource() || !required.isResource())
        return m_kind == required.m_kind && m_text == required.m_text;
    if (!anyContext && m_context != required.m_context)
        return false;
    if (!isWildcardType() && m_type != required.m_type)
        return false;
    if (!qualifiersCover(required))
        return false; // a qualified grant is narrower than an unqualified requirement
    if (!required.m_hasPermissions)
        return true; // any access level on that type
    if (!m_hasPermissions)
        return false;
    return (m_permissions & required.m_permissions) == required.m_permissions;
}

bool Scope::qualifiersCover(const Scope& required) const
{
    // Every pair of this grant must be met by a narrower-or-equal pair of the requirement (the
    // pairs of one scope are ANDed, so a requirement with more pairs asks for less).
    for (const ScopeQualifier& mine : m_qualifiers) {
        const bool met = std::any_of(required.m_qualifiers.cbegin(), required.m_qualifiers.cend(),
                                     [&mine](const ScopeQualifier& theirs) { return mine.covers(theirs); });
        if (!met)
            return false;
    }
    return true;
}

QString Scope::contextName(Context context)
{
    switch (context) {
    case Context::Patient:
        return QStringLiteral("patient");
    case Context::User:
        return QStringLiteral("user");
    case Context::System:
        return QStringLiteral("system");
    }
    return {};
}

} // namespace ccri
