#include "ui/browser/ResourceBrowser.h"

#include "app/core/NhsNumber.h"
#include "app/fhir/BundleParser.h"
#include "app/fhir/FhirClient.h"
#include "app/fhir/NewestFirst.h"
#include "app/fhir/VitalSignsLoader.h"
#include "app/net/AccessTokenProvider.h"
#include "app/net/RequestLog.h"
#include "ui/browser/CapabilityView.h"
#include "ui/browser/DetailPane.h"
#include "ui/browser/PatientBanner.h"
#include "ui/browser/PatientSearchPanel.h"
#include "ui/browser/RequestLogDock.h"
#include "ui/browser/ResourceTablePage.h"
#include "ui/browser/TokenInspectorDock.h"
#include "ui/main/ActionCollection.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResourceTabs.h"
#include "ui/main/ScopeAccess.h"
#include "ui/overview/PatientOverview.h"
#include "ui/overview/VitalSignsChart.h"

#include <algorithm>
#include <memory>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QUrlQuery>

namespace ccri {

namespace {

const QString kPatient = QStringLiteral("Patient");

} // namespace

ResourceBrowser::ResourceBrowser(MainWindow* window, net::AccessTokenProvider* tokens, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_tokens(tokens)
{
    m_network = new net::LoggingNetworkAccessManager(this);
    m_log = new net::RequestLog(this);
    m_client = new fhir::FhirClient(m_network, tokens, m_log, this);
    m_patientReader = new fhir::BundleParser(this);
    connect(m_patientReader, &fhir::BundleParser::rowsReady, this, [this](const QList<fhir::ResourceRow>& rows) {
        if (!rows.isEmpty() && rows.first().resourceType == kPatient) {
            choosePatient(rows.first());
        }
    });

    m_banner = new PatientBanner(window);
    m_bannerBar = new QToolBar(tr("Patient"), window);
    m_bannerBar->setObjectName(QStringLiteral("patientBannerBar"));
    m_bannerBar->setMovable(false);
    m_bannerBar->addWidget(m_banner);
    window->addToolBar(Qt::TopToolBarArea, m_bannerBar);

    m_requestLogDock = new RequestLogDock(m_log, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_requestLogDock);
    m_tokenInspector = new TokenInspectorDock(tokens, window->access(), window);
    window->addDockWidget(Qt::RightDockWidgetArea, m_tokenInspector);
    m_tokenInspector->setFhirBase(m_client->baseUrl());
    connect(m_client, &fhir::FhirClient::baseUrlChanged, m_tokenInspector, &TokenInspectorDock::setFhirBase);
    m_capability = new CapabilityView(m_client, window);
    m_capabilityDock = new QDockWidget(tr("Server capabilities"), window);
    m_capabilityDock->setObjectName(QStringLiteral("capabilityDock"));
    m_capabilityDock->setWidget(m_capability);
    window->addDockWidget(Qt::RightDockWidgetArea, m_capabilityDock);
    window->tabifyDockWidget(m_tokenInspector, m_capabilityDock);
    m_tokenInspector->raise();
    connect(m_capability, &CapabilityView::loaded, this, &ResourceBrowser::applyServerSort);
    // Another server (a new session's): its own statement, at the next token.
    connect(m_client, &fhir::FhirClient::baseUrlChanged, this, [this] { m_capabilityAsked = false; });

    if (QMenu* view = window->viewMenu()) {
        view->addSeparator();
        m_requestLogDock->toggleViewAction()->setObjectName(QStringLiteral("requestLogDockAction"));
        m_tokenInspector->toggleViewAction()->setObjectName(QStringLiteral("tokenInspectorDockAction"));
        m_capabilityDock->toggleViewAction()->setObjectName(QStringLiteral("capabilityDockAction"));
        window->actions()->add(m_requestLogDock->toggleViewAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        window->actions()->add(m_tokenInspector->toggleViewAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        window->actions()->add(m_capabilityDock->toggleViewAction());
        view->addAction(m_requestLogDock->toggleViewAction());
        view->addAction(m_tokenInspector->toggleViewAction());
        view->addAction(m_capabilityDock->toggleViewAction());
        m_tryAnywayMenu = view->addMenu(tr("Try a shut tab anyway"));
        m_tryAnywayMenu->setObjectName(QStringLiteral("tryAnywayMenu"));
        connect(m_tryAnywayMenu, &QMenu::aboutToShow, this, &ResourceBrowser::fillTryAnywayMenu);
    }

    ResourceTabs* tabs = window->resourceTabs();
    tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tabs->tabBar(), &QWidget::customContextMenuRequested, this, &ResourceBrowser::showTabMenu);
    connect(tabs, &ResourceTabs::currentResourceTypeChanged, this, &ResourceBrowser::onCurrentTypeChanged);
    tabs->setPageFactory([this](const QString& type, QWidget* parent) { return createPage(type, parent); });
    m_overview = new PatientOverview(m_client, tabs);
    tabs->setLeadingPage(m_overview, tr("Overview"));
    tabs->setLeadingPageEnabled(false, tr("Choose a patient to see their overview."));
    connect(tabs, &ResourceTabs::decisionChanged, m_overview, &PatientOverview::setDecision);
    for (const PolicyDecision& decision : tabs->decisions())
        m_overview->setDecision(decision);
    connect(m_overview, &PatientOverview::recordActivated, this, &ResourceBrowser::openRecord);
    connect(this, &ResourceBrowser::patientOpenFailed, window,
            [window](const QString& message) { window->statusBar()->showMessage(message); });

    setTokenProvider(tokens);
}

ResourceBrowser::~ResourceBrowser() = default;

bool ResourceBrowser::inPatientCompartment(const QString& resourceType)
{
    // Binary has no patient search parameter (CCRI); it is reached through DocumentReference, and its
    // tab lists what the token may read.
    return resourceType != QLatin1String("Binary");
}

void ResourceBrowser::setTokenProvider(net::AccessTokenProvider* tokens)
{
    if (m_tokens && m_tokens != tokens) {
        m_tokens->disconnect(this);
    }
    m_tokens = tokens;
    m_client->setTokens(tokens);
    if (tokens) {
        connect(tokens, &net::AccessTokenProvider::accessTokenChanged, this, &ResourceBrowser::onTokensChanged,
                Qt::UniqueConnection);
        onTokensChanged();
    }
}

QWidget* ResourceBrowser::createPage(const QString& resourceType, QWidget* parent)
{
    ResourceTabs* tabs = m_window->resourceTabs();
    if (resourceType == kPatient) {
        auto* panel = new PatientSearchPanel(m_client, parent);
        connect(tabs, &ResourceTabs::pageDecisionChanged, panel, &PatientSearchPanel::setDecision);
        connect(panel, &PatientSearchPanel::patientChosen, this, &ResourceBrowser::choosePatient);
        return panel;
    }
    auto* page = new ResourceTablePage(m_client, resourceType, parent);
    page->setServerSort(serverSortFor(resourceType));
    if (inPatientCompartment(resourceType)) {
        page->setNeedsPatient(true);
        page->setPatientId(m_patientId);
    }
    connect(tabs, &ResourceTabs::pageDecisionChanged, page, &ResourceTablePage::setDecision);
    page->setAccessNote(m_accessNote);
    if (resourceType == QLatin1String("Observation")) {
        // The vital-signs chart, as in the Overview, above the Observation table.
        // The patient's vital signs are already loaded (or loading) for the Overview: the same loader.
        m_observationChart = new VitalSignsChart(page);
        m_observationChart->setMinimumHeight(300);
        page->addSection(m_observationChart);
        m_observationChart->setLoader(m_vitalSigns);
    }
    return page;
}

VitalSignsChart* ResourceBrowser::observationChart() const
{
    return m_observationChart;
}

fhir::VitalSignsLoader* ResourceBrowser::vitalSigns() const
{
    return m_vitalSigns;
}

void ResourceBrowser::loadVitalSigns(const QString& patientId)
{
    if (m_vitalSigns && m_vitalSigns->patientId() == patientId)
        return;
    // The last patient's loader goes, with its rows and any request under way: nothing of theirs can arrive late.
    delete m_vitalSigns;
    if (!patientId.isEmpty()) {
        ResourceTabs* tabs = m_window->resourceTabs();
        m_vitalSigns = new fhir::VitalSignsLoader(m_client, this);
        connect(tabs, &ResourceTabs::decisionChanged, m_vitalSigns, &fhir::VitalSignsLoader::setDecision);
        m_vitalSigns->setDecision(tabs->decision(QStringLiteral("Observation")));
    }
    m_overview->chart()->setLoader(m_vitalSigns);
    if (m_observationChart)
        m_observationChart->setLoader(m_vitalSigns);
    if (m_vitalSigns)
        m_vitalSigns->load(patientId);
}

PatientSearchPanel* ResourceBrowser::patientSearch() const
{
    return m_window ? qobject_cast<PatientSearchPanel*>(m_window->resourceTabs()->page(kPatient)) : nullptr;
}

ResourceTablePage* ResourceBrowser::page(const QString& resourceType) const
{
    return m_window ? qobject_cast<ResourceTablePage*>(m_window->resourceTabs()->page(resourceType)) : nullptr;
}

ResourceTablePage* ResourceBrowser::pageAsIs(const QString& resourceType) const
{
    return m_window ? qobject_cast<ResourceTablePage*>(m_window->resourceTabs()->pageAsIs(resourceType)) : nullptr;
}

void ResourceBrowser::choosePatient(const fhir::ResourceRow& patient)
{
    m_patientId = patient.id;
    m_banner->setPatient(patient);
    ResourceTabs* tabs = m_window->resourceTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (ResourceTablePage* other = pageAsIs(tabs->resourceTypeAt(i))) {
            if (inPatientCompartment(other->resourceType())) {
                other->setPatientId(patient.id);
            }
        }
    }
    const bool newPatient = m_overview->patientId() != patient.id;
    m_overview->setPatientId(patient.id);
    loadVitalSigns(patient.id);
    tabs->setLeadingPageEnabled(true, tr("The patient's records on one page"));
    if (newPatient)
        m_overview->load();
    onCurrentTypeChanged(tabs->currentResourceType());
}

void ResourceBrowser::showAccessNote()
{
    ResourceTabs* tabs = m_window->resourceTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (ResourceTablePage* other = pageAsIs(tabs->resourceTypeAt(i)))
            other->setAccessNote(m_accessNote);
    }
    if (PatientSearchPanel* search = patientSearch())
        search->results()->setAccessNote(m_accessNote);
}

void ResourceBrowser::openRecord(const fhir::ResourceRow& row)
{
    ResourceTabs* tabs = m_window->resourceTabs();
    const int index = tabs->indexOf(row.resourceType);
    ResourceTablePage* target = page(row.resourceType);
    if (index < 0 || !target)
        return;
    tabs->tabBar()->setCurrentIndex(index);
    target->detailPane()->showResource(row);
}

void ResourceBrowser::openPatientByNhsNumber(const QString& nhsNumber)
{
    m_pendingNhsNumber = nhsNumber;
    findPendingPatient();
}

void ResourceBrowser::findPendingPatient()
{
    if (m_pendingNhsNumber.isEmpty() || !m_tokens || m_tokens->accessToken().isEmpty())
        return;
    const QString nhsNumber = m_pendingNhsNumber;
    m_pendingNhsNumber.clear();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("identifier"), NhsNumber::searchToken(nhsNumber));
    auto* reply = m_client->search(kPatient, query);
    auto* parser = new fhir::BundleParser(this);
    auto rows = std::make_shared<QList<fhir::ResourceRow>>();
    connect(reply, &fhir::FhirReply::finished, this, [this, reply, parser] {
        if (!reply->response().ok) {
            emit patientOpenFailed(reply->response().error);
            parser->deleteLater();
            return;
        }
        parser->start(reply->response().body, kPatient);
    });
    connect(parser, &fhir::BundleParser::rowsReady, this,
            [rows](const QList<fhir::ResourceRow>& more) { rows->append(more); });
    connect(parser, &fhir::BundleParser::finished, this, [this, parser, rows, nhsNumber] {
        parser->deleteLater();
        if (rows->size() != 1) {
            emit patientOpenFailed(rows->isEmpty()
                                       ? tr("No patient has the NHS number %1.").arg(nhsNumber)
                                       : tr("%1 patients share the NHS number %2: choose one on the Patient tab.")
                                             .arg(rows->size())
                                             .arg(nhsNumber));
            return;
        }
        choosePatient(rows->constFirst());
        m_window->resourceTabs()->showLeadingPage();
    });
}

