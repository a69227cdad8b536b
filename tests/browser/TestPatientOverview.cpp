#include "app/fhir/FhirClient.h"
#include "app/fhir/OverviewSection.h"
#include "app/fhir/ResourceListModel.h"
#include "app/fhir/VitalSigns.h"
#include "app/fhir/VitalSignSeries.h"
#include "app/fhir/VitalSignsLoader.h"
#include "app/net/FixedAccessTokenProvider.h"
#include "sandbox/server/SandboxServer.h"
#include "tests/browser/SandboxSession.h"
#include "ui/browser/CapabilityView.h"
#include "ui/browser/DetailPane.h"
#include "ui/browser/PatientBanner.h"
#include "ui/browser/PatientSearchPanel.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/browser/ResourceTablePage.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/main/ScopeAccess.h"
#include "ui/overview/PatientOverview.h"
#include "ui/overview/VitalSignsChart.h"

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFont>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUrlQuery>
#include <QValueAxis>

using namespace ccri;

// The patient Overview (issue 14) in the real main window against the real sandbox over loopback, with real
// tokens: the clinician under the CCRI policy sees shut sections said in words, never as empty; a section the
// server refuses says so; "None recorded" only after a 200; rows open the record in its tab.
class TestPatientOverview : public QObject
{
    Q_OBJECT

private:
    SandboxSession m_sandbox;
    std::unique_ptr<net::FixedAccessTokenProvider> m_tokens;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ResourceBrowser> m_browser;
    QStringList m_sandboxRequests; // the sandbox's request log, one line per request

    // The requests for a patient's vital signs made by the charts' loader (the Overview's "Latest vital signs"
    // section asks with its own query, category first).
    int chartRequestsFor(const QString& patientId) const
    {
        const QString query = QStringLiteral("/Observation?patient=%1&category=vital-signs&").arg(patientId);
        return int(std::count_if(m_sandboxRequests.cbegin(), m_sandboxRequests.cend(),
                                 [&query](const QString& line) { return line.contains(query); }));
    }

    static QString seriesText(VitalSignsChart* chart)
    {
        QStringList lines;
        for (const fhir::VitalSignSeries::Series& series : chart->data().series()) {
            QStringList points;
            for (const fhir::VitalSignSeries::Point& point : series.points)
                points << point.when.toString(Qt::ISODate) + QLatin1Char('=') + QString::number(point.value);
            lines << series.key + QLatin1Char(' ') + series.unit + QLatin1Char(' ') + points.join(QLatin1Char(','));
        }
        return lines.join(QLatin1Char('\n'));
    }

    PatientOverview* overview() const { return m_browser->overview(); }
    ResourceTabs* tabs() const { return m_window->resourceTabs(); }

