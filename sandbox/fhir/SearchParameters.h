#pragma once

#include "sandbox/server/FhirRelease.h"

#include <map>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccri::sandbox {

// The resource types the sandbox serves and the search parameters each accepts (after the CCRI's
// own list, see ccri-facts.md), with where in the resource each one looks.
class SearchParameters
{
public:
    enum class Kind
    {
        Id, // _id: the resource id
        Token, // [system]|code on codes, Codings, CodeableConcepts, Identifiers, booleans
        String, // case-insensitive "starts with" (":exact", ":contains")
        Date, // eq/ne/gt/lt/ge/le on dates, dateTimes and Periods
        Reference, // Type/id, id, or an absolute URL ending in Type/id
    };
    struct Definition
    {
        QString name;
        Kind kind;
        QStringList paths; // dot paths into the resource; arrays are walked
        QString targetType; // Reference: the type a bare id refers to ("Patient")
        QString description;
    };

    SearchParameters();
    // The parameters of one release: R4 renames and moves a few (see applyR4()).
    explicit SearchParameters(FhirRelease release);

    QStringList resourceTypes() const; // the served types, in CapabilityStatement order
    bool supports(const QString& type) const;
    QList<Definition> definitions(const QString& type) const; // _id first
    const Definition* find(const QString& type, const QString& name) const;
    QStringList names(const QString& type) const;

    static QString kindName(Kind kind); // FHIR search param type: "token", "string", "date", "reference"

private:
    void add(const QString& type, QList<Definition> definitions);
    void applyR4();
    void replace(const QString& type, const QString& name, const Definition& definition); // empty name: remove

    QStringList m_types;
    std::map<QString, QList<Definition>> m_definitions;
};

} // namespace ccri::sandbox