void ResourceBrowser::choosePatientById(const QString& patientId)
{
    if (patientId.isEmpty() || patientId == m_patientId) {
        return;
    }
    auto* reply = m_client->get(m_client->url(kPatient + QLatin1Char('/') + patientId));
    connect(reply, &fhir::FhirReply::finished, this, [this, reply] {
        if (reply->response().ok) {
            m_patientReader->start(reply->response().body, kPatient);
        }
    });
}

void ResourceBrowser::onTokensChanged()
{
    if (!m_tokens || !m_window) {
        return;
    }
    if (m_tokens->accessToken().isEmpty()) {
        // Signed out: the next person at this computer sees nothing of the last one's patients,
        // not even in the request log (its URLs and bodies hold patient data).
        forgetPatient();
        m_log->clear();
        m_accessNote.clear();
        showAccessNote();
        m_capabilityAsked = false; // the next session may be on another server
        applyServerSort();
        return;
    }
    const QString granted = m_tokens->grantedScope();
    if (!granted.isEmpty()) {
        m_window->access()->setScopes(ScopeSet::parse(granted));
    }
    if (!m_capabilityAsked) {
        // What the server can do, for the capability view and for sorting the tabs newest first.
        // The sign-in's discovery has read it already from this base, without a token, and it is the
        // same document with one: a client reads it before it holds any token (SMART App Launch 1.0.0,
        // Conformance: the server SHALL declare its OAuth endpoints in its CapabilityStatement; 2.2
        // keeps that as the deprecated v1 route), CCRI's secured server left only /metadata open,
        // and the sandbox serves one statement to all. So it is shown without asking
        // again; the Load button, a new server or a new session without it still asks. After the tabs'
        // access is decided: the view shows it at once when it read it during the sign-in
        // (CapabilityView::prepare), and its newest-first sorts may ask the tab in front again.
        m_capabilityAsked = true;
        m_capability->useStatement(m_tokens->capabilityStatement(m_client->baseUrl())); // else asks
    }
    // UK Core Access: a client says when results may be filtered by access rules. patient/ scopes (SMART App
    // Launch 2.2 §3.0.2.3) and a patient context confine every search to that patient's compartment.
    // (Any scope of the space-separated list, RFC 6749 §3.3, that starts "patient/".)
    const QStringList grantedScopes = granted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool patientScoped = std::any_of(grantedScopes.cbegin(), grantedScopes.cend(), [](const QString& scope) {
        return scope.startsWith(QLatin1String("patient/"));
    });
    m_accessNote = patientScoped || !m_tokens->patientContext().isEmpty()
        ? tr("Results may be filtered by your access: your patient/ scopes let the server show only the records "
             "of the patient in context, so this list may not be everything the server holds.")
        : QString();
    showAccessNote();
    choosePatientById(m_tokens->patientContext());
    findPendingPatient();
}

