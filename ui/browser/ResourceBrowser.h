#pragma once

#include "app/fhir/ResourceRow.h"
#include "app/net/LoggingNetworkAccessManager.h"

#include <QObject>
#include <QPair>
#include <QPointer>

class QDockWidget;
class QNetworkAccessManager;
class QMenu;
class QPoint;
class QToolBar;

namespace ccri {

class CapabilityView;
class MainWindow;
class PatientBanner;
class PatientOverview;
class VitalSignsChart;
class PatientSearchPanel;
class RequestLogDock;
class ResourceTablePage;
class TokenInspectorDock;

namespace fhir {
class BundleParser;
class FhirClient;
class VitalSignsLoader;
} // namespace fhir

namespace net {
class AccessTokenProvider;
class RequestLog;
} // namespace net

// Plugs the resource browser into the main window: a real page for every resource tab (Patient
// search, a ResourceTablePage per type), the patient banner, the request log, token inspector
// and capability docks, and "Try anyway" for shut tabs (tab context menu and View menu). It owns
// the FHIR client and request log; the tokens come from an AccessTokenProvider (the Session).
class ResourceBrowser : public QObject
{
    Q_OBJECT

public:
    ResourceBrowser(MainWindow* window, net::AccessTokenProvider* tokens, QObject* parent = nullptr);
    ~ResourceBrowser() override;

    fhir::FhirClient* client() const { return m_client; }
    net::RequestLog* requestLog() const { return m_log; }
    // The current profile's extra request headers, on every FHIR request (and so in its log line).
    void setExtraHeaders(std::function<net::ExtraHeaders()> source) { m_network->setExtraHeaders(std::move(source)); }
    void setTokenProvider(net::AccessTokenProvider* tokens);

    PatientSearchPanel* patientSearch() const;
    ResourceTablePage* page(const QString& resourceType) const; // nullptr for Patient (see patientSearch)
    PatientBanner* banner() const { return m_banner; }
    PatientOverview* overview() const { return m_overview; }
    VitalSignsChart* observationChart() const; // on the Observation tab, once made
    // The chosen patient's vital signs, loaded once for both charts (Overview, Observation tab); none without a
    // patient.
    fhir::VitalSignsLoader* vitalSigns() const;
    RequestLogDock* requestLogDock() const { return m_requestLogDock; }
    TokenInspectorDock* tokenInspector() const { return m_tokenInspector; }
    CapabilityView* capabilityView() const { return m_capability; }
    QString patientId() const { return m_patientId; }
    // Whether a type's tab follows the chosen patient (patient=<id>); Binary does not.
    static bool inPatientCompartment(const QString& resourceType);

public slots:
    void choosePatient(const ccri::fhir::ResourceRow& patient);
    void choosePatientById(const QString& patientId); // e.g. the token response's patient context
    void tryAnyway(const QString& resourceType); // opens the shut tab and sends its request
    // A partly open tab: one search in a category the scopes hide, to see the server refuse it.
    void tryCategory(const QString& resourceType, const QString& category);
    QStringList hiddenCategories(const QString& resourceType) const; // known categories not granted
    // Signed out: no patient, no search, no rows or documents left on screen for the next user.
    void forgetPatient();
    // The patient with this NHS number, once the tokens can read: their Overview in front (--patient-nhs-number).
    void openPatientByNhsNumber(const QString& nhsNumber);
    // A record in its own tab: the tab in front, the record in its detail pane.
    void openRecord(const ccri::fhir::ResourceRow& row);

signals:
    void patientOpenFailed(const QString& message); // openPatientByNhsNumber() found no one, or more than one

private:
    // A type's page without giving it its decision first (ResourceTabs::pageAsIs): for setting what does not
    // depend on it on every page.
    ResourceTablePage* pageAsIs(const QString& resourceType) const;
    QWidget* createPage(const QString& resourceType, QWidget* parent);
    void onTokensChanged();
    void onCurrentTypeChanged(const QString& resourceType);
    void applyServerSort(); // each tab asks for newest first where the CapabilityStatement allows
    QPair<QString, QString> serverSortFor(const QString& resourceType) const; // this session's, or none
    void showTabMenu(const QPoint& position);
    void fillTryAnywayMenu();
    void loadVitalSigns(const QString& patientId); // a new loader for a new patient; "" drops it

    QPointer<MainWindow> m_window;
    QPointer<net::AccessTokenProvider> m_tokens;
    net::LoggingNetworkAccessManager* m_network = nullptr; // logs nothing itself: FhirReply does
    net::RequestLog* m_log = nullptr;
    fhir::FhirClient* m_client = nullptr;
    fhir::BundleParser* m_patientReader = nullptr;
    QString m_patientId;
    QString m_triedType; // a shut tab opened by "Try anyway", shut again when the user leaves it
    QToolBar* m_bannerBar = nullptr;
    PatientBanner* m_banner = nullptr;
    PatientOverview* m_overview = nullptr;
    QPointer<VitalSignsChart> m_observationChart;
    QPointer<fhir::VitalSignsLoader> m_vitalSigns;
    QString m_pendingNhsNumber; // openPatientByNhsNumber() before sign-in
    QString m_accessNote; // "Results may be filtered by your access" for patient/ scopes or a patient context
    void showAccessNote();
    void findPendingPatient();
    RequestLogDock* m_requestLogDock = nullptr;
    TokenInspectorDock* m_tokenInspector = nullptr;
    QDockWidget* m_capabilityDock = nullptr;
    CapabilityView* m_capability = nullptr;
    bool m_capabilityAsked = false; // this session's CapabilityStatement has been asked for
    QMenu* m_tryAnywayMenu = nullptr;
};

} // namespace ccri
