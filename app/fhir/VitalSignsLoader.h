#pragma once

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

public slots:
    void load(const QString& patientId);
    void cancel();

signals:
    void finished(); // rows(), stoppedShort() and error() say how it went
    void progress(int rowsSoFar);

private:
    void fetch(const QUrl& url);

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
};

} // namespace ccri::fhir
