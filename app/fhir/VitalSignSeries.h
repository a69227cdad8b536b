#pragma once

#include "app/fhir/ResourceRow.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ccri::fhir {

// A patient's vital signs as series over time, without widgets: one series per kind of measurement, keyed by the
// code the data carries (LOINC or SNOMED CT "system|code"); a blood pressure's systolic and diastolic components
// become two series of the same unit, so they plot together. Records entered in error are left out of the series
// and counted (enteredInErrorCount()), so a chart can say so rather than plot a wrong value.
class VitalSignSeries
{
public:
    struct Point
    {
        QDateTime when;
        double value = 0;
        QString observationId;
    };
    struct Series
    {
        QString key; // "http://snomed.info/sct|72313002"
        QString name; // the coding's display, else code.text
        QString unit; // valueQuantity.unit (else its code)
        QList<Point> points; // oldest first
    };

    // Only vital signs (VitalSigns::isVitalSign) with a numeric valueQuantity and a date count.
    static VitalSignSeries fromObservations(const QList<ResourceRow>& observations);

    const QList<Series>& series() const { return m_series; } // by name
    const Series* find(const QString& name) const;
    int pointCount() const;
    int enteredInErrorCount() const { return m_enteredInError; }

private:
    QList<Series> m_series;
    int m_enteredInError = 0;
};

} // namespace ccri::fhir
