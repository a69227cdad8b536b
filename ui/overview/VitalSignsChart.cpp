#include "ui/overview/VitalSignsChart.h"

#include "app/fhir/VitalSigns.h"
#include "app/fhir/VitalSignsLoader.h"
#include "ui/browser/FileSaver.h"

#include <iterator>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPen>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ccri {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

// The colours of the unit axes and their series, in turn: Okabe and Ito's, told apart with colour-blindness too
// (their yellow left out: too pale on white).
QColor axisColourOn(int index, const QColor& background)
{
    static const QRgb colours[] = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000};
    QColor colour = QColor::fromRgb(colours[index % int(std::size(colours))]);
    if (background.lightness() < 128) // a dark theme or high contrast: lighter, and white for black
        colour = colour == Qt::black ? QColor(Qt::white) : colour.lighter(160);
    return colour;
}

QString dateText(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

VitalSignsChart::VitalSignsChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("vitalSignsChart"));

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setTitle(tr("Vital signs"));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setAccessibleName(tr("Vital signs chart"));
    m_view->setAccessibleDescription(tr("The same points are in the table of vital signs beside the chart."));
    // A graphics view makes its viewport take focus (it is what the keyboard reaches): it is named too.
    m_view->viewport()->setAccessibleName(m_view->accessibleName());
    m_view->viewport()->setAccessibleDescription(m_view->accessibleDescription());

    m_choice = new QListWidget(this);
    m_choice->setObjectName(QStringLiteral("vitalSignsChoice"));
    m_choice->setAccessibleName(tr("Vital signs to show in the chart"));
    m_choice->setMaximumWidth(260);
    connect(m_choice, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        m_ticked.insert(item->data(kKeyRole).toString(), item->checkState() == Qt::Checked);
        rebuild();
    });

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("vitalSignsTable"));
    m_table->setAccessibleName(tr("Vital signs chart as a table"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Vital sign"), tr("Date"), tr("Value"), tr("Unit")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("vitalSignsStatus"));
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("Save chart as PNG…"), this);
    m_save->setObjectName(QStringLiteral("saveChartPng"));
    connect(m_save, &QPushButton::clicked, this, &VitalSignsChart::savePng);

    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_save);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_choice);
    splitter->addWidget(m_view);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({220, 640, 300});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    recolour();
    showRows({});
}

VitalSignsChart::~VitalSignsChart() = default;

bool VitalSignsChart::isLoading() const
{
    return m_loader && m_loader->isLoading();
}

QString VitalSignsChart::statusText() const
{
    return m_status->text();
}

fhir::VitalSignsLoader* VitalSignsChart::loader() const
{
    return m_loader;
}

void VitalSignsChart::setLoader(fhir::VitalSignsLoader* loader)
{
    if (loader == m_loader)
        return;
    if (m_loader)
        m_loader->disconnect(this);
    m_loader = loader;
    if (loader) {
        connect(loader, &fhir::VitalSignsLoader::started, this, &VitalSignsChart::follow);
        connect(loader, &fhir::VitalSignsLoader::finished, this, [this] {
            follow();
            emit loaded();
        });
        // The patient's loader goes with the patient: a chart shown then is emptied.
        connect(loader, &QObject::destroyed, this, [this] { showRows({}); });
    }
    follow();
}

void VitalSignsChart::follow()
{
    if (m_loader && !m_loader->patientId().isEmpty() && m_loader->isShut()) {
        showRows({});
        const PolicyDecision& shut = m_loader->shutDecision();
        m_status->setText(
            tr("Vital signs are not visible with your access: needs %1 (%2).").arg(shut.needs, shut.policyName));
    } else if (m_loader && m_loader->isLoading()) {
        showRows({});
        m_status->setText(tr("Loading vital signs…"));
    } else {
        showRows(m_loader ? m_loader->rows() : QList<fhir::ResourceRow>());
    }
}

void VitalSignsChart::showRows(const QList<fhir::ResourceRow>& observations)
{
    m_data = fhir::VitalSignSeries::fromObservations(observations);
    const QSignalBlocker quiet(m_choice);
    m_choice->clear();
    for (const fhir::VitalSignSeries::Series& series : m_data.series()) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(series.name, series.unit), m_choice);
        item->setData(kKeyRole, series.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool ticked = m_ticked.value(series.key, fhir::VitalSigns::chartedByDefault(series.key));
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    QStringList status;
    if (!m_data.series().isEmpty())
        status << tr("%1 readings of %2 vital signs.").arg(m_data.pointCount()).arg(m_data.series().size());
    else if (m_loader && m_loader->answered()) // only after the server said so
        status << tr("No vital signs recorded.");
    if (m_loader && !m_loader->error().isEmpty())
        status << tr("The vital signs could not be loaded: %1").arg(m_loader->error());
    if (m_loader && m_loader->stoppedShort())
        status << tr("Stopped after %1 of %2 observations: the rest are on later pages.")
                      .arg(m_loader->rows().size())
                      .arg(m_loader->total());
    if (m_data.enteredInErrorCount() > 0)
        status << (m_data.enteredInErrorCount() == 1
                       ? tr("1 reading entered in error is not plotted.")
                       : tr("%1 readings entered in error are not plotted.").arg(m_data.enteredInErrorCount()));
    m_status->setText(status.join(QLatin1Char(' ')));
    rebuild();
}

