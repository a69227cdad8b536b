#pragma once

#include "app/core/PolicyDecision.h"
#include "app/fhir/BundleInfo.h"
#include "app/fhir/ResourceRow.h"
#include "app/fhir/ResourceSearch.h"

#include <QUrl>
#include <QUrlQuery>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTableView;

namespace ccri {

class DetailPane;
class ErrorLabel;

namespace fhir {
class FhirClient;
class ResourceListModel;
} // namespace fhir

// One resource type as a sortable table: the widgets of a fhir::ResourceSearch (which sends the search, pages,
// cancels and says what happened in words). Paging buttons, page size, reload, cancel and a progress bar; the
// search's status and message; the entries that could not be shown; the selected resource in a DetailPane; and,
// when the scopes shut the type, "Try anyway". The search's calls are offered here too, for the tabs and menus.
class ResourceTablePage : public QWidget
{
    Q_OBJECT

public:
    ResourceTablePage(fhir::FhirClient* client, const QString& resourceType, QWidget* parent = nullptr);
    ~ResourceTablePage() override;

    fhir::ResourceSearch* search() const { return m_search; }
    QString resourceType() const { return m_search->resourceType(); }

    void setQuery(const QUrlQuery& query) { m_search->setQuery(query); }
    QUrlQuery query() const { return m_search->query(); }
    void setServerSort(const QPair<QString, QString>& item) { m_search->setServerSort(item); }
    QPair<QString, QString> serverSort() const { return m_search->serverSort(); }
    void setPatientId(const QString& patientId) { m_search->setPatientId(patientId); }
    QString patientId() const { return m_search->patientId(); }
    void setNeedsPatient(bool needsPatient) { m_search->setNeedsPatient(needsPatient); }
    void setPageSize(int size); // as if chosen in the page size box
    int pageSize() const { return m_search->pageSize(); }

    bool isLoading() const { return m_search->isLoading(); }
    bool isShut() const { return m_search->isShut(); }
    QString message() const { return m_search->message(); }
    QString statusText() const { return m_search->statusText(); }
    const fhir::BundleInfo& lastInfo() const { return m_search->lastInfo(); }
    QUrl lastUrl() const { return m_search->lastUrl(); }

    fhir::ResourceListModel* model() const { return m_search->model(); }
    QTableView* view() const { return m_view; }
    DetailPane* detailPane() const { return m_detail; }
    QListWidget* malformedList() const { return m_malformed; }
    // "Results may be filtered by your access ..." above the table (a patient/ scope, a compartment); "" hides it.
    void setAccessNote(const QString& text);
    QString accessNote() const;
    // A section above the table in its splitter (the Observation tab's vital-signs chart); the page owns it.
    void addSection(QWidget* section);

public slots:
    // Also the part line above the table when the scopes open the type only in part:
    // "Showing vital signs only (your scopes)".
    void setDecision(const ccri::PolicyDecision& decision);
    QString partText() const; // that line, empty when the type is open whole or shut
    void load() { m_search->load(); }
    void loadIfStale() { m_search->loadIfStale(); }
    void loadBundle(const QByteArray& bytes) { m_search->loadBundle(bytes); }
    void cancel() { m_search->cancel(); }
    void tryAnyway() { m_search->tryAnyway(); }
    // "Try anyway" for a category the scopes hide: one search in that category, the server's answer shown.
    void tryCategory(const QString& category) { m_search->tryCategory(category); }
    void forgetRows() { m_search->forgetRows(); }

signals:
    void loadStarted();
    void loaded(const ccri::fhir::BundleInfo& info); // every row delivered
    void failed(const QString& message);
    void rowActivated(const ccri::fhir::ResourceRow& row);

private:
    void showState();
    void showMessage(const QString& text, bool error);
    void showProgress(int perMille);
    void showMalformed(const fhir::BundleInfo& info);
    void fitColumns();
    void onCurrentRowChanged();

    fhir::ResourceSearch* m_search = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;

    ErrorLabel* m_message = nullptr;
    QLabel* m_accessNote = nullptr;
    QPushButton* m_tryAnyway = nullptr;
    QSpinBox* m_pageSize = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_part = nullptr;
    QTableView* m_view = nullptr;
    QListWidget* m_malformed = nullptr;
    DetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace ccri
