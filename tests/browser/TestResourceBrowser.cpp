#include "app/core/ScopePolicy.h"
#include "app/core/ScopeSet.h"
#include "app/fhir/FhirClient.h"
#include "app/fhir/ResourceListModel.h"
#include "app/net/FixedAccessTokenProvider.h"
#include "app/net/RequestLog.h"
#include "tests/browser/FixtureHttpServer.h"
#include "tests/browser/SandboxSession.h"
#include "tests/sandbox/SandboxBrowser.h"
#include "ui/browser/AttachmentViewer.h"
#include "ui/browser/CapabilityView.h"
#include "ui/browser/DetailPane.h"
#include "ui/browser/FileSaver.h"
#include "ui/browser/PatientBanner.h"
#include "ui/browser/PatientSearchPanel.h"
#include "ui/browser/RequestLogDock.h"
#include "ui/browser/ResourceBrowser.h"
#include "ui/browser/ResourceTablePage.h"
#include "ui/browser/TokenInspectorDock.h"
#include "ui/desktop/ApplicationMenus.h"
#include "ui/desktop/HighContrastPalette.h"
#include "ui/desktop/PreferencesDialog.h"
#include "ui/desktop/UserPreferences.h"
#include "ui/main/AccessColours.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/main/ScopeAccess.h"
#include "ui/scopes/ScopePreviewPanel.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace ccri;

// The resource browser in the real main window, against the real sandbox over loopback, with real
// tokens from the sandbox's OAuth2 server (client_credentials as clinical-access; the
// authorization-code flow as the gp user for documents).
class TestResourceBrowser : public QObject
{
    Q_OBJECT

private:
    SandboxSession m_sandbox;
    QByteArray m_clinicalToken;
    std::unique_ptr<net::FixedAccessTokenProvider> m_tokens;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ResourceBrowser> m_browser;

    PatientSearchPanel* search() const { return m_browser->patientSearch(); }
    ResourceTablePage* patients() const { return search()->results(); }

    void useToken(const QByteArray& token)
    {
        m_tokens->setTokenResponse(QString::fromLatin1(token), SandboxSession::scopeOf(token));
    }

    bool searchPatients(const QString& field, const QString& text)
    {
        for (const char* name : {"nhsNumber", "name", "family", "given", "birthDate"}) {
            search()->findChild<QLineEdit*>(QLatin1String(name))->clear();
        }
        auto* edit = search()->findChild<QLineEdit*>(field);
        QTest::keyClicks(edit, text);
        QTest::mouseClick(search()->findChild<QPushButton*>(QStringLiteral("searchPatients")), Qt::LeftButton);
        return search()->validationMessage().isEmpty();
    }