void ResourceBrowser::forgetPatient()
{
    m_patientId.clear();
    m_banner->clear();
    m_overview->forget();
    loadVitalSigns({});
    m_window->resourceTabs()->setLeadingPageEnabled(false, tr("Choose a patient to see their overview."));
    if (PatientSearchPanel* search = patientSearch())
        search->clear();
    ResourceTabs* tabs = m_window->resourceTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (ResourceTablePage* other = pageAsIs(tabs->resourceTypeAt(i))) {
            other->setPatientId({});
            other->forgetRows();
        }
    }
}

void ResourceBrowser::onCurrentTypeChanged(const QString& resourceType)
{
    // Leaving a tab opened by "Try anyway": shut it again (while the scopes still shut it).
    ResourceTabs* tabs = m_window->resourceTabs();
    if (!m_triedType.isEmpty() && m_triedType != resourceType) {
        tabs->shutAgain(m_triedType); // as the scopes say now
        m_triedType.clear();
    }
    ResourceTablePage* current = page(resourceType);
    if (current && !current->isShut() && (!m_patientId.isEmpty() || !inPatientCompartment(resourceType))) {
        current->loadIfStale();
    } else if (current && !current->isShut()) {
        current->load(); // says to choose a patient first
    }
}

QPair<QString, QString> ResourceBrowser::serverSortFor(const QString& resourceType) const
{
    const auto& capability = m_capability->summary();
    return capability && m_capabilityAsked ? fhir::NewestFirst::queryItem(resourceType, *capability)
                                           : QPair<QString, QString>();
}

