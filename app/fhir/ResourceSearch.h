#pragma once

#include "app/core/PolicyDecision.h"
#include "app/fhir/BundleInfo.h"
#include "app/fhir/ResourceRow.h"

#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace ccri::fhir {

class BundleParser;
class FhirClient;
class FhirReply;
class ResourceListModel;

// One resource type's search, without widgets: the query (the patient, the newest-first _sort and _count added),
// the request through the FhirClient, the Bundle parsed off the GUI thread into the model as rows come, paging
// with the Bundle's next/previous links, the total, download progress and cancel. It says what to show in words:
// a status line ("Rows 1–10 of 42, newest first") and a message (an empty result, an error with the HTTP status,
// or why the scopes shut the type; tryAnyway() sends the request regardless and says what the server did).
// ResourceTablePage shows it.
class ResourceSearch : public QObject
{
    Q_OBJECT

public:
    ResourceSearch(FhirClient* client, const QString& resourceType, QObject* parent = nullptr);
    ~ResourceSearch() override;

    QString resourceType() const { return m_resourceType; }
    ResourceListModel* model() const { return m_model; }

    // The search parameters (without _count); load() sends them.
    void setQuery(const QUrlQuery& query);
    QUrlQuery query() const { return m_query; }
    // The _sort item the first page asks for (from NewestFirst); an empty key asks for none. A change makes the
    // rows stale.
    void setServerSort(const QPair<QString, QString>& item);
    QPair<QString, QString> serverSort() const { return m_serverSort; }
    // Scopes the search to a patient (patient=<id>); empty: no patient chosen. A new patient forgets the rows.
    void setPatientId(const QString& patientId);
    QString patientId() const { return m_patientId; }
    // Without a patient, a clinical search waits for one instead of listing everything.
    void setNeedsPatient(bool needsPatient) { m_needsPatient = needsPatient; }
    // The rows a page asks for. Once a new size has settled (no other change for 400 ms), the first page is
    // loaded again if there is something to reload: rows from the server, or a patient whose records these are.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    bool isSettlingPageSize() const { return m_pageSizeSettle.isActive(); }

    bool isShut() const { return m_shut; }
    bool isLoading() const;
    bool canGoNext() const { return !isLoading() && m_info.next.isValid(); }
    bool canGoPrevious() const { return !isLoading() && m_info.previous.isValid(); }
    QString message() const { return m_message; } // shown instead of (or above) the rows
    bool messageIsError() const { return m_messageIsError; }
    QString statusText() const { return m_status; } // "Rows 1–10 of 42"
    const BundleInfo& lastInfo() const { return m_info; }
    QUrl lastUrl() const { return m_lastUrl; }

public slots:
    void setDecision(const ccri::PolicyDecision& decision); // only a decision about this type counts
    void load(); // first page of the current query
    void loadIfStale(); // load() unless the current query is already shown
    void loadUrl(const QUrl& target); // a paging link
    void loadBundle(const QByteArray& bytes); // a Bundle from elsewhere (a saved file): parsed and shown the same way
    void nextPage();
    void previousPage();
    void cancel();
    void tryAnyway(); // send the request although the scopes shut this type
    // Once, the first page in one category the scopes hide (category=<code> added): the server's answer
    // (a 403 in words, from a server that enforces granular scopes) is shown; load() asks as before.
    void tryCategory(const QString& category);
    void forgetRows(); // cancels any request and empties the model (sign-out)

signals:
    void loadStarted();
    void loaded(const ccri::fhir::BundleInfo& info); // every row delivered
    void failed(const QString& message);
    void rowsForgotten(); // the model was emptied by a new load, a new patient or forgetRows()
    void stateChanged(); // loading, shut, or the paging links
    void statusChanged(const QString& text);
    void messageChanged(const QString& text, bool error);
    void progressChanged(int perMille); // of the download; -1: busy, how much is not known

private:
    QUrl firstPageUrl() const;
    void startLoading(const QUrl& url, const QString& status);
    void onReplyFinished();
    void onRowsReady(const QList<ccri::fhir::ResourceRow>& rows);
    void onParsed(const ccri::fhir::BundleInfo& info);
    void onPageSizeSettled();
    void setStatus(const QString& text);
    void setMessage(const QString& text, bool error);

    QPointer<FhirClient> m_client;
    QString m_resourceType;
    QUrlQuery m_query;
    QPair<QString, QString> m_serverSort;
    QString m_patientId;
    bool m_needsPatient = false;
    bool m_shut = false;
    bool m_stale = true;
    QString m_shutReason;
    int m_pageSize = 20;
    QTimer m_pageSizeSettle;
    int m_pageStart = 0; // index of the first row of this page in the whole result
    int m_pendingStart = 0;
    QUrl m_lastUrl;
    BundleInfo m_info;
    QString m_status;
    QString m_message;
    bool m_messageIsError = false;
    QPointer<FhirReply> m_reply;
    BundleParser* m_parser = nullptr;
    ResourceListModel* m_model = nullptr;
};

} // namespace ccri::fhir
