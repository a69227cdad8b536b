#pragma once

#include "app/core/PolicyDecision.h"
#include "app/fhir/VitalSignSeries.h"

#include <QColor>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QAbstractAxis;
class QChart;
class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ccri {

namespace fhir {
class FhirClient;
class VitalSignsLoader;
} // namespace fhir

// A patient's vital signs over time (Qt Charts): one line per kind, chosen by ticking (blood pressure and heart
// rate ticked at first, the others listed one click away), dates on the x axis, a y axis per unit of the ticked
// series, its labels and line in its series' colour (a second series on the same axis dashed), a tooltip with value
// and date. A table of the same points for screen readers, "Save as PNG…", colours from the palette (high
// contrast), words through tr(). It shows a VitalSignsLoader (every vital-sign Observation of the patient, bounded),
// which it does not own: the Overview's chart and the Observation tab's share the patient's one loader
// (ResourceBrowser's), and each says when it stopped short, failed, or Observation is shut.
class VitalSignsChart : public QWidget
{
    Q_OBJECT

public:
    explicit VitalSignsChart(QWidget* parent = nullptr);
    ~VitalSignsChart() override;

    const fhir::VitalSignSeries& data() const { return m_data; }
    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_view; }
    QTableWidget* pointTable() const { return m_table; }
    QListWidget* seriesChoice() const { return m_choice; }
    QString statusText() const;
    bool isLoading() const;
    // The chart as a PNG (as shown), for "Save as PNG…".
    QByteArray png() const;

    fhir::VitalSignsLoader* loader() const;

public slots:
    // The patient's loader (nullptr: no patient): shown as it stands, then followed.
    void setLoader(ccri::fhir::VitalSignsLoader* loader);
    void showRows(const QList<ccri::fhir::ResourceRow>& observations); // from elsewhere (tests, the Observation tab)
    void savePng();

signals:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void recolour();
    void fillTable();
    void follow(); // the loader's state: loading, shut, or its rows

    QPointer<fhir::VitalSignsLoader> m_loader;
    fhir::VitalSignSeries m_data;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QListWidget* m_choice = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QHash<QString, bool> m_ticked; // the reader's choice by series key; else VitalSigns::chartedByDefault
    QHash<QAbstractAxis*, QColor> m_axisColours; // each y axis in its series' colour
};

} // namespace ccri