    void useClinician()
    {
        QString error;
        // The clinician's read scopes (the sandbox's demo user); under the CCRI policy AllergyIntolerance and
        // DocumentReference are shut, and MedicationRequest needs user/MedicationPrescription.read.
        const QByteArray token = m_sandbox.userToken(
            QStringLiteral("clinician"),
            QStringLiteral("user/Patient.read user/Observation.read user/Condition.read user/Immunization.read "
                           "user/MedicationRequest.read user/MedicationStatement.read"),
            &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        m_tokens->setTokenResponse(QString::fromLatin1(token), SandboxSession::scopeOf(token));
    }

    // The units the chart's y axes are titled with, and those of its ticked series.
    static QStringList yAxisUnits(VitalSignsChart* chart)
    {
        QStringList units;
        for (QAbstractAxis* axis : chart->chart()->axes(Qt::Vertical)) {
            units << axis->titleText();
        }
        units.sort();
        return units;
    }

    static QStringList tickedNames(VitalSignsChart* chart)
    {
        QStringList names;
        for (int i = 0; i < chart->seriesChoice()->count(); ++i) {
            if (chart->seriesChoice()->item(i)->checkState() == Qt::Checked)
                names << chart->data().series().at(i).name;
        }
        names.sort();
        return names;
    }

    // Each y axis's labels, title and line in the colour of a series it scales; the series sharing an axis share
    // its colour.
    static void verifyAxesInTheirSeriesColours(VitalSignsChart* chart)
    {
        QSet<QRgb> axisColours;
        for (QAbstractSeries* series : chart->chart()->series()) {
            auto* line = qobject_cast<QLineSeries*>(series);
            QVERIFY(line);
            const QList<QAbstractAxis*> axes = line->attachedAxes();
            const auto y = std::find_if(axes.cbegin(), axes.cend(),
                                        [](QAbstractAxis* axis) { return axis->orientation() == Qt::Vertical; });
            QVERIFY(y != axes.cend());
            QCOMPARE((*y)->labelsColor(), line->color());
            QCOMPARE((*y)->linePenColor(), line->color());
            QCOMPARE((*y)->titleBrush().color(), line->color());
            axisColours.insert(line->color().rgb());
        }
        QCOMPARE(axisColours.size(), chart->chart()->axes(Qt::Vertical).size()); // one colour an axis
    }

    static QStringList tickedUnits(VitalSignsChart* chart)
    {
        QStringList units;
        for (int i = 0; i < chart->seriesChoice()->count(); ++i) {
            if (chart->seriesChoice()->item(i)->checkState() == Qt::Checked
                && !units.contains(chart->data().series().at(i).unit))
                units << chart->data().series().at(i).unit;
        }
        units.sort();
        return units;
    }

    bool allComplete() const
    {
        for (const fhir::OverviewSection* section : overview()->sections()) {
            if (!section->isComplete())
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(5, &error), qPrintable(error));
        connect(&m_sandbox.server(), &sandbox::SandboxServer::requestLogged, this,
                [this](const QString& line) { m_sandboxRequests << line; });
        m_tokens = std::make_unique<net::FixedAccessTokenProvider>();
        m_window = std::make_unique<MainWindow>();
        m_browser = std::make_unique<ResourceBrowser>(m_window.get(), m_tokens.get());
        m_browser->client()->setBaseUrl(m_sandbox.fhirBase());
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        useClinician();
        // Signing in asks for the CapabilityStatement; the tabs' sort follows it.
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->capabilityView()->summary().has_value(), 10000);
    }

    void overviewIsTheFirstTabOnceAPatientIsChosen()
    {
        QCOMPARE(tabs()->tabBar()->tabText(0), QStringLiteral("Overview"));
        QCOMPARE(tabs()->resourceTypeAt(0), QString());
        QCOMPARE(tabs()->resourceTypeAt(1), QStringLiteral("Patient"));
        QCOMPARE(tabs()->indexOf(QStringLiteral("Patient")), 1);
        QVERIFY(!tabs()->tabBar()->isTabEnabled(0)); // no patient yet
        m_browser->openPatientByNhsNumber(QStringLiteral("9876543210"));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser->patientId(), QStringLiteral("1"), 10000);
        QVERIFY(m_browser->banner()->text().contains(QStringLiteral("Kanfeld")));
        QVERIFY(tabs()->tabBar()->isTabEnabled(0));
        QCOMPARE(tabs()->tabBar()->currentIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(allComplete(), 15000);
    }

    void shutSectionsSayWhyInWordsNeverEmpty()
    {
        QCOMPARE(overview()->sectionText(QStringLiteral("allergies")),
                 QStringLiteral(
                     "Allergies are not visible with your access: needs user/AllergyIntolerance.read (CCRI policy)."));
        QVERIFY(!overview()->sectionList(QStringLiteral("allergies"))->isVisible());
        QCOMPARE(
            overview()->sectionText(QStringLiteral("documents")),
            QStringLiteral("Documents are not visible with your access: needs user/DocumentReference (CCRI policy)."));
        // Current medications: requests shut by the CCRI table's name for them, statements read.
        const QString medications = overview()->sectionText(QStringLiteral("medications"));
        QVERIFY2(medications.contains(QStringLiteral("Medication requests are not visible with your access: needs "
                                                     "user/MedicationPrescription.read (CCRI policy).")),
                 qPrintable(medications));
        QVERIFY2(!medications.contains(QStringLiteral("None recorded")), qPrintable(medications));
        for (const QString& key : {QStringLiteral("allergies"), QStringLiteral("documents")})
            QVERIFY(!overview()->sectionText(key).contains(QStringLiteral("None recorded")));
    }

