#pragma once

#include <QList>
#include <QString>

namespace ccri::sandbox {

// The patients the consent page offers for launch/patient (the server adapts its ResourceStore).
class PatientDirectory
{
public:
    struct Choice
    {
        QString id; // FHIR logical id
        QString label; // e.g. "Bernie Kanfeld (NHS 987 654 3210), born 1998-03-19"
    };
    virtual ~PatientDirectory() = default;
    virtual QList<Choice> patients() const = 0;
    virtual bool contains(const QString& id) const = 0;
};

} // namespace ccri::sandbox
