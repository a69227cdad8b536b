#pragma once

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccri {

// One search-parameter qualifier of a SMART v2 scope: the `category=...|vital-signs` in
// `patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|vital-signs`.
// SMART App Launch 2.2 §"Finer-grained resource constraints using search parameters": the part
// after `?` is one or more FHIR search parameters (name=value, joined by &); the scope grants only
// the resources that search would find. Token values may be `system|code` or a bare `code` (FHIR
// search §token: a bare code matches that code in any system); both are understood here.
class ScopeQualifier
{
public:
    // "category=a|b&code=c": every name=value pair, or nullopt and a sentence in *error.
    static std::optional<QList<ScopeQualifier>> parseQuery(const QString& query, QString* error);

    QString name() const { return m_name; } // "category"
    QString value() const { return m_value; } // as given, percent-decoded
    QString system() const { return m_system; } // empty for a bare code
    QString code() const { return m_code; } // "vital-signs"
    QString shortText() const; // "category=vital-signs" (the system left out)
    // The code in words, for sentences: "vital signs", "laboratory results", else the code itself.
    QString words() const;

    // The category codes of the HL7 code system for a type's `category` (observation-category,
    // condition-category), for offering the hidden ones; empty for other types.
    static QStringList knownCategories(const QString& resourceType);

    // Same meaning: same parameter and code, and the same code system (STU3 and R4 spellings of the
    // HL7 category systems are one system) or no system on either side.
    bool sameMeaning(const ScopeQualifier& other) const;
    // Does a grant of this qualifier cover a request for `other`? A bare code covers `system|code`
    // with that code; `system|code` does not cover a bare code (which means any system).
    bool covers(const ScopeQualifier& other) const;

    // The same code system (the STU3 and R4 addresses of an HL7 code system are one).
    static bool systemsEqual(const QString& a, const QString& b);

private:
    QString m_name;
    QString m_value;
    QString m_system;
    QString m_code;
};

} // namespace ccri
