#include "ui/overview/PatientOverview.h"

#include "app/fhir/FhirDateText.h"
#include "app/fhir/OverviewSection.h"
#include "ui/main/DeferredWhileHidden.h"
#include "ui/main/ErrorLabel.h"
#include "ui/overview/VitalSignsChart.h"

#include <nlohmann/json.hpp>
#include <QGridLayout>
#include <QGroupBox>
#include <QListWidget>
#include <QProgressBar>
#include <QScrollArea>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ccri {

namespace {

constexpr int kRowRole = Qt::UserRole + 1;
constexpr int kShownRows = 8;

QUrlQuery query(const char* name, const char* value)
{
    QUrlQuery q;
    q.addQueryItem(QString::fromLatin1(name), QString::fromLatin1(value));
    return q;
}

// "Blood pressure · 119 / 69 mmHg · final · 13 Apr 2021": the row's summary columns without the empty ones, the
// first date last and readable.
QString rowText(const fhir::ResourceRow& row)
{
    QStringList parts;
    QString date;
    for (const QString& column : row.columns) {
        if (column.trimmed().isEmpty())
            continue;
        if (date.isEmpty() && fhir::FhirDateText::isDateValue(column))
            date = fhir::FhirDateText::display(column); // as people read it, last
        else
            parts << column;
    }
    if (!date.isEmpty())
        parts << date;
    return parts.join(QStringLiteral(" · "));
}

} // namespace

