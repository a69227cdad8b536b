#pragma once

#include <QCoreApplication>
#include <QString>

namespace ccri {

// Plain-words descriptions of FHIR resource types, for people who do not know FHIR by heart.
class ResourceTypeInfo
{
    Q_DECLARE_TR_FUNCTIONS(ResourceTypeInfo)

public:
    // One sentence; a generic sentence for types it does not know (user-supplied policies).
    static QString describe(const QString& resourceType);
};

} // namespace ccri