    void openSectionsListTheRecords()
    {
        // Bernie Kanfeld: four visits of six vital signs; the section shows the latest of each kind.
        QListWidget* vitals = overview()->sectionList(QStringLiteral("vitals"));
        QCOMPARE(vitals->count(), 6);
        QVERIFY(vitals->isVisible());
        QVERIFY2(overview()->sectionText(QStringLiteral("vitals")).isEmpty(),
                 qPrintable(overview()->sectionText(QStringLiteral("vitals"))));
        bool bloodPressure = false;
        for (int i = 0; i < vitals->count(); ++i)
            bloodPressure = bloodPressure || vitals->item(i)->text().contains(QStringLiteral("Blood pressure"));
        QVERIFY(bloodPressure);
        QVERIFY(overview()->sectionList(QStringLiteral("problems"))->count() > 0);
        QVERIFY(overview()->sectionList(QStringLiteral("immunisations"))->count() > 0);
        QVERIFY(overview()->findChild<QWidget*>(QStringLiteral("overview_vitals"))->isVisible());
    }

    void theChartShowsBernieKanfeldsVitalSigns()
    {
        VitalSignsChart* chart = overview()->chart();
        QTRY_VERIFY_WITH_TIMEOUT(!chart->isLoading() && chart->data().pointCount() > 0, 15000);
        // Four visits of six vital signs; blood pressure's two components are two series of one unit.
        QCOMPARE(chart->data().series().size(), 7);
        QCOMPARE(chart->data().pointCount(), 28);
        const fhir::VitalSignSeries::Series* systolic
            = chart->data().find(QStringLiteral("Systolic arterial pressure"));
        const fhir::VitalSignSeries::Series* diastolic
            = chart->data().find(QStringLiteral("Diastolic arterial pressure"));
        QVERIFY(systolic && diastolic);
        QCOMPARE(systolic->unit, QStringLiteral("mmHg"));
        QCOMPARE(systolic->points.size(), 4);
        QCOMPARE(diastolic->points.size(), 4);
        for (qsizetype i = 0; i < 4; ++i) {
            QCOMPARE(systolic->points.at(i).when, diastolic->points.at(i).when);
            QVERIFY(systolic->points.at(i).value > diastolic->points.at(i).value);
            if (i > 0)
                QVERIFY(systolic->points.at(i - 1).when < systolic->points.at(i).when); // oldest first
        }
        QVERIFY(chart->data().find(QStringLiteral("Core body temperature")));
        // Ticked at first: blood pressure and heart rate (two units), the other four listed, unticked.
        QCOMPARE(tickedNames(chart),
                 QStringList({QStringLiteral("Diastolic arterial pressure"), QStringLiteral("Heart rate"),
                              QStringLiteral("Systolic arterial pressure")}));
        QCOMPARE(chart->seriesChoice()->count(), 7);
        QCOMPARE(chart->chart()->series().size(), 3);
        QCOMPARE(chart->pointTable()->rowCount(), 12);
        QCOMPARE(yAxisUnits(chart), tickedUnits(chart));
        QCOMPARE(yAxisUnits(chart).size(), 2);
        verifyAxesInTheirSeriesColours(chart);
        QVERIFY(chart->chartView()->accessibleName().contains(QStringLiteral("chart")));
        QVERIFY(chart->pointTable()->accessibleName().contains(QStringLiteral("chart")));
        QCOMPARE(chart->statusText(), QStringLiteral("28 readings of 7 vital signs."));
        // Tick the rest: one y axis per unit, titled with it: six units, blood pressure's two series on one axis.
        QList<QListWidgetItem*> added;
        for (int i = 0; i < chart->seriesChoice()->count(); ++i) {
            QListWidgetItem* item = chart->seriesChoice()->item(i);
            if (item->checkState() == Qt::Unchecked) {
                item->setCheckState(Qt::Checked);
                added << item;
            }
        }
        QCOMPARE(added.size(), 4);
        QCOMPARE(chart->chart()->series().size(), 7);
        QCOMPARE(chart->pointTable()->rowCount(), 28);
        QCOMPARE(yAxisUnits(chart), tickedUnits(chart));
        QCOMPARE(yAxisUnits(chart).size(), 6);
        verifyAxesInTheirSeriesColours(chart);
        // Untick one: the chart and its table follow.
        added.constFirst()->setCheckState(Qt::Unchecked);
        QCOMPARE(chart->chart()->series().size(), 6);
        QCOMPARE(chart->pointTable()->rowCount(), 24);
        QCOMPARE(yAxisUnits(chart), tickedUnits(chart));
        QCOMPARE(yAxisUnits(chart).size(), 5);
        for (QListWidgetItem* item : std::as_const(added))
            item->setCheckState(Qt::Unchecked); // as a reader first sees it (and the pictures show it)
        QCOMPARE(chart->chart()->series().size(), 3);
        // CCRI_OVERVIEW_SHOTS=DIR: the pictures README and the training guide show, as a user sees them.
        if (const QString shots = qEnvironmentVariable("CCRI_OVERVIEW_SHOTS"); !shots.isEmpty()) {
            tabs()->showLeadingPage();
            for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
                dock->hide();
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/patient-overview.png")));
            chart->setParent(nullptr); // on its own, at the size a handout wants
            chart->resize(1100, 520);
            chart->show();
            QVERIFY(QTest::qWaitForWindowExposed(chart));
            QTest::qWait(300); // the chart lays itself out again
            QVERIFY(chart->grab().save(shots + QStringLiteral("/vital-signs-chart.png")));
        }
        const QByteArray png = chart->png();
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QVERIFY(image.width() > 100 && image.height() > 100);
    }

