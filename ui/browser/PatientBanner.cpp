#include "ui/browser/PatientBanner.h"

#include "app/fhir/FhirDateText.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ccri {

PatientBanner::PatientBanner(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("patientBanner"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("bannerName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_name->setFont(bold);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_name);
    layout->addSpacing(16);
    layout->addWidget(m_details, 1);
    clear();
}

QString PatientBanner::ageText(const QDate& birthDate, const QDate& today)
{
    if (!birthDate.isValid() || birthDate > today) {
        return {};
    }
    int years = today.year() - birthDate.year();
    if (today.month() < birthDate.month() || (today.month() == birthDate.month() && today.day() < birthDate.day())) {
        --years;
    }
    if (years >= 2) {
        return tr("%1 years").arg(years);
    }
    int months = (today.year() - birthDate.year()) * 12 + today.month() - birthDate.month();
    if (today.day() < birthDate.day()) {
        --months;
    }
    if (months >= 1) {
        return months == 1 ? tr("1 month") : tr("%1 months").arg(months);
    }
    const qint64 days = birthDate.daysTo(today);
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

void PatientBanner::setPatient(const fhir::ResourceRow& patient)
{
    m_patientId = patient.id;
    // Patient columns: name, NHS number, birth date, gender, address.
    const QString name = patient.columns.value(0);
    const QString nhsNumber = patient.columns.value(1);
    const QString birthDate = patient.columns.value(2);
    const QString gender = patient.columns.value(3);
    m_name->setText(name.isEmpty() ? tr("(no name)") : name);
    QStringList details;
    details << tr("NHS number: %1").arg(nhsNumber.isEmpty() ? tr("none") : nhsNumber);
    if (!birthDate.isEmpty()) {
        const QString age = ageText(QDate::fromString(birthDate.left(10), Qt::ISODate), QDate::currentDate());
        const QString born = fhir::FhirDateText::display(birthDate);
        details << (age.isEmpty() ? tr("Born %1").arg(born) : tr("Born %1 (%2)").arg(born, age));
    }
    if (!gender.isEmpty()) {
        details << tr("Gender: %1").arg(gender);
    }
    m_details->setText(details.join(QStringLiteral("   ·   ")));
    setAccessibleDescription(text());
}

void PatientBanner::clear()
{
    m_patientId.clear();
    m_name->setText(tr("No patient chosen"));
    m_details->setText(tr("Search on the Patient tab and open a record."));
    setAccessibleDescription(text());
}

QString PatientBanner::text() const
{
    return m_name->text() + QLatin1Char(' ') + m_details->text();
}

} // namespace ccri