void ResourceBrowser::applyServerSort()
{
    ResourceTabs* tabs = m_window->resourceTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        ResourceTablePage* other = pageAsIs(tabs->resourceTypeAt(i)); // the sort does not depend on the decision
        if (!other) {
            continue;
        }
        const QPair<QString, QString> sort = serverSortFor(other->resourceType());
        if (sort == other->serverSort()) {
            continue;
        }
        other->setServerSort(sort);
        // The tab in front asks again at once (it may have loaded before the statement came).
        if (m_tokens && !m_tokens->accessToken().isEmpty() && other == page(tabs->currentResourceType())) {
            other->cancel();
            onCurrentTypeChanged(other->resourceType());
        }
    }
}

void ResourceBrowser::tryAnyway(const QString& resourceType)
{
    ResourceTabs* tabs = m_window->resourceTabs();
    const int index = tabs->indexOf(resourceType);
    if (index < 0) {
        return;
    }
    // Open for this one look; the tooltip and description say so and still name the missing scope.
    tabs->openForOneLook(resourceType);
    tabs->tabBar()->setCurrentIndex(index);
    m_triedType = resourceType;
    if (ResourceTablePage* shut = page(resourceType)) {
        shut->tryAnyway();
    } else if (PatientSearchPanel* panel = patientSearch(); panel && resourceType == kPatient) {
        panel->search();
    }
}

