#pragma once

#include "app/core/PolicyDecision.h"
#include "app/fhir/ResourceRow.h"

#include <QList>
#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;

namespace ccri {

class DeferredWhileHidden;
class ErrorLabel;
class VitalSignsChart;

namespace fhir {
class FhirClient;
class OverviewSection;
} // namespace fhir

// The chosen patient on one page: allergies and intolerances, problems (active conditions), current medications
// (active MedicationRequest and MedicationStatement), the latest of each vital sign, immunisations and the latest
// documents, then a chart of the vital signs over time. Each section is an OverviewSection: it loads on its own (its
// own busy bar) and appears as it arrives; a type the scopes shut says so in words in its place, never as an empty
// list. Activating a row asks for the record in its own tab (recordActivated).
class PatientOverview : public QWidget
{
    Q_OBJECT

public:
    explicit PatientOverview(fhir::FhirClient* client, QWidget* parent = nullptr);
    ~PatientOverview() override;

    QList<fhir::OverviewSection*> sections() const { return m_sections; }
    fhir::OverviewSection* section(const QString& key) const;
    QString patientId() const { return m_patientId; }
    // The sentence under a section's title, as shown (brought up to date first if it changed while
    // the page was hidden), and the section's list.
    QString sectionText(const QString& key) const;
    QListWidget* sectionList(const QString& key) const;
    VitalSignsChart* chart() const { return m_chart; }

public slots:
    void setDecision(const ccri::PolicyDecision& decision);
    void setPatientId(const QString& patientId);
    void load(); // every section, in parallel
    void forget();

signals:
    void recordActivated(const ccri::fhir::ResourceRow& row);

private:
    struct SectionView
    {
        fhir::OverviewSection* section = nullptr;
        QGroupBox* box = nullptr;
        ErrorLabel* text = nullptr;
        QListWidget* list = nullptr;
        QProgressBar* busy = nullptr;
    };
    void addSection(fhir::OverviewSection* section);
    void show(const SectionView& view); // at once while the page is visible, else when it is shown
    void fill(const SectionView& view); // the section's title, sentence, busy bar and rows

    QString m_patientId;
    QList<fhir::OverviewSection*> m_sections;
    QList<SectionView> m_views;
    VitalSignsChart* m_chart = nullptr;
    // Every section filled again when the page is next shown: a sign-in's access changes and a new
    // patient reach every section while the page is behind the Patient tab.
    DeferredWhileHidden* m_filling = nullptr;
};

} // namespace ccri