    void theObservationTabHasTheChartToo()
    {
        ResourceTablePage* observations = m_browser->page(QStringLiteral("Observation"));
        QVERIFY(observations);
        VitalSignsChart* chart = m_browser->observationChart();
        QVERIFY(chart);
        QVERIFY(observations->isAncestorOf(chart));
        QVERIFY(chart->chartView()->accessibleName().contains(QStringLiteral("chart")));
        QTRY_VERIFY_WITH_TIMEOUT(!chart->isLoading() && chart->data().pointCount() > 0, 15000);
        QCOMPARE(chart->data().series().size(), 7);
        QCOMPARE(chart->data().pointCount(), 28);
        QVERIFY(chart->data().find(QStringLiteral("Systolic arterial pressure")));
        QVERIFY(chart->data().find(QStringLiteral("Core body temperature")));
        QCOMPARE(chart->chart()->series().size(), 3); // blood pressure and heart rate at first
        QCOMPARE(chart->pointTable()->rowCount(), 12);
        QCOMPARE(chart->statusText(), QStringLiteral("28 readings of 7 vital signs."));
        QCOMPARE(yAxisUnits(chart), tickedUnits(chart));
        tabs()->tabBar()->setCurrentIndex(tabs()->indexOf(QStringLiteral("Observation")));
        QVERIFY(chart->isVisible());
        if (const QString shots = qEnvironmentVariable("CCRI_OVERVIEW_SHOTS"); !shots.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/observation-tab-chart.png")));
        }
        tabs()->showLeadingPage();
    }