QStringList ResourceBrowser::hiddenCategories(const QString& resourceType) const
{
    const PolicyDecision decision = m_window->resourceTabs()->decision(resourceType);
    QStringList hidden;
    if (!decision.isPartial())
        return hidden;
    for (const QString& code : ScopeQualifier::knownCategories(resourceType)) {
        const bool granted = std::any_of(decision.partial.cbegin(), decision.partial.cend(), [&code](const auto& part) {
            return std::any_of(part.cbegin(), part.cend(), [&code](const ScopeQualifier& qualifier) {
                return qualifier.name() == QLatin1String("category") && qualifier.code() == code;
            });
        });
        if (!granted)
            hidden.append(code);
    }
    return hidden;
}

void ResourceBrowser::tryCategory(const QString& resourceType, const QString& category)
{
    ResourceTabs* tabs = m_window->resourceTabs();
    const int index = tabs->indexOf(resourceType);
    ResourceTablePage* partly = page(resourceType);
    if (index < 0 || !partly) {
        return;
    }
    tabs->tabBar()->setCurrentIndex(index);
    partly->tryCategory(category);
}

void ResourceBrowser::showTabMenu(const QPoint& position)
{
    ResourceTabs* tabs = m_window->resourceTabs();
    const int index = tabs->tabBar()->tabAt(position);
    if (index < 0) {
        return;
    }
    const QString type = tabs->resourceTypeAt(index);
    const QStringList hidden = hiddenCategories(type);
    if (tabs->tabBar()->isTabEnabled(index) && hidden.isEmpty()) {
        return;
    }
    auto* menu = new QMenu(tabs->tabBar());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!tabs->tabBar()->isTabEnabled(index))
        menu->addAction(tr("Try %1 anyway").arg(type), this, [this, type] { tryAnyway(type); });
    for (const QString& category : hidden) {
        menu->addAction(tr("Try %1 in category %2 anyway").arg(type, category), this,
                        [this, type, category] { tryCategory(type, category); });
    }
    menu->popup(tabs->tabBar()->mapToGlobal(position));
}

void ResourceBrowser::fillTryAnywayMenu()
{
    m_tryAnywayMenu->clear();
    ResourceTabs* tabs = m_window->resourceTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        const QString type = tabs->resourceTypeAt(i);
        if (!tabs->isTabEnabled(type)) {
            m_tryAnywayMenu->addAction(tr("Try %1 anyway").arg(type), this, [this, type] { tryAnyway(type); });
        }
        for (const QString& category : hiddenCategories(type)) {
            m_tryAnywayMenu->addAction(tr("Try %1 in category %2 anyway").arg(type, category), this,
                                       [this, type, category] { tryCategory(type, category); });
        }
    }
    if (m_tryAnywayMenu->isEmpty()) {
        m_tryAnywayMenu->addAction(tr("No tab is shut"))->setEnabled(false);
    }
}

} // namespace ccri
