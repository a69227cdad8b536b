#pragma once

#include "app/core/PolicyDecision.h"
#include "app/fhir/ResourceRow.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ccri::fhir {

class BundleParser;
class FhirClient;
class FhirReply;

// Every vital-sign Observation of a patient (category=vital-signs), through the one FhirClient, following the
// Bundle's next links up to a bound of pages; says when it stopped short. No widgets: VitalSignsChart shows it.
// One per chosen patient (ResourceBrowser owns it), shared by every chart of that patient, so their vital signs
// are asked for once: a chart made after the load finished shows rows() at once. With Observation shut by the
// scopes (setDecision) nothing is asked, and opened again it asks.
class VitalSignsLoader : public QObject
{
    Q_OBJECT

public:
    explicit VitalSignsLoader(FhirClient* client, QObject* parent = nullptr);

    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    void setPageSize(int rows) { m_pageSize = rows; }
    const QList<ResourceRow>& rows() const { return m_rows; }
    bool isLoading() const { return m_loading; }
    bool stoppedShort() const { return m_stoppedShort; } // more pages were left unfetched
    qint64 total() const { return m_total; } // Bundle.total of the first page; -1 when absent
    QString error() const { return m_error; }
    bool answered() const { return m_answered; } // the last load finished with every page a 200
    QString patientId() const { return m_patientId; }
    bool isShut() const { return m_isShut; }
    const PolicyDecision& shutDecision() const { return m_shut; } // why, while isShut()

public slots:
    void load(const QString& patientId);
    void cancel();
    // Only Observation's decision counts: shut cancels and forgets the rows; opened again loads the patient's.
    void setDecision(const ccri::PolicyDecision& decision);

signals:
    void started(); // a load began, or the rows were forgotten (shut): a view shows "loading" or why not
    void finished(); // rows(), stoppedShort() and error() say how it went
    void progress(int rowsSoFar);

private:
    void fetch(const QUrl& url);
    void finish(const QString& error);

    QPointer<FhirClient> m_client;
    BundleParser* m_parser = nullptr;
    QPointer<FhirReply> m_reply;
    QList<ResourceRow> m_rows;
    int m_maxPages = 20;
    int m_pageSize = 100;
    int m_pages = 0;
    qint64 m_total = -1;
    bool m_loading = false;
    bool m_stoppedShort = false;
    QString m_error;
    QString m_patientId;
    PolicyDecision m_shut;
    bool m_isShut = false;
    bool m_answered = false;
};

} // namespace ccri::fhir
