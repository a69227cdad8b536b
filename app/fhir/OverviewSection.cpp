#include "app/fhir/OverviewSection.h"

#include "app/fhir/BundleParser.h"
#include "app/fhir/FhirClient.h"
#include "app/fhir/FhirReply.h"
#include "app/fhir/RecordDate.h"
#include "app/fhir/VitalSigns.h"

namespace ccri::fhir {

OverviewSection::OverviewSection(FhirClient* client, const QString& key, const QString& title,
                                 const QList<Source>& sources, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_key(key)
    , m_title(title)
{
    for (const Source& source : sources) {
        Slot slot;
        slot.source = source;
        m_sources.append(slot);
    }
    for (int i = 0; i < m_sources.size(); ++i) {
        auto* parser = new BundleParser(this);
        m_sources[i].parser = parser;
        connect(parser, &BundleParser::rowsReady, this,
                [this, i](const QList<ResourceRow>& rows) { m_sources[i].rows.append(rows); });
        connect(parser, &BundleParser::finished, this, [this, i](const BundleInfo& info) {
            Slot& slot = m_sources[i];
            if (!info.error.isEmpty()) {
                slot.state = State::Failed;
                slot.error = info.error;
            } else {
                slot.state = State::Loaded;
                slot.total = info.total;
            }
            emit changed();
        });
    }
}

OverviewSection::~OverviewSection()
{
    cancel();
}

void OverviewSection::setDecision(const PolicyDecision& decision)
{
    for (int i = 0; i < m_sources.size(); ++i) {
        Slot& slot = m_sources[i];
        if (slot.source.resourceType != decision.resourceType)
            continue;
        const bool wasShut = slot.decided && !slot.decision.granted;
        const bool changedAccess = !slot.decided || slot.decision.granted != decision.granted;
        slot.decision = decision;
        slot.decided = true;
        if (!changedAccess)
            continue;
        forget(i);
        if (!decision.granted) {
            slot.state = State::Shut;
        } else if (wasShut && !m_patientId.isEmpty()) {
            loadSource(i); // opened (a preview, or a new session): ask now
        }
        emit changed();
    }
}

void OverviewSection::setPatientId(const QString& patientId)
{
    if (patientId == m_patientId)
        return;
    m_patientId = patientId;
    for (int i = 0; i < m_sources.size(); ++i)
        forget(i);
    emit changed();
}

void OverviewSection::forget(int index)
{
    Slot& slot = m_sources[index];
    if (slot.reply) {
        slot.reply->disconnect(this);
        slot.reply->abort();
        slot.reply = nullptr;
    }
    slot.parser->cancel();
    slot.rows.clear();
    slot.total = -1;
    slot.error.clear();
    slot.httpStatus = 0;
    slot.state = slot.decided && !slot.decision.granted ? State::Shut : State::Waiting;
}

void OverviewSection::load()
{
    for (int i = 0; i < m_sources.size(); ++i)
        loadSource(i);
    emit changed();
}

void OverviewSection::cancel()
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).state == State::Loading)
            forget(i);
    }
}

void OverviewSection::loadSource(int index)
{
    forget(index);
    Slot& slot = m_sources[index];
    if (slot.state == State::Shut || m_patientId.isEmpty() || !m_client)
        return; // a shut type is not asked for: the section says why instead
    QUrlQuery query = slot.source.query;
    query.addQueryItem(QStringLiteral("patient"), m_patientId);
    query.addQueryItem(QStringLiteral("_count"), QString::number(m_pageSize));
    slot.state = State::Loading;
    FhirReply* reply = m_client->search(slot.source.resourceType, query);
    slot.reply = reply;
    connect(reply, &FhirReply::finished, this, [this, index, reply] {
        Slot& current = m_sources[index];
        if (current.reply != reply)
            return;
        current.reply = nullptr;
        const FhirResponse response = reply->response();
        if (!response.ok) {
            current.httpStatus = response.httpStatus;
            current.error = response.error;
            current.state = response.httpStatus == 401 || response.httpStatus == 403 ? State::Refused : State::Failed;
            emit changed();
            return;
        }
        current.parser->start(response.body, current.source.resourceType);
    });
}

bool OverviewSection::isLoading() const
{
    for (const Slot& slot : m_sources) {
        if (slot.state == State::Loading)
            return true;
    }
    return false;
}

bool OverviewSection::isComplete() const
{
    for (const Slot& slot : m_sources) {
        if (slot.state == State::Loading || slot.state == State::Waiting)
            return false;
    }
    return true;
}

QList<ResourceRow> OverviewSection::rows() const
{
    QList<ResourceRow> all;
    for (const Slot& slot : m_sources) {
        if (slot.state == State::Loaded)
            all.append(slot.rows);
    }
    return m_latestPerCode ? VitalSigns::latestPerKind(all) : RecordDate::newestFirst(all);
}

int OverviewSection::fetchedCount() const
{
    int count = -1;
    for (const Slot& slot : m_sources) {
        if (slot.state == State::Loaded)
            count = qMax(count, 0) + int(slot.rows.size());
    }
    return count;
}

QString OverviewSection::sourceText(int index) const
{
    const Slot& slot = m_sources.at(index);
    switch (slot.state) {
    case State::Shut:
        //: %1: what the section lists ("Allergies"); %2: the scope it needs; %3: the policy's name
        return tr("%1 are not visible with your access: needs %2 (%3).")
            .arg(slot.source.noun, slot.decision.needs, slot.decision.policyName);
    case State::Refused:
        return tr("%1 are not visible: the server refused to show them (HTTP %2). %3")
            .arg(slot.source.noun)
            .arg(slot.httpStatus)
            .arg(slot.error)
            .trimmed();
    case State::Failed:
        return tr("%1 could not be loaded: %2").arg(slot.source.noun, slot.error);
    case State::Loaded:
        if (slot.total > slot.rows.size()) {
            const qint64 more = slot.total - slot.rows.size();
            //: "20 of 25 — 5 more on later pages"
            return tr("%1: %2 of %3 — %4 more on later pages")
                .arg(slot.source.noun)
                .arg(slot.rows.size())
                .arg(slot.total)
                .arg(more);
        }
        return {};
    case State::Waiting:
    case State::Loading:
        return {};
    }
    return {};
}

QString OverviewSection::statusText() const
{
    QStringList lines;
    bool allLoaded = true;
    bool anyRows = false;
    for (int i = 0; i < m_sources.size(); ++i) {
        const Slot& slot = m_sources.at(i);
        allLoaded = allLoaded && slot.state == State::Loaded;
        anyRows = anyRows || (slot.state == State::Loaded && !slot.rows.isEmpty());
        const QString text = sourceText(i);
        if (!text.isEmpty())
            lines << text;
    }
    if (isLoading())
        lines << tr("Loading…");
    // Only a 200 with nothing in it from every source says there is nothing.
    if (allLoaded && !anyRows)
        lines << tr("None recorded");
    return lines.join(QLatin1Char('\n'));
}

} // namespace ccri::fhir