    void bothChartsShowOneLoadOfTheVitalSigns()
    {
        // Bernie Kanfeld chosen once, the Overview and then the Observation tab shown: one request sequence
        // (28 readings, one page), the same series in both charts, from the browser's one loader.
        VitalSignsChart* overviewChart = overview()->chart();
        VitalSignsChart* observationChart = m_browser->observationChart();
        fhir::VitalSignsLoader* loader = m_browser->vitalSigns();
        QVERIFY(loader);
        QCOMPARE(loader->patientId(), QStringLiteral("1"));
        QCOMPARE(overviewChart->loader(), loader);
        QCOMPARE(observationChart->loader(), loader);
        QCOMPARE(chartRequestsFor(QStringLiteral("1")), 1);
        QCOMPARE(seriesText(observationChart), seriesText(overviewChart));
        QVERIFY(!seriesText(overviewChart).isEmpty());

        // Stopped short: both charts say so.
        loader->setPageSize(10);
        loader->setMaxPages(2);
        loader->load(QStringLiteral("1"));
        QVERIFY(overviewChart->isLoading() && observationChart->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 15000);
        for (VitalSignsChart* chart : {overviewChart, observationChart}) {
            QVERIFY2(chart->statusText().contains(QStringLiteral("Stopped after 20 of ")),
                     qPrintable(chart->statusText()));
            QVERIFY(chart->data().pointCount() > 0);
        }
        QCOMPARE(seriesText(observationChart), seriesText(overviewChart));
        // A failure: both charts say it in words.
        m_tokens->setTokenResponse(QStringLiteral("not-a-token"), m_tokens->grantedScope());
        loader->load(QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 15000);
        QVERIFY(!loader->error().isEmpty());
        for (VitalSignsChart* chart : {overviewChart, observationChart}) {
            QVERIFY2(chart->statusText().startsWith(QStringLiteral("The vital signs could not be loaded: ")),
                     qPrintable(chart->statusText()));
            QCOMPARE(chart->data().pointCount(), 0);
        }
        useClinician();
        loader->setPageSize(100);
        loader->setMaxPages(20);
        loader->load(QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 15000);
        QCOMPARE(observationChart->statusText(), QStringLiteral("28 readings of 7 vital signs."));
        QCOMPARE(seriesText(observationChart), seriesText(overviewChart));
    }

    void aRowOpensTheRecordInItsTab()
    {
        QListWidget* problems = overview()->sectionList(QStringLiteral("problems"));
        QVERIFY(problems->count() > 0);
        const QString expected = overview()->section(QStringLiteral("problems"))->rows().constFirst().id;
        emit problems->itemActivated(problems->item(0));
        QCOMPARE(tabs()->currentResourceType(), QStringLiteral("Condition"));
        ResourceTablePage* conditions = m_browser->page(QStringLiteral("Condition"));
        const QString json = conditions->detailPane()->jsonText();
        QVERIFY2(json.contains(QStringLiteral("\"id\": \"%1\"").arg(expected)), qPrintable(json.left(300)));
        tabs()->showLeadingPage();
        QCOMPARE(tabs()->tabBar()->currentIndex(), 0);
    }

