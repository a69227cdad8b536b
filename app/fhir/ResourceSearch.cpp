#include "app/fhir/ResourceSearch.h"

#include "app/fhir/BundleParser.h"
#include "app/fhir/FhirClient.h"
#include "app/fhir/FhirReply.h"
#include "app/fhir/ResourceListModel.h"

namespace ccri::fhir {

ResourceSearch::ResourceSearch(FhirClient* client, const QString& resourceType, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_resourceType(resourceType)
{
    m_parser = new BundleParser(this);
    m_parser->setChunkSize(200);
    connect(m_parser, &BundleParser::rowsReady, this, &ResourceSearch::onRowsReady);
    connect(m_parser, &BundleParser::finished, this, &ResourceSearch::onParsed);
    m_model = new ResourceListModel(resourceType, this);
    // A new size reloads from the first page, once the arrows or the wheel have settled.
    m_pageSizeSettle.setSingleShot(true);
    m_pageSizeSettle.setInterval(400);
    connect(&m_pageSizeSettle, &QTimer::timeout, this, &ResourceSearch::onPageSizeSettled);
}

ResourceSearch::~ResourceSearch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ResourceSearch::setQuery(const QUrlQuery& query)
{
    m_query = query;
    m_stale = true;
}

void ResourceSearch::setServerSort(const QPair<QString, QString>& item)
{
    if (item != m_serverSort) {
        m_serverSort = item;
        m_stale = true;
    }
}

void ResourceSearch::setPatientId(const QString& patientId)
{
    if (patientId == m_patientId) {
        return;
    }
    m_patientId = patientId;
    forgetRows();
}

void ResourceSearch::setPageSize(int size)
{
    if (size == m_pageSize) {
        return;
    }
    m_pageSize = size;
    m_pageSizeSettle.start();
}

void ResourceSearch::forgetRows()
{
    cancel();
    m_model->clear();
    emit rowsForgotten();
    m_stale = true;
    setMessage(m_shut ? m_shutReason : QString(), false);
    setStatus({});
    emit stateChanged();
}

bool ResourceSearch::isLoading() const
{
    return m_reply || m_parser->isRunning();
}

void ResourceSearch::setDecision(const PolicyDecision& decision)
{
    if (decision.resourceType != m_resourceType) {
        return;
    }
    const QString previousReason = m_shut ? m_shutReason : QString();
    m_shut = !decision.granted;
    m_shutReason = decision.explanation();
    if (m_shut) {
        setMessage(m_shutReason, false);
    } else if (!previousReason.isEmpty() && m_message.startsWith(previousReason)) {
        setMessage({}, false); // opened (signed in): the old "Unavailable — needs ..." goes
    }
    emit stateChanged();
}

QUrl ResourceSearch::firstPageUrl() const
{
    QUrlQuery query = m_query;
    if (!m_patientId.isEmpty()) {
        query.removeAllQueryItems(QStringLiteral("patient"));
        query.addQueryItem(QStringLiteral("patient"), m_patientId);
    }
    for (const char* sort : {"_sort", "_sort:asc", "_sort:desc"})
        query.removeAllQueryItems(QLatin1String(sort));
    if (!m_serverSort.first.isEmpty())
        query.addQueryItem(m_serverSort.first, m_serverSort.second);
    query.removeAllQueryItems(QStringLiteral("_count"));
    query.addQueryItem(QStringLiteral("_count"), QString::number(m_pageSize));
    return m_client ? m_client->url(m_resourceType, query) : QUrl();
}

// Reloads from the first page when there is something to reload: rows from the server, or a patient whose
// records this search shows. Nothing when it has not been asked for anything yet.
void ResourceSearch::onPageSizeSettled()
{
    const bool loadedFromServer = !m_stale && m_lastUrl.isValid();
    const bool patientWaiting = !m_patientId.isEmpty() && !m_shut;
    if (loadedFromServer || patientWaiting) {
        load();
    }
}

void ResourceSearch::load()
{
    m_pageSizeSettle.stop(); // this load already asks for the current size
    if (m_needsPatient && m_patientId.isEmpty()) {
        cancel();
        m_model->clear();
        const QString choose = tr("Choose a patient on the Patient tab to see their %1 records.").arg(m_resourceType);
        setMessage(m_shut ? m_shutReason + QLatin1Char('\n') + choose : choose, false);
        return;
    }
    m_pendingStart = 0;
    loadUrl(firstPageUrl());
}

void ResourceSearch::loadIfStale()
{
    if (m_stale && !isLoading()) {
        load();
    }
}

void ResourceSearch::tryAnyway()
{
    load();
}

void ResourceSearch::tryCategory(const QString& category)
{
    QUrlQuery query = QUrlQuery(firstPageUrl());
    query.removeAllQueryItems(QStringLiteral("category"));
    query.addQueryItem(QStringLiteral("category"), category);
    QUrl url = firstPageUrl();
    url.setQuery(query);
    m_pendingStart = 0;
    loadUrl(url);
}

void ResourceSearch::nextPage()
{
    if (m_info.next.isValid()) {
        m_pendingStart = m_pageStart + m_info.shownCount + int(m_info.malformed.size()) + m_info.skippedCount;
        loadUrl(m_info.next);
    }
}

void ResourceSearch::previousPage()
{
    if (m_info.previous.isValid()) {
        m_pendingStart = qMax(0, m_pageStart - m_pageSize);
        loadUrl(m_info.previous);
    }
}

void ResourceSearch::loadUrl(const QUrl& target)
{
    const QUrl url = target; // target may be m_info.next, which is reset below
    if (!m_client) {
        return;
    }
    startLoading(url, tr("Loading…"));
    setMessage(m_shut ? m_shutReason + QLatin1Char('\n') + tr("Trying anyway…") : QString(), false);
    m_reply = m_client->get(url);
    connect(m_reply, &FhirReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            emit progressChanged(int(received * 1000 / total));
        }
    });
    connect(m_reply, &FhirReply::finished, this, &ResourceSearch::onReplyFinished);
    emit stateChanged();
    emit loadStarted();
}

