#pragma once

#include "app/core/PolicyDecision.h"
#include "app/fhir/BundleInfo.h"
#include "app/fhir/ResourceRow.h"

#include <QPointer>
#include <QTimer>
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
class BundleParser;
class FhirClient;
class FhirReply;
class ResourceListModel;
} // namespace fhir

// One resource type as a sortable table: a search (query + page size) sent through the FhirClient,
// the Bundle parsed off the GUI thread with rows shown as they come, paging with the Bundle's
// next/previous links, total, progress and cancel, an empty-result message, errors in words with
// the HTTP status, the entries that could not be shown, and the selected resource in a DetailPane.
// When the scopes shut the type, it says why and offers "Try anyway".
class ResourceTablePage : public QWidget
{
    Q_OBJECT

public:
    ResourceTablePage(fhir::FhirClient* client, const QString& resourceType, QWidget* parent = nullptr);
    ~ResourceTablePage() override;

    QString resourceType() const { return m_resourceType; }

    // The search parameters (without _count); load() sends them.
    void setQuery(const QUrlQuery& query);
    QUrlQuery query() const { return m_query; }
    // The _sort item the first page asks for (from NewestFirst); an empty key asks for none. A change
    // makes the rows stale.
    void setServerSort(const QPair<QString, QString>& item);
    QPair<QString, QString> serverSort() const { return m_serverSort; }
    // Scopes the page to a patient (patient=<id>); empty: no patient chosen.
    void setPatientId(const QString& patientId);
    QString patientId() const { return m_patientId; }
    // Without a patient, a clinical page waits for one instead of listing everything.
    void setNeedsPatient(bool needsPatient) { m_needsPatient = needsPatient; }

    void setPageSize(int size);
    int pageSize() const;

    bool isLoading() const;
    bool isShut() const { return m_shut; }
    QString message() const; // the message shown instead of (or above) the table
    QString statusText() const; // "Rows 1–10 of 42"
    const fhir::BundleInfo& lastInfo() const { return m_info; }
    QUrl lastUrl() const { return m_lastUrl; }

    fhir::ResourceListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    DetailPane* detailPane() const { return m_detail; }
    QListWidget* malformedList() const { return m_malformed; }

public slots:
    void setDecision(const ccri::PolicyDecision& decision);
    void load(); // first page of the current query
    void loadIfStale(); // load() unless the current query is already shown
    void loadUrl(const QUrl& target); // a paging link
    void loadBundle(const QByteArray& bytes); // a Bundle from elsewhere (a saved file): parsed and shown the same way
    void nextPage();
    void previousPage();
    void cancel();
    void tryAnyway(); // send the request although the scopes shut this type
    void forgetRows(); // cancels any request and empties the table and the detail pane (sign-out)

signals:
    void loadStarted();
    void loaded(const ccri::fhir::BundleInfo& info); // every row delivered
    void failed(const QString& message);
    void rowActivated(const ccri::fhir::ResourceRow& row);

private:
    QUrl firstPageUrl() const;
    void startLoading(const QUrl& url, const QString& status);
    void onReplyFinished();
    void onRowsReady(const QList<ccri::fhir::ResourceRow>& rows);
    void onParsed(const ccri::fhir::BundleInfo& info);
    void fitColumns();
    void showMessage(const QString& text, bool error);
    void updateButtons();
    void onCurrentRowChanged();
    void pageSizeChanged();

    QPointer<fhir::FhirClient> m_client;
    QString m_resourceType;
    QUrlQuery m_query;
    QPair<QString, QString> m_serverSort;
    QString m_patientId;
    bool m_needsPatient = false;
    bool m_shut = false;
    bool m_stale = true;
    QString m_shutReason;
    int m_pageStart = 0; // index of the first row of this page in the whole result
    int m_pendingStart = 0;
    QUrl m_lastUrl;
    fhir::BundleInfo m_info;
    QPointer<fhir::FhirReply> m_reply;
    fhir::BundleParser* m_parser = nullptr;
    fhir::ResourceListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;

    ErrorLabel* m_message = nullptr;
    QPushButton* m_tryAnyway = nullptr;
    QSpinBox* m_pageSize = nullptr;
    QTimer m_pageSizeSettle;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_view = nullptr;
    QListWidget* m_malformed = nullptr;
    DetailPane* m_detail = nullptr;
};

} // namespace ccri