PatientOverview::PatientOverview(fhir::FhirClient* client, QWidget* parent)
    : QWidget(parent)
    , m_filling(new DeferredWhileHidden(this, [this] {
        for (const SectionView& view : std::as_const(m_views))
            fill(view);
    }))
{
    setObjectName(QStringLiteral("patientOverview"));
    setAccessibleName(tr("Patient overview"));
    using Source = fhir::OverviewSection::Source;
    auto make = [&](const char* key, const QString& title, const QList<Source>& sources) {
        return new fhir::OverviewSection(client, QString::fromLatin1(key), title, sources, this);
    };
    addSection(make("allergies", tr("Allergies and intolerances"),
                    {{QStringLiteral("AllergyIntolerance"), {}, tr("Allergies")}}));
    addSection(make("problems", tr("Problems"),
                    {{QStringLiteral("Condition"), query("clinical-status", "active"), tr("Problems")}}));
    addSection(make("medications", tr("Current medications"),
                    {{QStringLiteral("MedicationRequest"), query("status", "active"), tr("Medication requests")},
                     {QStringLiteral("MedicationStatement"), query("status", "active"), tr("Medication statements")}}));
    fhir::OverviewSection* vitals
        = make("vitals", tr("Latest vital signs"),
               {{QStringLiteral("Observation"), query("category", "vital-signs"), tr("Vital signs")}});
    vitals->setLatestPerCode(true);
    vitals->setPageSize(100);
    addSection(vitals);
    addSection(make("immunisations", tr("Immunisations"), {{QStringLiteral("Immunization"), {}, tr("Immunisations")}}));
    addSection(make("documents", tr("Documents"), {{QStringLiteral("DocumentReference"), {}, tr("Documents")}}));

    auto* content = new QWidget(this);
    auto* grid = new QGridLayout(content);
    for (int i = 0; i < m_views.size(); ++i)
        grid->addWidget(m_views.at(i).box, i / 2, i % 2);
    m_chart = new VitalSignsChart(content); // the patient's loader comes from ResourceBrowser
    m_chart->setMinimumHeight(360);
    grid->addWidget(m_chart, int(m_views.size() + 1) / 2, 0, 1, 2);
    grid->setRowStretch(int(m_views.size() + 1) / 2, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

PatientOverview::~PatientOverview() = default;

void PatientOverview::addSection(fhir::OverviewSection* section)
{
    SectionView view;
    view.section = section;
    view.box = new QGroupBox(section->title(), this);
    view.box->setObjectName(QStringLiteral("overview_") + section->key());
    view.text = new ErrorLabel(view.box);
    view.text->setObjectName(QStringLiteral("sectionText"));
    view.text->setWordWrap(true);
    view.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    view.list = new QListWidget(view.box);
    view.list->setObjectName(QStringLiteral("sectionList"));
    view.list->setAccessibleName(section->title());
    view.list->setMaximumHeight(view.list->fontMetrics().height() * (kShownRows + 1));
    view.busy = new QProgressBar(view.box);
    view.busy->setRange(0, 0);
    view.busy->setMaximumHeight(8);
    view.busy->setTextVisible(false);
    view.busy->setAccessibleName(tr("Loading %1").arg(section->title()));
    auto* layout = new QVBoxLayout(view.box);
    layout->addWidget(view.busy);
    layout->addWidget(view.text);
    layout->addWidget(view.list);
    connect(view.list, &QListWidget::itemActivated, this, [this, section](QListWidgetItem* item) {
        const QList<fhir::ResourceRow> rows = section->rows();
        const int index = item->data(kRowRole).toInt();
        if (item->data(kRowRole).isValid() && index >= 0 && index < rows.size())
            emit recordActivated(rows.at(index));
    });
    connect(section, &fhir::OverviewSection::changed, this, [this, section] {
        for (const SectionView& each : std::as_const(m_views)) {
            if (each.section == section)
                show(each);
        }
    });
    m_sections.append(section);
    m_views.append(view);
    show(view);
}

void PatientOverview::show(const SectionView& view)
{
    if (isVisible())
        fill(view);
    else
        m_filling->request();
}

void PatientOverview::fill(const SectionView& view)
{
    const fhir::OverviewSection* section = view.section;
    const QList<fhir::ResourceRow> rows = section->rows();
    const int fetched = section->fetchedCount();
    view.box->setTitle(fetched < 0 ? section->title() : tr("%1 (%2)").arg(section->title()).arg(rows.size()));
    view.busy->setVisible(section->isLoading());
    QString text = m_patientId.isEmpty() ? tr("Choose a patient on the Patient tab.") : section->statusText();
    bool problem = false;
    for (int i = 0; i < section->sourceCount(); ++i) {
        const auto state = section->state(i);
        problem = problem || state == fhir::OverviewSection::State::Shut
            || state == fhir::OverviewSection::State::Refused || state == fhir::OverviewSection::State::Failed;
    }
    view.text->setText(text);
    view.text->setError(problem);
    view.text->setVisible(!text.isEmpty());
    view.text->setAccessibleName(section->title() + QStringLiteral(": ") + text);
    view.list->clear();
    for (int index = 0; index < qMin(int(rows.size()), kShownRows); ++index) {
        const fhir::ResourceRow& row = rows.at(index);
        const nlohmann::json resource = row.resource.parse();
        const bool inError = resource.is_object() && resource.value("status", std::string()) == "entered-in-error";
        QString line = rowText(row);
        if (inError)
            line = tr("Entered in error: %1").arg(line);
        auto* item = new QListWidgetItem(line, view.list);
        item->setData(kRowRole, index);
        item->setToolTip(line);
        if (inError) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
        }
    }
    if (rows.size() > kShownRows) {
        auto* more = new QListWidgetItem(
            tr("%1 more in the %2 tab").arg(rows.size() - kShownRows).arg(section->source(0).resourceType), view.list);
        more->setFlags(Qt::ItemIsEnabled);
    }
    view.list->setVisible(!rows.isEmpty());
}

fhir::OverviewSection* PatientOverview::section(const QString& key) const
{
    for (fhir::OverviewSection* each : m_sections) {
        if (each->key() == key)
            return each;
    }
    return nullptr;
}

QString PatientOverview::sectionText(const QString& key) const
{
    m_filling->ensure();
    for (const SectionView& view : m_views) {
        if (view.section->key() == key)
            return view.text->text();
    }
    return {};
}

QListWidget* PatientOverview::sectionList(const QString& key) const
{
    m_filling->ensure();
    for (const SectionView& view : m_views) {
        if (view.section->key() == key)
            return view.list;
    }
    return nullptr;
}

void PatientOverview::setDecision(const PolicyDecision& decision)
{
    for (fhir::OverviewSection* each : std::as_const(m_sections))
        each->setDecision(decision);
}

void PatientOverview::setPatientId(const QString& patientId)
{
    if (patientId == m_patientId)
        return;
    m_patientId = patientId;
    for (fhir::OverviewSection* each : std::as_const(m_sections))
        each->setPatientId(patientId);
    for (const SectionView& view : std::as_const(m_views))
        show(view);
}

void PatientOverview::load()
{
    for (fhir::OverviewSection* each : std::as_const(m_sections))
        each->load();
}

void PatientOverview::forget()
{
    setPatientId({});
}

} // namespace ccri