void ResourceSearch::loadBundle(const QByteArray& bytes)
{
    startLoading(QUrl(), tr("Reading the bundle…"));
    m_pendingStart = 0;
    setMessage({}, false);
    m_parser->start(bytes, m_resourceType);
    emit stateChanged();
    emit loadStarted();
}

// Forgets what the last load showed and says it is busy: the common start of loadUrl() and loadBundle().
void ResourceSearch::startLoading(const QUrl& url, const QString& status)
{
    cancel();
    m_stale = false;
    m_model->clear();
    emit rowsForgotten();
    m_info = {};
    m_lastUrl = url;
    setStatus(status);
    emit progressChanged(-1);
}

void ResourceSearch::cancel()
{
    const bool wasLoading = isLoading();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    m_parser->cancel();
    if (wasLoading) {
        setStatus(tr("Cancelled."));
        m_stale = true;
    }
    emit stateChanged();
}

void ResourceSearch::onReplyFinished()
{
    const FhirResponse response = m_reply->response();
    m_reply = nullptr;
    if (!response.ok) {
        setStatus({});
        m_stale = true;
        QString text = response.error;
        if (m_shut) {
            text = tr("The server refused, as your scopes said it would. %1").arg(response.error);
        }
        setMessage(text, true);
        emit stateChanged();
        emit failed(text);
        return;
    }
    setStatus(tr("Reading the answer…"));
    emit progressChanged(-1);
    m_parser->start(response.body, m_resourceType);
    emit stateChanged();
}

void ResourceSearch::onRowsReady(const QList<ResourceRow>& rows)
{
    m_model->appendRows(rows);
    setStatus(tr("Loading… %1 rows").arg(m_model->rowCount()));
}

void ResourceSearch::onParsed(const BundleInfo& info)
{
    m_info = info;
    if (!info.error.isEmpty()) {
        setStatus({});
        setMessage(info.error, true);
        m_stale = true;
        emit stateChanged();
        emit failed(info.error);
        return;
    }
    m_pageStart = m_pendingStart;
    const int rows = m_model->rowCount();
    QString status;
    if (rows == 0) {
        status = tr("No rows.");
    } else {
        status = tr("Rows %1–%2").arg(m_pageStart + 1).arg(m_pageStart + rows);
    }
    if (info.total >= 0) {
        status += QLatin1Char(' ') + tr("of %1").arg(info.total);
    }
    if (rows > 0 && !m_serverSort.first.isEmpty()) {
        status += tr(", newest first");
    }
    // A partial list says how much it leaves out (UK Core Access: pages left unfetched are a hazard).
    const qint64 notShown = info.total - (m_pageStart + rows + int(info.malformed.size()));
    if (info.total >= 0 && notShown > 0 && info.next.isValid()) {
        status += QStringLiteral(" — ") + tr("%1 more on later pages").arg(notShown);
    }
    setStatus(status);
    QStringList lines;
    for (const QString& warning : info.searchWarnings)
        lines << tr("The server warns: %1").arg(warning);
    if (rows == 0 && info.malformed.isEmpty()) {
        lines << (m_patientId.isEmpty() ? tr("No %1 found.").arg(m_resourceType)
                                        : tr("No %1 found for this patient.").arg(m_resourceType));
        setMessage(lines.join(QLatin1Char('\n')), false);
    } else if (m_shut) {
        lines << tr("The server answered although your scopes shut this type: it does not enforce them.");
        setMessage(lines.join(QLatin1Char('\n')), true);
    } else {
        setMessage(lines.join(QLatin1Char('\n')), !info.searchWarnings.isEmpty());
    }
    emit stateChanged();
    emit loaded(info);
}

void ResourceSearch::setStatus(const QString& text)
{
    m_status = text;
    emit statusChanged(text);
}

void ResourceSearch::setMessage(const QString& text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    emit messageChanged(text, error);
}

} // namespace ccri::fhir
