#pragma once

#include "app/fhir/ResourceRow.h"

#include <QDate>
#include <QWidget>

class QLabel;

namespace ccri {

// The chosen patient, always in view: name, NHS number, birth date and age, gender.
class PatientBanner : public QWidget
{
    Q_OBJECT

public:
    explicit PatientBanner(QWidget* parent = nullptr);

    void setPatient(const fhir::ResourceRow& patient);
    void clear();
    QString patientId() const { return m_patientId; }
    QString text() const; // what the banner says, for tests and screen readers

    // "26 years" / "8 months" / "12 days" on `today`.
    static QString ageText(const QDate& birthDate, const QDate& today);

private:
    QString m_patientId;
    QLabel* m_name = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace ccri
