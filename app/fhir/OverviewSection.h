#pragma once

#include "app/core/PolicyDecision.h"
#include "app/fhir/BundleInfo.h"
#include "app/fhir/ResourceRow.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace ccri::fhir {

class BundleParser;
class FhirClient;
class FhirReply;

// One section of a patient's overview (allergies, problems, current medications, ...) without widgets: one
// search per resource type it draws from, sent through the one FhirClient, parsed off the GUI thread. Every
// source says in words what it is: shut by the scopes ("Allergies are not visible with your access: needs
// user/AllergyIntolerance.read (CCRI policy)."), refused by the server (403), failed, or loaded. "None recorded"
// only when every source answered 200 with no rows; a partial page says how many are not shown. Sections load
// independently, so a PatientOverview shows each as it arrives.
class OverviewSection : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        QString resourceType;
        QUrlQuery query; // besides patient and _count
        QString noun; // "Allergies": the subject of the sentences about this source
    };
    enum class State
    {
        Waiting, // no patient, or not asked yet
        Shut, // the scopes shut this type: not asked
        Loading,
        Refused, // HTTP 401/403
        Failed,
        Loaded
    };

    OverviewSection(FhirClient* client, const QString& key, const QString& title, const QList<Source>& sources,
                    QObject* parent = nullptr);
    ~OverviewSection() override;

    QString key() const { return m_key; }
    QString title() const { return m_title; }
    int sourceCount() const { return int(m_sources.size()); }
    const Source& source(int index) const { return m_sources.at(index).source; }
    State state(int index) const { return m_sources.at(index).state; }
    QString sourceText(int index) const; // the sentence for one source ("" while loading or when rows say it)

    // The rows to show, newest first (by the first date-like column); vital signs: the latest of each kind.
    QList<ResourceRow> rows() const;
    int shownCount() const { return int(rows().size()); }
    bool isLoading() const;
    bool isComplete() const; // every source shut, refused, failed or loaded
    // The whole section in words: one line per shut, refused or failed source, "None recorded" after 200s with
    // nothing, "20 of 25 — 5 more on later pages" when a page was partial.
    QString statusText() const;
    // For the count in the title: rows fetched; -1 when nothing was read.
    int fetchedCount() const;
    // Set this to show the latest value of each vital sign rather than every row.
    void setLatestPerCode(bool latest) { m_latestPerCode = latest; }
    void setPageSize(int rows) { m_pageSize = rows; }

public slots:
    void setDecision(const ccri::PolicyDecision& decision); // only decisions about its types count
    void setPatientId(const QString& patientId); // forgets the rows; load() asks again
    void load(); // every open source, at once
    void cancel();

signals:
    void changed(); // state, rows or progress

private:
    struct Slot
    {
        Source source;
        State state = State::Waiting;
        PolicyDecision decision;
        bool decided = false;
        QPointer<FhirReply> reply;
        BundleParser* parser = nullptr;
        QList<ResourceRow> rows;
        qint64 total = -1;
        QString error;
        int httpStatus = 0;
    };
    void loadSource(int index);
    void forget(int index);

    QPointer<FhirClient> m_client;
    QString m_key;
    QString m_title;
    QList<Slot> m_sources;
    QString m_patientId;
    int m_pageSize = 50;
    bool m_latestPerCode = false;
};

} // namespace ccri::fhir