void VitalSignsChart::rebuild()
{
    m_chart->removeAllSeries();
    m_axisColours.clear();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis; // removeAxis() hands it back; left alone, its old drawing stays on the scene
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setTitleText(tr("Date"));
    m_chart->addAxis(x, Qt::AlignBottom);
    // One y axis per unit (mmHg, /min, Cel, kg, cm, %): a scale shared by six units would flatten every line
    // but the largest. The axes alternate left and right, each titled with its unit and drawn in a colour of its own
    // that its series take, so a reader can tell whose scale it is (a second series on it, as blood pressure's two
    // are, dashed).
    struct UnitAxis
    {
        QValueAxis* axis = nullptr;
        QStringList names;
        QColor colour;
        double low = 0;
        double high = 0;
    };
    QList<QString> units;
    QHash<QString, UnitAxis> axes;
    QDateTime first;
    QDateTime last;
    for (int i = 0; i < m_choice->count(); ++i) {
        if (m_choice->item(i)->checkState() != Qt::Checked)
            continue;
        const fhir::VitalSignSeries::Series& data = m_data.series().at(i);
        if (data.points.isEmpty())
            continue;
        UnitAxis& unitAxis = axes[data.unit];
        if (!unitAxis.axis) {
            unitAxis.axis = new QValueAxis;
            unitAxis.low = unitAxis.high = data.points.constFirst().value;
            unitAxis.colour = axisColourOn(int(units.size()), palette().color(QPalette::Base));
            m_axisColours.insert(unitAxis.axis, unitAxis.colour);
            m_chart->addAxis(unitAxis.axis, units.size() % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
            units << data.unit;
        }
        unitAxis.names << data.name;
        auto* line = new QLineSeries;
        line->setName(tr("%1 (%2)").arg(data.name, data.unit));
        line->setPointsVisible(true);
        for (const fhir::VitalSignSeries::Point& point : data.points) {
            line->append(double(point.when.toMSecsSinceEpoch()), point.value);
            unitAxis.low = qMin(unitAxis.low, point.value);
            unitAxis.high = qMax(unitAxis.high, point.value);
            first = first.isValid() && first < point.when ? first : point.when;
            last = last.isValid() && last > point.when ? last : point.when;
        }
        const QString name = data.name;
        const QString unit = data.unit;
        connect(line, &QLineSeries::hovered, this, [this, name, unit](const QPointF& at, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(at.x()));
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 %3 on %4").arg(name).arg(at.y(), 0, 'f', 1).arg(unit, dateText(when)),
                               m_view);
        });
        m_chart->addSeries(line);
        QPen pen = line->pen();
        pen.setColor(unitAxis.colour);
        if (unitAxis.names.size() > 1) // the axis's second series (blood pressure's other half): dashed
            pen.setStyle(unitAxis.names.size() == 2 ? Qt::DashLine : Qt::DotLine);
        line->setPen(pen);
        line->attachAxis(x);
        line->attachAxis(unitAxis.axis);
    }
    for (const QString& unit : units) {
        UnitAxis& unitAxis = axes[unit];
        // Six axes side by side leave little room: the title is the unit alone (the legend and the
        // ticked list name each sign with its unit), and the labels are as short as the values allow.
        unitAxis.axis->setTitleText(unit);
        unitAxis.axis->setLabelFormat(QStringLiteral("%g"));
        const double margin = qMax(1.0, (unitAxis.high - unitAxis.low) * 0.1);
        unitAxis.axis->setRange(unitAxis.low - margin, unitAxis.high + margin);
    }
    if (first.isValid())
        x->setRange(first.addDays(-15), last.addDays(15));
    fillTable();
    recolour();
}

void VitalSignsChart::fillTable()
{
    int rows = 0;
    for (int i = 0; i < m_choice->count(); ++i) {
        if (m_choice->item(i)->checkState() == Qt::Checked)
            rows += int(m_data.series().at(i).points.size());
    }
    m_table->setRowCount(rows);
    int row = 0;
    for (int i = 0; i < m_choice->count(); ++i) {
        if (m_choice->item(i)->checkState() != Qt::Checked)
            continue;
        const fhir::VitalSignSeries::Series& data = m_data.series().at(i);
        for (const fhir::VitalSignSeries::Point& point : data.points) {
            m_table->setItem(row, 0, new QTableWidgetItem(data.name));
            m_table->setItem(row, 1, new QTableWidgetItem(dateText(point.when)));
            m_table->setItem(row, 2, new QTableWidgetItem(QLocale().toString(point.value, 'f', 1)));
            m_table->setItem(row, 3, new QTableWidgetItem(data.unit));
            ++row;
        }
    }
}

// The chart's colours from the palette, so high contrast (and a dark theme) reach it.
void VitalSignsChart::recolour()
{
    const QPalette colours = palette();
    m_chart->setBackgroundBrush(colours.base());
    m_chart->setTitleBrush(colours.text());
    m_chart->legend()->setLabelColor(colours.color(QPalette::Text));
    for (QAbstractAxis* axis : m_chart->axes()) {
        // A y axis in its series' colour, so a reader tells whose scale it is; the date axis in the text colour.
        const QColor own = m_axisColours.value(axis, colours.color(QPalette::Text));
        axis->setLabelsColor(own);
        axis->setTitleBrush(own);
        axis->setLinePenColor(own);
        axis->setGridLineColor(colours.color(QPalette::Mid));
    }
}

void VitalSignsChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // the axes' colours follow a dark or high-contrast palette; it recolours the rest
    if (event->type() == QEvent::LanguageChange) {
        m_chart->setTitle(tr("Vital signs"));
        follow();
    }
}

QByteArray VitalSignsChart::png() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    m_view->grab().save(&buffer, "PNG");
    return bytes;
}

void VitalSignsChart::savePng()
{
    FileSaver::save(this, tr("vital-signs.png"), png());
}

} // namespace ccri