    int rowWith(ResourceTablePage* page, int column, const QString& text) const
    {
        QAbstractItemModel* model = page->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, column).data().toString().contains(text)) {
                return row;
            }
        }
        return -1;
    }

    void showTab(const QString& type)
    {
        ResourceTabs* tabs = m_window->resourceTabs();
        tabs->tabBar()->setCurrentIndex(tabs->indexOf(type));
    }

    void choose(const QString& name)
    {
        QVERIFY(searchPatients(QStringLiteral("family"), name));
        QTRY_VERIFY_WITH_TIMEOUT(!patients()->isLoading(), 10000);
        const int row = rowWith(patients(), 0, name);
        QVERIFY2(row >= 0, qPrintable(patients()->message()));
        patients()->view()->setCurrentIndex(patients()->view()->model()->index(row, 0));
        QTest::mouseClick(search()->findChild<QPushButton*>(QStringLiteral("choosePatient")), Qt::LeftButton);
        QVERIFY(m_browser->banner()->text().contains(name));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(5, &error), qPrintable(error));
        m_clinicalToken = m_sandbox.clientToken(QStringLiteral("clinical-access"), &error);
        QVERIFY2(!m_clinicalToken.isEmpty(), qPrintable(error));
        m_tokens = std::make_unique<net::FixedAccessTokenProvider>();
        m_window = std::make_unique<MainWindow>();
        m_browser = std::make_unique<ResourceBrowser>(m_window.get(), m_tokens.get());
        m_browser->client()->setBaseUrl(m_sandbox.fhirBase());
        useToken(m_clinicalToken);
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Signing in asks for the CapabilityStatement (the sandbox's says it can sort).
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->capabilityView()->summary().has_value(), 10000);
        // clinical-access under the CCRI policy: Patient and Observation open, DocumentReference shut.
        QVERIFY(m_window->resourceTabs()->isTabEnabled(QStringLiteral("Observation")));
        QVERIFY(!m_window->resourceTabs()->isTabEnabled(QStringLiteral("DocumentReference")));
    }

    void shutReasonGoesWhenTheTypeOpens()
    {
        // Not signed in, then signed in: the page must not keep saying "Unavailable".
        ResourceTablePage page(m_browser->client(), QStringLiteral("Encounter"));
        const auto decide = [](const QString& scopes) {
            for (const PolicyDecision& d :
                 ScopePolicy::load(QStringLiteral("ccri"))->decideAll(ScopeSet::parse(scopes))) {
                if (d.resourceType == QLatin1String("Encounter"))
                    return d;
            }
            return PolicyDecision();
        };
        page.setDecision(decide(QString()));
        QVERIFY2(page.message().startsWith(QStringLiteral("Unavailable — needs user/Encounter.read")),
                 qPrintable(page.message()));
        page.setDecision(decide(QStringLiteral("user/Encounter.read")));
        QVERIFY2(page.message().isEmpty(), qPrintable(page.message()));
    }

    void searchByNhsNumber()
    {
        QVERIFY(searchPatients(QStringLiteral("nhsNumber"), QStringLiteral("9876543210")));
        QTRY_VERIFY_WITH_TIMEOUT(!patients()->isLoading(), 10000);
        QCOMPARE(patients()->model()->rowCount(), 1);
        QVERIFY(patients()->model()->data(patients()->model()->index(0, 0)).toString().contains("Kanfeld"));
        QCOMPARE(patients()->model()->data(patients()->model()->index(0, 1)).toString(),
                 QStringLiteral("987 654 3210"));
        QCOMPARE(search()->findChild<QLineEdit*>(QStringLiteral("nhsNumber"))->text(), QStringLiteral("987 654 3210"));
        const net::RequestLog* log = m_browser->requestLog();
        const QUrlQuery sent(log->at(log->size() - 1).url);
        QCOMPARE(sent.queryItemValue(QStringLiteral("identifier"), QUrl::FullyDecoded),
                 QStringLiteral("https://fhir.nhs.uk/Id/nhs-number|9876543210"));
    }

    void badCheckDigitIsNotSent()
    {
        const int before = m_browser->requestLog()->size();
        QVERIFY(!searchPatients(QStringLiteral("nhsNumber"), QStringLiteral("987 654 3211")));
        QVERIFY2(search()->validationMessage().contains(QStringLiteral("check digit should be 0")),
                 qPrintable(search()->validationMessage()));
        QTest::qWait(200);
        QCOMPARE(m_browser->requestLog()->size(), before);
        // The CCRI's own example number for Horatio Samson fails the check; a trainer may send it anyway.
        auto* anyway = search()->findChild<QPushButton*>(QStringLiteral("searchAnyway"));
        QVERIFY(anyway->isVisible());
        QTest::mouseClick(anyway, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!patients()->isLoading(), 10000);
        QVERIFY(search()->validationMessage().isEmpty());
        QCOMPARE(m_browser->requestLog()->size(), before + 1);
        QVERIFY2(rowWith(patients(), 0, QStringLiteral("Horatio Samson")) >= 0, qPrintable(patients()->message()));
        QVERIFY(!anyway->isVisible());
        // Too short is never sent.
        QVERIFY(!searchPatients(QStringLiteral("nhsNumber"), QStringLiteral("98765")));
        QVERIFY(!anyway->isVisible());
    }

    void searchByName()
    {
        QVERIFY(searchPatients(QStringLiteral("name"), QStringLiteral("Horatio")));
        QTRY_VERIFY_WITH_TIMEOUT(!patients()->isLoading(), 10000);
        QVERIFY2(rowWith(patients(), 0, QStringLiteral("Horatio Samson")) >= 0, qPrintable(patients()->message()));
        QVERIFY(searchPatients(QStringLiteral("family"), QStringLiteral("Mills-Samson")));
        QTRY_VERIFY_WITH_TIMEOUT(!patients()->isLoading(), 10000);
        QVERIFY2(rowWith(patients(), 0, QStringLiteral("Elsie")) >= 0, qPrintable(patients()->message()));
        QVERIFY(rowWith(patients(), 4, QStringLiteral("NG11 0HQ")) >= 0); // address column
    }

    void resultsAreSortable()
    {
        for (const char* name : {"nhsNumber", "name", "family", "given", "birthDate"}) {
            search()->findChild<QLineEdit*>(QLatin1String(name))->clear();
        }
        auto* gender = search()->findChild<QComboBox*>(QStringLiteral("gender"));
        gender->setCurrentIndex(gender->findData(QStringLiteral("female")));
        QVERIFY(search()->search());
        QTRY_VERIFY_WITH_TIMEOUT(!patients()->isLoading(), 10000);
        gender->setCurrentIndex(0);
        QAbstractItemModel* model = patients()->view()->model();
        QVERIFY2(model->rowCount() >= 2, qPrintable(patients()->message()));
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, 3).data().toString(), QStringLiteral("Female"));
        }
        QTableView* view = patients()->view();
        view->sortByColumn(0, Qt::DescendingOrder);
        for (int row = 1; row < model->rowCount(); ++row) {
            QVERIFY(QString::compare(model->index(row - 1, 0).data().toString(), model->index(row, 0).data().toString(),
                                     Qt::CaseInsensitive)
                    >= 0);
        }
        view->sortByColumn(-1, Qt::AscendingOrder);
    }

    void emptyResultSaysSo()
    {
        QVERIFY(searchPatients(QStringLiteral("family"), QStringLiteral("Nobodyhasthisname")));
        QTRY_VERIFY_WITH_TIMEOUT(!patients()->isLoading(), 10000);
        QCOMPARE(patients()->model()->rowCount(), 0);
        QVERIFY2(patients()->message().contains(QStringLiteral("No Patient found")), qPrintable(patients()->message()));
    }

    void pickPatientAndPageThroughObservations()
    {
        choose(QStringLiteral("Kanfeld"));
        QVERIFY(m_browser->banner()->text().contains(QStringLiteral("987 654 3210")));
        // The birth date reads as a date ("19 Mar 1998" in English), not as ISO 8601.
        const QString born = QLocale().toString(QDate(1998, 3, 19), QStringLiteral("d MMM yyyy"));
        QVERIFY2(m_browser->banner()->text().contains(born), qPrintable(m_browser->banner()->text()));
        QVERIFY(!m_browser->banner()->text().contains(QStringLiteral("1998-03-19")));
        ResourceTablePage* observations = m_browser->page(QStringLiteral("Observation"));
        QVERIFY(observations);
        observations->setPageSize(10);
        showTab(QStringLiteral("Observation"));
        observations->load();
        QTRY_VERIFY_WITH_TIMEOUT(!observations->isLoading() && observations->lastInfo().isBundle, 10000);
        QCOMPARE(QUrlQuery(observations->lastUrl()).queryItemValue(QStringLiteral("patient")), m_browser->patientId());
        // Newest first, because the sandbox's CapabilityStatement offers _sort (in STU3's form).
        QCOMPARE(QUrlQuery(observations->lastUrl()).queryItemValue(QStringLiteral("_sort:desc")),
                 QStringLiteral("date"));
        const qint64 total = observations->lastInfo().total;
        QVERIFY2(total >= 20, qPrintable(observations->statusText()));
        QVERIFY(observations->statusText().contains(QStringLiteral("of %1, newest first").arg(total)));
        QList<QDateTime> moments;
        const auto collect = [&] {
            for (int row = 0; row < observations->model()->rowCount(); ++row)
                moments.append(QDateTime::fromString(
                    observations->model()->index(row, 0).data(fhir::ResourceListModel::SortRole).toString(),
                    Qt::ISODateWithMs));
        };
        collect();
        int pages = 1;
        auto* next = observations->findChild<QPushButton*>(QStringLiteral("nextPage"));
        while (next->isEnabled()) {
            QTest::mouseClick(next, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!observations->isLoading(), 10000);
            QVERIFY2(observations->message().isEmpty(), qPrintable(observations->message()));
            collect();
            ++pages;
            QVERIFY(pages < 100);
        }
        QCOMPARE(moments.size(), int(total));
        for (qsizetype i = 1; i < moments.size(); ++i)
            QVERIFY2(moments[i - 1] >= moments[i], qPrintable(moments[i].toString(Qt::ISODate)));
        QVERIFY(observations->statusText().contains(QStringLiteral("–%1 of %1").arg(total)));
        QVERIFY(observations->findChild<QPushButton*>(QStringLiteral("previousPage"))->isEnabled());
        // Dates read as dates and times in local time; sorting by date stays chronological.
        QAbstractItemModel* shown = observations->view()->model();
        QVERIFY(shown->rowCount() >= 2);
        observations->view()->sortByColumn(0, Qt::AscendingOrder);
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex date = shown->index(row, 0);
            const QString sent = date.data(fhir::ResourceListModel::SortRole).toString();
            const QDateTime moment = QDateTime::fromString(sent, Qt::ISODateWithMs);
            QVERIFY2(moment.isValid(), qPrintable(sent));
            QCOMPARE(date.data().toString(),
                     QLocale().toString(moment.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
            QCOMPARE(date.data(Qt::ToolTipRole).toString(), sent);
            if (row > 0) {
                const QString before = shown->index(row - 1, 0).data(fhir::ResourceListModel::SortRole).toString();
                QVERIFY(QDateTime::fromString(before, Qt::ISODateWithMs) <= moment);
            }
        }
        observations->view()->sortByColumn(-1, Qt::AscendingOrder);
        // The detail pane shows the selected resource.
        observations->view()->setCurrentIndex(observations->view()->model()->index(0, 0));
        QVERIFY(observations->detailPane()->jsonText().contains(QStringLiteral("\"resourceType\": \"Observation\"")));
        QVERIFY(observations->detailPane()->summaryText().startsWith(QStringLiteral("Observation ")));
    }

    void pageSizeReloadsTheFirstPage()
    {
        // The patient from pickPatientAndPageThroughObservations, its Observations on their last page of 10.
        ResourceTablePage* observations = m_browser->page(QStringLiteral("Observation"));
        showTab(QStringLiteral("Observation"));
        QTRY_VERIFY_WITH_TIMEOUT(!observations->isLoading(), 10000);
        QVERIFY(observations->lastInfo().total >= 20);
        QVERIFY(!observations->statusText().startsWith(QStringLiteral("Rows 1–")));
        auto* size = observations->findChild<QSpinBox*>(QStringLiteral("pageSize"));
        QSignalSpy started(observations, &ResourceTablePage::loadStarted);
        // Three arrow steps (10 → 20 → 30 → 20) send one request, for the first page of 20.
        size->setFocus();
        QTest::keyClick(size, Qt::Key_Up);
        QTest::keyClick(size, Qt::Key_Up);
        QTest::keyClick(size, Qt::Key_Down);
        QCOMPARE(size->value(), 20);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!observations->isLoading(), 10000);
        QTest::qWait(600);
        QCOMPARE(started.count(), 1);
        QCOMPARE(QUrlQuery(observations->lastUrl()).queryItemValue(QStringLiteral("_count")), QStringLiteral("20"));
        QCOMPARE(QUrlQuery(observations->lastUrl()).queryItemValue(QStringLiteral("patient")), m_browser->patientId());
        QCOMPARE(observations->model()->rowCount(), 20);
        QVERIFY2(observations->statusText().startsWith(QStringLiteral("Rows 1–20 of")),
                 qPrintable(observations->statusText()));
        // Typed digits count when Enter is pressed, not at every keystroke.
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("15"));
        QTest::qWait(600);
        QCOMPARE(started.count(), 1);
        QTest::keyClick(size, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!observations->isLoading(), 10000);
        QCOMPARE(QUrlQuery(observations->lastUrl()).queryItemValue(QStringLiteral("_count")), QStringLiteral("15"));
        QCOMPARE(observations->model()->rowCount(), 15);
        QVERIFY2(observations->statusText().startsWith(QStringLiteral("Rows 1–15 of")),
                 qPrintable(observations->statusText()));
        observations->setPageSize(10);
        observations->load();
        QTRY_VERIFY_WITH_TIMEOUT(!observations->isLoading(), 10000);

        // A page that was never asked for anything (no patient, nothing loaded) sends nothing.
        ResourceTablePage idle(m_browser->client(), QStringLiteral("Encounter"));
        idle.setNeedsPatient(true);
        QSignalSpy idleStarted(&idle, &ResourceTablePage::loadStarted);
        idle.setPageSize(50);
        QTest::qWait(600);
        QCOMPARE(idleStarted.count(), 0);
    }

    // Preferences → High-contrast colours, switched on while the explorer runs, reaches what is on screen: the
    // JSON's colours (a sandbox Observation in the detail pane), the patient search's and the scope preview's
    // error sentences, the preview's open/shut colours.
    void highContrastAtRunTimeRecolours()
    {
        ResourceTablePage* observations = m_browser->page(QStringLiteral("Observation"));
        showTab(QStringLiteral("Observation"));
        QTRY_VERIFY_WITH_TIMEOUT(!observations->isLoading() && observations->model()->rowCount() > 0, 10000);
        observations->view()->setCurrentIndex(observations->view()->model()->index(0, 0));
        auto* json = observations->detailPane()->findChild<QPlainTextEdit*>(QStringLiteral("detailJson"));
        QVERIFY(json->toPlainText().contains(QStringLiteral("\"resourceType\"")));
        const auto keyColour = [json] {
            for (QTextBlock block = json->document()->begin(); block.isValid(); block = block.next()) {
                const int at = int(block.text().indexOf(QStringLiteral("\"resourceType\"")));
                for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
                    if (at >= 0 && range.start <= at && at < range.start + range.length)
                        return range.format.foreground().color();
                }
            }
            return QColor();
        };
        const auto base = [json] { return json->palette().color(QPalette::Base); };
        const QColor lightKey = keyColour();
        QVERIFY(lightKey.isValid());
        QVERIFY2(AccessColours::contrastRatio(lightKey, base()) >= 4.5, qPrintable(lightKey.name()));

        QVERIFY(!searchPatients(QStringLiteral("nhsNumber"), QStringLiteral("987 654 3211")));
        auto* validation = search()->findChild<QLabel*>(QStringLiteral("validationMessage"));
        QVERIFY(validation->isVisibleTo(search()));
        const QColor lightError = validation->palette().color(QPalette::WindowText);
        ScopeAccess access;
        ScopePreviewPanel preview(&access);
        preview.setScopeText(QStringLiteral("user/Patient.read"));
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("policy.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QVERIFY(!preview.loadPolicyFile(broken.fileName()));
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        auto* policyError = preview.findChild<QLabel*>(QStringLiteral("policyError"));
        QVERIFY(policyError->isVisible());
        QCOMPARE(policyError->palette().color(QPalette::WindowText), lightError);

        // As a user does it: File → Preferences…, tick the box, OK.
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        UserPreferences preferences(&settings);
        const QString style = QApplication::style()->name();
        auto* menus = new ApplicationMenus(m_window.get(), m_window->fileMenu(), m_window->helpMenu(), &preferences);
        m_window->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
        auto* dialog = m_window->findChild<PreferencesDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->highContrastBox()->setChecked(true);
        dialog->accept();
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));

        // Top-level windows take the new palette from a posted event; their children follow.
        QTRY_COMPARE(base(), QColor(Qt::black));
        const QColor darkKey = keyColour();
        QVERIFY(darkKey != lightKey);
        QVERIFY2(AccessColours::contrastRatio(darkKey, base()) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3")
                                .arg(darkKey.name(), base().name())
                                .arg(AccessColours::contrastRatio(darkKey, base()))));
        for (QLabel* label : {validation, policyError}) {
            const QColor colour = label->palette().color(QPalette::WindowText);
            QVERIFY2(colour != lightError, qPrintable(label->objectName()));
            QVERIFY2(AccessColours::contrastRatio(colour, label->palette().color(QPalette::Window)) >= 4.5,
                     qPrintable(label->objectName() + QLatin1Char(' ') + colour.name()));
        }
        auto* decisions = preview.findChild<QTreeWidget*>(QStringLiteral("decisionList"));
        QVERIFY(decisions->topLevelItemCount() > 0);
        for (int i = 0; i < decisions->topLevelItemCount(); ++i) {
            const QColor colour = decisions->topLevelItem(i)->foreground(1).color();
            QVERIFY2(AccessColours::contrastRatio(colour, decisions->palette().color(QPalette::Base)) >= 4.5,
                     qPrintable(decisions->topLevelItem(i)->text(0) + QLatin1Char(' ') + colour.name()));
        }

        // And off again: the light colours come back.
        HighContrastPalette::apply(false);
        QTRY_COMPARE(keyColour(), lightKey);
        QTRY_COMPARE(validation->palette().color(QPalette::WindowText), lightError);
        QApplication::setStyle(style);
        delete menus;
        QVERIFY(searchPatients(QStringLiteral("nhsNumber"), QStringLiteral("987 654 3210")));
        QTRY_VERIFY_WITH_TIMEOUT(!patients()->isLoading(), 10000);
    }

    void detailPaneCopiesSavesAndShowsATree()
    {
        ResourceTablePage* observations = m_browser->page(QStringLiteral("Observation"));
        QVERIFY(observations->model()->rowCount() > 0);
        observations->view()->setCurrentIndex(observations->view()->model()->index(0, 0));
        DetailPane* detail = observations->detailPane();
        QTest::mouseClick(detail->findChild<QPushButton*>(QStringLiteral("copyJson")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), detail->jsonText());
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("observation.json"));
        QVERIFY2(FileSaver::write(path, detail->jsonText().toUtf8(), &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), detail->jsonText());
        auto* tabs = detail->findChild<QTabWidget*>(QStringLiteral("detailTabs"));
        tabs->setCurrentWidget(detail->tree());
        QCOMPARE(detail->tree()->topLevelItemCount(), 1);
        QTreeWidgetItem* root = detail->tree()->topLevelItem(0);
        QCOMPARE(root->text(0), QStringLiteral("Observation"));
        QVERIFY(root->isExpanded());
        QVERIFY(root->childCount() >= 4);
        bool collapsedChild = false;
        for (int i = 0; i < root->childCount(); ++i) {
            collapsedChild = collapsedChild || (root->child(i)->childCount() > 0 && !root->child(i)->isExpanded());
        }
        QVERIFY(collapsedChild);
    }

    void tryAnywayMenuListsTheShutTabs()
    {
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("tryAnywayMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QStringList entries;
        for (QAction* action : menu->actions()) {
            entries << action->text();
        }
        QVERIFY2(entries.contains(QStringLiteral("Try DocumentReference anyway")), qPrintable(entries.join(", ")));
        QVERIFY(entries.contains(QStringLiteral("Try MedicationRequest anyway")));
        QVERIFY(!entries.contains(QStringLiteral("Try Observation anyway")));
    }

    void hugeResourceIsShownInPartButCopiedWhole()
    {
        fhir::ResourceRow row;
        row.resourceType = QStringLiteral("Binary");
        row.id = QStringLiteral("big");
        row.resource = fhir::ResourceText(nlohmann::json {{"resourceType", "Binary"},
                                                          {"id", "big"},
                                                          {"contentType", "application/pdf"},
                                                          {"content", std::string(600 * 1024, 'A')}});
        DetailPane pane(nullptr);
        pane.showResource(row);
        QVERIFY(pane.jsonText().size() > 600 * 1024);
        const QString shown = pane.findChild<QPlainTextEdit*>(QStringLiteral("detailJson"))->toPlainText();
        QVERIFY(shown.size() < 300 * 1024);
        QVERIFY(shown.contains(QStringLiteral("Save JSON take everything")));
    }

    void tryAnywayOnAShutTab()
    {
        QVERIFY(!m_window->resourceTabs()->isTabEnabled(QStringLiteral("DocumentReference")));
        ResourceTablePage* documents = m_browser->page(QStringLiteral("DocumentReference"));
        QVERIFY(documents->isShut());
        QVERIFY(documents->message().contains(QStringLiteral("Unavailable")));
        m_browser->tryAnyway(QStringLiteral("DocumentReference"));
        // Open for this look: the tab says so, still names the missing scope, and not "Unavailable".
        ResourceTabs* tabs = m_window->resourceTabs();
        const int index = tabs->indexOf(QStringLiteral("DocumentReference"));
        QVERIFY(tabs->isTabEnabled(QStringLiteral("DocumentReference")));
        const QString opened = tabs->page(QStringLiteral("DocumentReference"))->accessibleDescription();
        QVERIFY2(opened.contains(QStringLiteral("Try anyway"))
                     && opened.contains(QStringLiteral("user/DocumentReference"))
                     && !opened.contains(QStringLiteral("Unavailable")),
                 qPrintable(opened));
        QCOMPARE(tabs->tabBar()->tabToolTip(index), opened);
        QTRY_VERIFY_WITH_TIMEOUT(!documents->isLoading() && documents->message().contains("403"), 10000);
        QVERIFY2(
            documents->message().contains(QStringLiteral("Insufficient Access Rights to access DocumentReference.")),
            qPrintable(documents->message()));
        const net::RequestLog* log = m_browser->requestLog();
        QCOMPARE(log->at(log->size() - 1).httpStatus, 403);
        QVERIFY(log->at(log->size() - 1).url.path().endsWith(QStringLiteral("/DocumentReference")));
        QVERIFY(log->at(log->size() - 1).responseBody.contains("Insufficient Access Rights"));
        // Leaving it shuts it again: the tab still says what the scopes allow.
        showTab(QStringLiteral("Observation"));
        QVERIFY(!m_window->resourceTabs()->isTabEnabled(QStringLiteral("DocumentReference")));
        QVERIFY(!documents->isEnabled());
        QVERIFY(tabs->page(QStringLiteral("DocumentReference"))
                    ->accessibleDescription()
                    .startsWith(QStringLiteral("Unavailable")));
    }

    void bundleWithMalformedEntriesShowsTheGoodOnes()
    {
        // A saved bundle: two good Observations, an entry without a resource, one without an id.
        const QByteArray good = "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"good-%1\","
                                "\"status\":\"final\",\"code\":{\"text\":\"Heart rate\"},"
                                "\"valueQuantity\":{\"value\":7%1,\"unit\":\"beats/min\"}}}";
        const QByteArray bytes = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + QByteArray(good).replace("%1", "1") + ",{\"fullUrl\":\"urn:x\"},"
            + "{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\"}},"
            + QByteArray(good).replace("%1", "2") + "]}";
        ResourceTablePage* observations = m_browser->page(QStringLiteral("Observation"));
        showTab(QStringLiteral("Observation"));
        observations->loadBundle(bytes);
        QTRY_VERIFY_WITH_TIMEOUT(!observations->isLoading(), 10000);
        QCOMPARE(observations->model()->rowCount(), 2);
        QCOMPARE(observations->model()->data(observations->model()->index(1, 2)).toString(),
                 QStringLiteral("72 beats/min"));
        QListWidget* bad = observations->malformedList();
        QVERIFY(bad->isVisible());
        QCOMPARE(bad->count(), 3);
        QVERIFY(bad->item(0)->text().contains(QStringLiteral("2 entries could not be shown")));
        QVERIFY(bad->item(1)->text().contains(QStringLiteral("Entry 2: The entry has no resource.")));
        QVERIFY(bad->item(2)->text().contains(QStringLiteral("Entry 3: The Observation has no id.")));
    }

    void pageShowsErrorsInWordsAndCancels()
    {
        // A page on its own client, pointed at answers the sandbox never gives.
        FixtureHttpServer fixture;
        QVERIFY(fixture.start());
        QNetworkAccessManager network;
        net::RequestLog log;
        fhir::FhirClient client(&network, nullptr, &log);
        client.setBaseUrl(fixture.base());
        ResourceTablePage page(&client, QStringLiteral("Observation"));
        page.show();

        fixture.setAnswer(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
        page.load();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QVERIFY2(page.message().contains(QStringLiteral("web page (HTML, HTTP 502)")), qPrintable(page.message()));

        fixture.setAnswer(200, "application/fhir+json", "{\"resourceType\":\"Bundle\",\"entry\":[");
        page.load();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QVERIFY2(page.message().contains(QStringLiteral("not valid JSON")), qPrintable(page.message()));

        fixture.setSilent(true);
        page.load();
        QVERIFY(page.isLoading());
        auto* cancel = page.findChild<QPushButton*>(QStringLiteral("cancelLoad"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!page.isLoading());
        QCOMPARE(page.statusText(), QStringLiteral("Cancelled."));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("reload"))->isEnabled());
    }

    void requestLogRedactsAndItsCurlWorks()
    {
        const net::RequestLog* log = m_browser->requestLog();
        QVERIFY(log->size() > 3);
        const QByteArray token = m_clinicalToken;
        int patientEntry = -1;
        for (int i = 0; i < log->size(); ++i) {
            const net::RequestLogEntry& entry = log->at(i);
            for (const auto& header : entry.requestHeaders) {
                QVERIFY(!header.second.contains(token));
                if (header.first == "Authorization") {
                    QCOMPARE(QString::fromUtf8(header.second),
                             QStringLiteral("Bearer …") + QString::fromLatin1(token.right(4)));
                }
            }
            QVERIFY(!entry.curlCommand().contains(QString::fromLatin1(token)));
            if (entry.httpStatus == 200 && entry.url.path().endsWith(QStringLiteral("/Patient"))) {
                patientEntry = i;
            }
        }
        QVERIFY(patientEntry >= 0);
        RequestLogDock* dock = m_browser->requestLogDock();
        dock->selectEntry(patientEntry);
        QVERIFY(!dock->detailsText().contains(QString::fromLatin1(token)));
        QVERIFY(dock->detailsText().contains(QStringLiteral("Authorization: Bearer …")));
        const QString curl = dock->curlCommand();
        QVERIFY2(curl.contains(QStringLiteral("$TOKEN")), qPrintable(curl));

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TOKEN"), QString::fromLatin1(token));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("sh"), {QStringLiteral("-c"), curl});
        QVERIFY(process.waitForStarted());
        // The sandbox serves on this thread: keep the event loop running while curl waits for it.
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 15000);
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(answer.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QVERIFY(answer.value(QStringLiteral("total")).toInt() >= 1);
    }

    void tokenInspector()
    {
        TokenInspectorDock* inspector = m_browser->tokenInspector();
        QVERIFY(inspector->findChild<QWidget*>(QStringLiteral("notVerified")));
        QVERIFY(inspector->claimsText().contains(QStringLiteral("clinical-access")));
        QVERIFY2(inspector->expiryText().startsWith(QStringLiteral("expires in")), qPrintable(inspector->expiryText()));
        QVERIFY(!inspector->isRevealed());
        QVERIFY(!inspector->claimsText().contains(QString::fromLatin1(m_clinicalToken)));
        QTreeWidget* scopes = inspector->scopeTree();
        bool sawShutDocuments = false;
        for (int i = 0; i < scopes->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = scopes->topLevelItem(i);
            if (item->text(0) == QLatin1String("DocumentReference")) {
                sawShutDocuments = item->text(1) == inspector->tr("shut");
            }
        }
        QVERIFY(sawShutDocuments);
        QTest::mouseClick(inspector->findChild<QPushButton*>(QStringLiteral("revealToken")), Qt::LeftButton);
        QVERIFY(inspector->isRevealed());
        QCOMPARE(inspector->findChild<QLineEdit*>(QStringLiteral("rawToken"))->text(),
                 QString::fromLatin1(m_clinicalToken));
        useToken(m_clinicalToken); // any token change hides it again
        QVERIFY(!inspector->isRevealed());

        // The sandbox's id token (openid and profile at sign-in as the gp user): its header and its claims are decoded
        // for display like the access token's, and its fhirUser gives the context.
        SandboxBrowser http(m_sandbox.server());
        const QUrlQuery signedIn
            = http.signIn(QStringLiteral("openid fhirUser profile user/Patient.read"), QStringLiteral("gp"));
        const QJsonObject answer = http.exchangeCode(signedIn.queryItemValue(QStringLiteral("code"))).json();
        const QString idToken = answer.value(QStringLiteral("id_token")).toString();
        QVERIFY2(!idToken.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(answer).toJson())));
        m_tokens->setTokenResponse(answer.value(QStringLiteral("access_token")).toString(),
                                   answer.value(QStringLiteral("scope")).toString(), {}, idToken);
        auto* idHeader = inspector->findChild<QPlainTextEdit*>(QStringLiteral("idTokenHeader"));
        QVERIFY(idHeader && !idHeader->accessibleName().isEmpty());
        QCOMPARE(idHeader->toPlainText(), inspector->idTokenHeaderText());
        const QJsonObject header = QJsonDocument::fromJson(inspector->idTokenHeaderText().toUtf8()).object();
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        const QJsonObject claims = QJsonDocument::fromJson(inspector->idTokenText().toUtf8()).object();
        QCOMPARE(claims.value(QStringLiteral("name")).toString(), QStringLiteral("Dr Gemma Practitioner"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("ccri-explorer"));
        QVERIFY(!claims.contains(QStringLiteral("alg"))); // the header is not mixed into the claims
        // A token handed over as it is was never checked: the inspector says so for both tokens.
        QVERIFY2(inspector->verificationText().contains(QStringLiteral("the server checks it")),
                 qPrintable(inspector->verificationText()));
        QVERIFY2(
            inspector->verificationText().contains(QStringLiteral("ID token: decoded for display only, not checked")),
            qPrintable(inspector->verificationText()));
        const QString fhirUser = claims.value(QStringLiteral("fhirUser")).toString();
        QVERIFY2(fhirUser.contains(QStringLiteral("Practitioner/")), qPrintable(fhirUser));
        QVERIFY2(inspector->contextText().contains(QStringLiteral("fhirUser: ") + fhirUser),
                 qPrintable(inspector->contextText()));
        // A token that is not a JWT says so in words, in the header's place.
        m_tokens->setTokenResponse(QString::fromLatin1(m_clinicalToken), SandboxSession::scopeOf(m_clinicalToken), {},
                                   QStringLiteral("not-a-jwt"));
        QVERIFY(!inspector->idTokenHeaderText().isEmpty());
        QVERIFY(inspector->idTokenText().isEmpty());
        useToken(m_clinicalToken);
        QVERIFY(inspector->idTokenHeaderText().contains(QStringLiteral("No ID token")));
        QVERIFY(!inspector->verificationText().contains(QStringLiteral("ID token")));
        QVERIFY(inspector->idTokenText().isEmpty());
    }

    void tokenInspectorDecodesWhenShown()
    {
        // Hidden (as it is at the explorer's start), the inspector decodes nothing at a token change;
        // shown, or asked, it shows the token in force then, never the one it had when it was hidden.
        TokenInspectorDock* inspector = m_browser->tokenInspector();
        auto* claims = inspector->findChild<QPlainTextEdit*>(QStringLiteral("accessTokenClaims"));
        QVERIFY(claims);
        useToken(m_clinicalToken);
        QVERIFY(inspector->isVisible());
        QVERIFY(claims->toPlainText().contains(QStringLiteral("clinical-access")));
        inspector->hide();
        QString error;
        const QByteArray gpToken
            = m_sandbox.userToken(QStringLiteral("gp"), QStringLiteral("user/Patient.read"), &error);
        QVERIFY2(!gpToken.isEmpty(), qPrintable(error));
        useToken(gpToken); // as a sign-in does, while the dock is shut
        QVERIFY(claims->toPlainText().contains(QStringLiteral("clinical-access"))); // not decoded while hidden
        inspector->show();
        QVERIFY2(!claims->toPlainText().contains(QStringLiteral("clinical-access")), qPrintable(claims->toPlainText()));
        QVERIFY2(claims->toPlainText().contains(QStringLiteral("user/Patient.read")),
                 qPrintable(claims->toPlainText()));
        QVERIFY(inspector->expiryText().startsWith(QStringLiteral("expires in")));
        // Asked while hidden (the getters the tests and the accessibility audit use): decoded then.
        inspector->hide();
        useToken(m_clinicalToken);
        QVERIFY(inspector->claimsText().contains(QStringLiteral("clinical-access")));
        QVERIFY(!inspector->isRevealed());
        inspector->show();
        QVERIFY(claims->toPlainText().contains(QStringLiteral("clinical-access")));
    }

    void capabilityView()
    {
        CapabilityView* view = m_browser->capabilityView();
        QSignalSpy loaded(view, &CapabilityView::loaded);
        view->load();
        QVERIFY(loaded.wait(10000));
        QVERIFY2(view->headline().contains(QStringLiteral("3.0.1 (STU3)")), qPrintable(view->headline()));
        QVERIFY(!view->tree()->findItems(QStringLiteral("token"), Qt::MatchRecursive | Qt::MatchExactly).isEmpty());
    }

    void capabilityViewFillsWhenShown()
    {
        // Hidden (its dock is shut at the explorer's start), the view fills no tree for a statement a
        // sign-in hands it, though it says loaded(true) once it is read; shown, or asked, it shows that
        // statement.
        CapabilityView* view = m_browser->capabilityView();
        QSignalSpy loaded(view, &CapabilityView::loaded);
        view->load();
        QVERIFY(loaded.wait(10000));
        QVERIFY(view->isVisible());
        auto* tree = view->findChild<QTreeWidget*>(QStringLiteral("capabilityTree"));
        auto* headline = view->findChild<QLabel*>(QStringLiteral("capabilityHeadline"));
        QVERIFY(tree && headline);
        QVERIFY2(headline->text().contains(QStringLiteral("3.0.1 (STU3)")), qPrintable(headline->text()));
        const auto lists = [tree](const QString& text) {
            return !tree->findItems(text, Qt::MatchRecursive | Qt::MatchExactly).isEmpty();
        };
        QVERIFY(lists(QStringLiteral("token")));

        view->hide();
        const QByteArray other = R"({"resourceType": "CapabilityStatement", "fhirVersion": "4.0.1",
            "software": {"name": "Another server"}, "format": ["json"],
            "rest": [{"mode": "server", "resource": [{"type": "Flag", "interaction": [{"code": "read"}]}]}]})";
        view->useStatement(other);
        QTRY_COMPARE(loaded.count(), 2); // read off the GUI thread
        QCOMPARE(loaded.last().at(0).toBool(), true);
        QCOMPARE(view->summary()->fhirVersion(), QStringLiteral("4.0.1"));
        QVERIFY(headline->text().contains(QStringLiteral("3.0.1 (STU3)"))); // not shown while hidden
        QVERIFY(!lists(QStringLiteral("Flag")));
        view->show();
        QVERIFY2(headline->text().contains(QStringLiteral("Another server")), qPrintable(headline->text()));
        QVERIFY(lists(QStringLiteral("Flag")));
        QVERIFY(!lists(QStringLiteral("token")));

        // Asked while hidden (headline(), tree()): shown then.
        view->hide();
        view->load();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!lists(QStringLiteral("token")));
        QVERIFY(view->tree()->findItems(QStringLiteral("Flag"), Qt::MatchRecursive | Qt::MatchExactly).isEmpty());
        QVERIFY(lists(QStringLiteral("token")));
        QVERIFY2(view->headline().contains(QStringLiteral("3.0.1 (STU3)")), qPrintable(view->headline()));
        view->show();
        QVERIFY(lists(QStringLiteral("token")));
    }

    void capabilityViewReadsAStatementOffTheGuiThread()
    {
        // Read off the GUI thread: bytes that are not a CapabilityStatement (an HTML error page) ask
        // the server instead, and a statement overtaken by a newer one is never shown.
        CapabilityView* view = m_browser->capabilityView();
        QSignalSpy loaded(view, &CapabilityView::loaded);
        view->useStatement(QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(loaded.last().at(0).toBool(), true); // the server's own statement
        QCOMPARE(view->summary()->fhirVersion(), QStringLiteral("3.0.1"));

        const QByteArray first = R"({"resourceType": "CapabilityStatement", "fhirVersion": "4.0.1",
            "software": {"name": "First"}, "rest": [{"mode": "server", "resource": [{"type": "Flag"}]}]})";
        const QByteArray second = R"({"resourceType": "CapabilityStatement", "fhirVersion": "4.0.1",
            "software": {"name": "Second"}, "rest": [{"mode": "server", "resource": [{"type": "Flag"}]}]})";
        view->useStatement(first);
        view->useStatement(second);
        QTRY_COMPARE(loaded.count(), 2);
        QTest::qWait(100); // the first read's answer, if it were not dropped, would come too
        QCOMPARE(loaded.count(), 2);
        QVERIFY2(view->headline().contains(QStringLiteral("Second")), qPrintable(view->headline()));
    }

    void capabilityViewShowsAPreparedStatementAtOnce()
    {
        // The sign-in's discovery hands the statement over early (prepare); the session's copy, the
        // same bytes, is then shown at once, with no request and no wait. Other bytes are read anew.
        CapabilityView* view = m_browser->capabilityView();
        QSignalSpy loaded(view, &CapabilityView::loaded);
        const QByteArray prepared = R"({"resourceType": "CapabilityStatement", "fhirVersion": "4.0.1",
            "software": {"name": "Prepared"}, "rest": [{"mode": "server", "resource": [{"type": "Flag"}]}]})";
        view->prepare(prepared);
        QVERIFY(loaded.isEmpty()); // nothing shown before the session comes
        QTRY_VERIFY(view->hasPrepared());
        view->useStatement(QByteArray(prepared.constData(), prepared.size())); // equal bytes, another copy
        QCOMPARE(loaded.count(), 1); // at once
        QCOMPARE(loaded.last().at(0).toBool(), true);
        QVERIFY(!view->hasPrepared()); // used once
        QVERIFY2(view->headline().contains(QStringLiteral("Prepared")), qPrintable(view->headline()));

        // Prepared, then other bytes handed over: those are shown, read as ever.
        view->prepare(prepared);
        QTRY_VERIFY(view->hasPrepared());
        const QByteArray other = QByteArray(prepared).replace("Prepared", "Other");
        view->useStatement(other);
        QTRY_COMPARE(loaded.count(), 2);
        QVERIFY2(view->headline().contains(QStringLiteral("Other")), qPrintable(view->headline()));
        QVERIFY(!view->hasPrepared()); // dropped: a newer statement came

        // Load asks the server; a prepared read is then out of date and dropped.
        view->prepare(prepared);
        QTRY_VERIFY(view->hasPrepared());
        view->load();
        QVERIFY(!view->hasPrepared());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 10000);
        QCOMPARE(view->summary()->fhirVersion(), QStringLiteral("3.0.1"));
    }

    void documentsShowPdfAndPngInside()
    {
        QString error;
        const QString scope = QStringLiteral("user/Patient.read user/DocumentReference.read user/Binary.read");
        const QByteArray gpToken = m_sandbox.userToken(QStringLiteral("gp"), scope, &error);
        QVERIFY2(!gpToken.isEmpty(), qPrintable(error));
        useToken(gpToken);
        QTRY_VERIFY(m_window->resourceTabs()->isTabEnabled(QStringLiteral("DocumentReference")));
        showTab(QStringLiteral("Patient"));
        choose(QStringLiteral("Kanfeld"));
        ResourceTablePage* documents = m_browser->page(QStringLiteral("DocumentReference"));
        showTab(QStringLiteral("DocumentReference"));
        documents->load();
        QTRY_VERIFY_WITH_TIMEOUT(!documents->isLoading(), 10000);
        QVERIFY2(documents->model()->rowCount() >= 3, qPrintable(documents->message()));
        // Before anything is opened, the viewer says which button shows the attachment.
        documents->view()->setCurrentIndex(documents->view()->model()->index(0, 0));
        QVERIFY2(documents->detailPane()->attachmentViewer()->message().contains(
                     documents->detailPane()->openAttachmentButton()->text()),
                 qPrintable(documents->detailPane()->attachmentViewer()->message()));
        const auto open = [documents, this](const QString& contentType) {
            const int row = rowWith(documents, 2, contentType);
            if (row < 0) {
                return AttachmentViewer::Kind::Nothing;
            }
            documents->view()->setCurrentIndex(documents->view()->model()->index(row, 0));
            QPushButton* button = documents->detailPane()->openAttachmentButton();
            if (!button->isVisible()) {
                return AttachmentViewer::Kind::Nothing;
            }
            QTest::mouseClick(button, Qt::LeftButton);
            AttachmentViewer* viewer = documents->detailPane()->attachmentViewer();
            (void)QTest::qWaitFor([viewer] { return viewer->kind() != AttachmentViewer::Kind::Loading; }, 10000);
            return viewer->kind();
        };
        QCOMPARE(open(QStringLiteral("application/pdf")), AttachmentViewer::Kind::Pdf);
        AttachmentViewer* viewer = documents->detailPane()->attachmentViewer();
        QVERIFY(viewer->pdfDocument()->pageCount() >= 1);
        QVERIFY(viewer->data().startsWith("%PDF"));
        QCOMPARE(open(QStringLiteral("image/png")), AttachmentViewer::Kind::Image);
        QVERIFY(viewer->data().startsWith("\x89PNG"));
        QCOMPARE(open(QStringLiteral("text/plain")), AttachmentViewer::Kind::Text);
        // The Binary fetches went through the log, with the token redacted.
        const net::RequestLog* log = m_browser->requestLog();
        QVERIFY(log->at(log->size() - 1).url.path().contains(QStringLiteral("/Binary/")));
        QCOMPARE(log->at(log->size() - 1).httpStatus, 200);
        const QString shot = qEnvironmentVariable("CCRI_SCREENSHOT");
        if (!shot.isEmpty()) {
            documents->view()->setCurrentIndex(
                documents->view()->model()->index(rowWith(documents, 2, "application/pdf"), 0));
            QTest::mouseClick(documents->detailPane()->openAttachmentButton(), Qt::LeftButton);
            QTest::qWait(500);
            m_window->grab().save(shot);
        }
    }

    void everyTabSummarisesTheSandboxData()
    {
        // gp with all of user/*.read: every tab open, each type's summary columns filled from real data.
        QString error;
        const QByteArray gpToken = m_sandbox.userToken(QStringLiteral("gp"), QStringLiteral("user/*.read"), &error);
        QVERIFY2(!gpToken.isEmpty(), qPrintable(error));
        useToken(gpToken);
        ResourceTabs* tabs = m_window->resourceTabs();
        for (int i = 0; i < tabs->count(); ++i) {
            const QString type = tabs->resourceTypeAt(i);
            ResourceTablePage* page = m_browser->page(type);
            if (!page) {
                continue; // Patient: the search panel
            }
            QTRY_VERIFY2(tabs->isTabEnabled(type), qPrintable(type));
            page->setPageSize(10);
            showTab(type);
            page->load();
            QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 10000);
            QVERIFY2(page->message().isEmpty(), qPrintable(type + QStringLiteral(": ") + page->message()));
            QVERIFY2(page->model()->rowCount() > 0, qPrintable(type));
            const QStringList columns = page->model()->rowAt(0).columns;
            for (int column = 0; column < columns.size(); ++column) {
                QVERIFY2(!columns.at(column).isEmpty(),
                         qPrintable(
                             QStringLiteral("%1 column %2 empty: %3").arg(type).arg(column).arg(columns.join(" | "))));
            }
            if (ResourceBrowser::inPatientCompartment(type)) {
                QCOMPARE(QUrlQuery(page->lastUrl()).queryItemValue(QStringLiteral("patient")), m_browser->patientId());
            }
        }
    }

    void patientContextFromTheTokenSelectsThePatient()
    {
        QString error;
        const QByteArray token = m_sandbox.userToken(
            QStringLiteral("clinician"), QStringLiteral("launch/patient patient/Patient.read patient/Observation.read"),
            &error, QStringLiteral("2"));
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const QString patient = SandboxSession::claim(token, QStringLiteral("patient"));
        QCOMPARE(patient, QStringLiteral("2"));
        m_tokens->setTokenResponse(QString::fromLatin1(token), SandboxSession::scopeOf(token), patient);
        QTRY_COMPARE_WITH_TIMEOUT(m_browser->patientId(), QStringLiteral("2"), 10000);
        QVERIFY2(m_browser->banner()->text().contains(QStringLiteral("Horatio Samson")),
                 qPrintable(m_browser->banner()->text()));
        QVERIFY(m_browser->tokenInspector()->contextText().contains(QStringLiteral("Patient context: 2")));
        QCOMPARE(m_browser->page(QStringLiteral("Observation"))->patientId(), QStringLiteral("2"));
    }

    void signingOutLeavesNoPatientDataOnScreen()
    {
        useToken(m_clinicalToken);
        choose(QStringLiteral("Kanfeld"));
        ResourceTablePage* observations = m_browser->page(QStringLiteral("Observation"));
        showTab(QStringLiteral("Observation"));
        observations->load();
        QTRY_VERIFY_WITH_TIMEOUT(!observations->isLoading(), 10000);
        QVERIFY(observations->model()->rowCount() > 0);
        observations->view()->setCurrentIndex(observations->view()->model()->index(0, 0));
        QVERIFY(!observations->detailPane()->jsonText().isEmpty());
        QVERIFY(m_browser->requestLog()->size() > 0);

        m_tokens->clear(); // signed out
        QCOMPARE(m_browser->requestLog()->size(), 0);
        QVERIFY(m_browser->patientId().isEmpty());
        QVERIFY2(!m_browser->banner()->text().contains(QStringLiteral("Kanfeld")),
                 qPrintable(m_browser->banner()->text()));
        QCOMPARE(patients()->model()->rowCount(), 0);
        QVERIFY(search()->findChild<QLineEdit*>(QStringLiteral("name"))->text().isEmpty());
        QCOMPARE(observations->model()->rowCount(), 0);
        QVERIFY(observations->patientId().isEmpty());
        QVERIFY(!observations->detailPane()->jsonText().contains(QStringLiteral("Observation")));
        useToken(m_clinicalToken);
    }
};

QTEST_MAIN(TestResourceBrowser)
#include "TestResourceBrowser.moc"