    void aSectionTheServerRefusesSaysSo()
    {
        // The preview opens every type on this side; the server still enforces the token's scopes: 403.
        m_window->access()->setPreviewScopes(ScopeSet::parse(QStringLiteral("user/*.read")));
        QTRY_VERIFY_WITH_TIMEOUT(overview()->section(QStringLiteral("allergies"))->isComplete()
                                     && overview()->section(QStringLiteral("allergies"))->state(0)
                                         == fhir::OverviewSection::State::Refused,
                                 10000);
        const QString text = overview()->sectionText(QStringLiteral("allergies"));
        QVERIFY2(
            text.startsWith(QStringLiteral("Allergies are not visible: the server refused to show them (HTTP 403).")),
            qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("None recorded")));
        QVERIFY(!overview()->sectionList(QStringLiteral("allergies"))->isVisible());
        m_window->access()->clearPreview();
        QTRY_COMPARE_WITH_TIMEOUT(overview()->section(QStringLiteral("allergies"))->state(0),
                                  fhir::OverviewSection::State::Shut, 5000);
    }

    void noneRecordedOnlyAfterA200WithNothing()
    {
        // A section over a search that matches nothing: "None recorded" once the server said so, not before.
        fhir::OverviewSection section(
            m_browser->client(), QStringLiteral("test"), QStringLiteral("Test"),
            {{QStringLiteral("Condition"), QUrlQuery(QStringLiteral("code=000000")), QStringLiteral("Problems")}});
        PolicyDecision open;
        open.resourceType = QStringLiteral("Condition");
        open.granted = true;
        section.setDecision(open);
        QVERIFY(!section.statusText().contains(QStringLiteral("None recorded"))); // no patient: not asked
        section.setPatientId(QStringLiteral("1"));
        section.load();
        QCOMPARE(section.statusText(), QStringLiteral("Loading…"));
        QTRY_VERIFY_WITH_TIMEOUT(section.isComplete(), 10000);
        QCOMPARE(section.statusText(), QStringLiteral("None recorded"));
        QCOMPARE(section.fetchedCount(), 0);
    }

    void aPartialPageSaysHowManyAreNotShown()
    {
        fhir::OverviewSection section(m_browser->client(), QStringLiteral("test"), QStringLiteral("Test"),
                                      {{QStringLiteral("Observation"), {}, QStringLiteral("Observations")}});
        PolicyDecision open;
        open.resourceType = QStringLiteral("Observation");
        open.granted = true;
        section.setDecision(open);
        section.setPageSize(20);
        section.setPatientId(QStringLiteral("1"));
        section.load();
        QTRY_VERIFY_WITH_TIMEOUT(section.isComplete(), 10000);
        QCOMPARE(section.fetchedCount(), 20);
        QVERIFY2(section.statusText().contains(QStringLiteral("Observations: 20 of ")),
                 qPrintable(section.statusText()));
        QVERIFY2(section.statusText().contains(QStringLiteral("more on later pages")),
                 qPrintable(section.statusText()));
    }

    void vitalSignsByCategoryOrCode()
    {
        using nlohmann::json;
        const json byCategory = {{"resourceType", "Observation"},
                                 {"category", {{{"coding", {{{"code", "vital-signs"}}}}}}},
                                 {"code", {{"coding", {{{"system", "http://snomed.info/sct"}, {"code", "1"}}}}}}};
        const json byLoinc = {{"resourceType", "Observation"},
                              {"code", {{"coding", {{{"system", "http://loinc.org"}, {"code", "8867-4"}}}}}}};
        const json smoking = {{"resourceType", "Observation"},
                              {"category", {{{"coding", {{{"code", "social-history"}}}}}}},
                              {"code", {{"coding", {{{"system", "http://snomed.info/sct"}, {"code", "77176002"}}}}}}};
        QVERIFY(fhir::VitalSigns::isVitalSign(byCategory));
        QVERIFY(fhir::VitalSigns::isVitalSign(byLoinc));
        QVERIFY(!fhir::VitalSigns::isVitalSign(smoking));
        QCOMPARE(fhir::VitalSigns::kindKey(byLoinc), QStringLiteral("http://loinc.org|8867-4"));
    }

    void anUnknownNhsNumberSaysSo()
    {
        QSignalSpy failed(m_browser.get(), &ResourceBrowser::patientOpenFailed);
        m_browser->openPatientByNhsNumber(QStringLiteral("9434765919"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.constFirst().constFirst().toString(),
                 QStringLiteral("No patient has the NHS number 9434765919."));
        QCOMPARE(m_browser->patientId(), QStringLiteral("1")); // still Bernie
    }

    void aSharedNhsNumberShowsAWarningBanner()
    {
        // The sandbox's pair sharing 999 000 0018 (after the 3 named and 5 generated patients: ids 9 and 10).
        PatientSearchPanel* search = m_browser->patientSearch();
        auto* field = search->findChild<QLineEdit*>(QStringLiteral("nhsNumber"));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("9990000018"));
        QVERIFY(search->search());
        QTRY_VERIFY_WITH_TIMEOUT(!search->results()->isLoading() && search->results()->model()->rowCount() == 2, 10000);
        QVERIFY2(search->duplicateWarning().contains(QStringLiteral("2 patients share the NHS number 999 000 0018.")),
                 qPrintable(search->duplicateWarning()));
        QVERIFY(search->findChild<QLabel*>(QStringLiteral("duplicateNhsNumberWarning"))->isVisibleTo(search));
        // No record opens until the reader says they checked which patient it is.
        QVERIFY(search->openingBlocked());
        QSignalSpy chosen(search, &PatientSearchPanel::patientChosen);
        QTableView* results = search->results()->view();
        results->setCurrentIndex(results->model()->index(0, 0));
        auto* choose = search->findChild<QPushButton*>(QStringLiteral("choosePatient"));
        QVERIFY(choose);
        QVERIFY(!choose->isEnabled());
        search->chooseCurrent();
        emit search->results()->rowActivated(search->results()->model()->rowAt(0)); // as a double-click
        QCOMPARE(chosen.size(), 0);
        QCOMPARE(m_browser->patientId(), QStringLiteral("1")); // still Bernie
        auto* checked = search->findChild<QPushButton*>(QStringLiteral("checkedSharedNhsNumber"));
        QVERIFY(checked->isVisibleTo(search));
        QTest::mouseClick(checked, Qt::LeftButton);
        QVERIFY(!search->openingBlocked());
        QVERIFY(!checked->isVisibleTo(search));
        QVERIFY(choose->isEnabled());
        QVERIFY(search->duplicateWarning().contains(QStringLiteral("999 000 0018"))); // the warning stays
        search->chooseCurrent();
        QCOMPARE(chosen.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->patientId() != QStringLiteral("1"), 10000);
        m_browser->choosePatientById(QStringLiteral("1")); // back to Bernie for what follows
        QTRY_COMPARE_WITH_TIMEOUT(m_browser->patientId(), QStringLiteral("1"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(allComplete(), 15000);
        // A unique number: no banner.
        field->clear();
        QTest::keyClicks(field, QStringLiteral("9876543210"));
        QVERIFY(search->search());
        QTRY_VERIFY_WITH_TIMEOUT(!search->results()->isLoading() && search->results()->model()->rowCount() == 1, 10000);
        QVERIFY(search->duplicateWarning().isEmpty());
        // Opening by that number (--patient-nhs-number) refuses to guess.
        QSignalSpy failed(m_browser.get(), &ResourceBrowser::patientOpenFailed);
        m_browser->openPatientByNhsNumber(QStringLiteral("9990000018"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.constFirst().constFirst().toString(),
                 QStringLiteral("2 patients share the NHS number 9990000018: choose one on the Patient tab."));
    }

    void searchOutcomeWarningsShowAboveTheTable()
    {
        ResourceTablePage* observations = m_browser->page(QStringLiteral("Observation"));
        QSignalSpy loaded(observations, &ResourceTablePage::loaded);
        observations->setServerSort({QStringLiteral("_sort"), QStringLiteral("colour")});
        observations->load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY(observations->model()->rowCount() > 0); // the rows still come: the key was ignored
        QCOMPARE(observations->lastInfo().searchWarnings.size(), 1);
        QVERIFY2(observations->message().startsWith(
                     QStringLiteral("The server warns: Unknown sort parameter \"colour\" for resource type "
                                    "\"Observation\" was ignored.")),
                 qPrintable(observations->message()));
        QVERIFY(observations->findChild<QLabel*>(QStringLiteral("pageMessage"))->isVisibleTo(observations));
        // Partial: the status says how many are on later pages.
        QVERIFY2(observations->statusText().contains(QStringLiteral("more on later pages")),
                 qPrintable(observations->statusText()));
        observations->setServerSort({});
    }

    void enteredInErrorIsStruckThroughNotHidden()
    {
        // Alexandra Morgan (id 10): two vital signs entered in error, the newest of her heart rates and temperatures.
        m_browser->choosePatientById(QStringLiteral("10"));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser->patientId(), QStringLiteral("10"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(allComplete(), 15000);
        QListWidget* vitals = overview()->sectionList(QStringLiteral("vitals"));
        int struck = 0;
        for (int i = 0; i < vitals->count(); ++i) {
            if (vitals->item(i)->font().strikeOut()) {
                ++struck;
                QVERIFY2(vitals->item(i)->text().startsWith(QStringLiteral("Entered in error: ")),
                         qPrintable(vitals->item(i)->text()));
            }
        }
        QCOMPARE(struck, 2);
        // A new patient, a new loader for both charts.
        QVERIFY(m_browser->vitalSigns());
        QCOMPARE(m_browser->vitalSigns()->patientId(), QStringLiteral("10"));
        QCOMPARE(m_browser->observationChart()->loader(), m_browser->vitalSigns());
        VitalSignsChart* chart = overview()->chart();
        QTRY_VERIFY_WITH_TIMEOUT(!chart->isLoading() && chart->data().pointCount() > 0, 15000);
        QCOMPARE(chart->data().enteredInErrorCount(), 2);
        QVERIFY2(chart->statusText().contains(QStringLiteral("2 readings entered in error are not plotted.")),
                 qPrintable(chart->statusText()));
        ResourceTablePage* observations = m_browser->page(QStringLiteral("Observation"));
        QSignalSpy loaded(observations, &ResourceTablePage::loaded);
        observations->setPageSize(100);
        observations->load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        fhir::ResourceListModel* model = observations->model();
        int inError = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->rowAt(row).enteredInError)
                continue;
            ++inError;
            QVERIFY(model->index(row, 0).data().toString().startsWith(QStringLiteral("Entered in error: ")));
            QVERIFY(model->index(row, 2).data(Qt::FontRole).value<QFont>().strikeOut());
        }
        QCOMPARE(inError, 2);
        QCOMPARE(model->rowCount(), 27); // 25 as every patient, and the two in error: none hidden
    }

    void patientScopesSayResultsMayBeFiltered()
    {
        ResourceTablePage* observations = m_browser->page(QStringLiteral("Observation"));
        QVERIFY(observations->accessNote().isEmpty()); // user/ scopes
        QString error;
        const QByteArray token = m_sandbox.userToken(
            QStringLiteral("clinician"), QStringLiteral("launch/patient patient/Patient.read patient/Observation.read"),
            &error, QStringLiteral("2"));
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        m_tokens->setTokenResponse(QString::fromLatin1(token), SandboxSession::scopeOf(token),
                                   SandboxSession::claim(token, QStringLiteral("patient")));
        QVERIFY2(observations->accessNote().startsWith(QStringLiteral("Results may be filtered by your access")),
                 qPrintable(observations->accessNote()));
        QVERIFY(!m_browser->patientSearch()->results()->accessNote().isEmpty());
    }

    void signingOutEmptiesTheOverview()
    {
        // Behind another tab, the overview puts off filling its sections (a sign-in or a sign-out
        // reaches every one of them); a question, or showing it, brings them up to date.
        tabs()->tabBar()->setCurrentIndex(tabs()->indexOf(QStringLiteral("Patient")));
        QVERIFY(!overview()->isVisible());
        auto* allergies = overview()->findChild<QGroupBox*>(QStringLiteral("overview_allergies"));
        QVERIFY(allergies);
        auto* allergiesText = allergies->findChild<QLabel*>(QStringLiteral("sectionText"));
        QVERIFY(allergiesText);
        const QString before = allergiesText->text();
        const QString choose = QStringLiteral("Choose a patient on the Patient tab.");
        QVERIFY2(before != choose, qPrintable(before));
        m_tokens->setTokenResponse({}, {});
        QCOMPARE(allergiesText->text(), before); // put off while hidden
        QCOMPARE(overview()->sectionText(QStringLiteral("allergies")), choose);
        QCOMPARE(allergiesText->text(), choose);
        QVERIFY(!tabs()->tabBar()->isTabEnabled(0));
        QVERIFY(overview()->section(QStringLiteral("vitals"))->rows().isEmpty());
        QVERIFY(overview()->sectionList(QStringLiteral("vitals"))->count() == 0);
        QVERIFY(!m_browser->vitalSigns()); // dropped with the patient
        for (VitalSignsChart* chart : {overview()->chart(), m_browser->observationChart()}) {
            QCOMPARE(chart->data().pointCount(), 0);
            QCOMPARE(chart->pointTable()->rowCount(), 0);
        }
        QVERIFY(tabs()->tabBar()->currentIndex() != 0);
        QVERIFY(m_browser->page(QStringLiteral("Observation"))->accessNote().isEmpty());
    }
};

QTEST_MAIN(TestPatientOverview)
#include "TestPatientOverview.moc"
