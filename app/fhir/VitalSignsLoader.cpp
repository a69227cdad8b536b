#include "app/fhir/VitalSignsLoader.h"

#include "app/fhir/BundleParser.h"
#include "app/fhir/FhirClient.h"
#include "app/fhir/FhirReply.h"

#include <QUrlQuery>

namespace ccri::fhir {

VitalSignsLoader::VitalSignsLoader(FhirClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_parser = new BundleParser(this);
    connect(m_parser, &BundleParser::rowsReady, this, [this](const QList<ResourceRow>& rows) {
        m_rows.append(rows);
        emit progress(int(m_rows.size()));
    });
    connect(m_parser, &BundleParser::finished, this, [this](const BundleInfo& info) {
        if (!info.error.isEmpty()) {
            finish(info.error);
            return;
        }
        if (m_pages == 1)
            m_total = info.total;
        if (info.next.isValid()) {
            if (m_pages >= m_maxPages) {
                m_stoppedShort = true; // bounded: the chart says how many it shows of how many
            } else {
                fetch(info.next);
                return;
            }
        }
        finish({});
    });
}

void VitalSignsLoader::finish(const QString& error)
{
    m_error = error;
    m_answered = error.isEmpty();
    m_loading = false;
    emit finished();
}

void VitalSignsLoader::load(const QString& patientId)
{
    cancel();
    m_patientId = patientId;
    m_rows.clear();
    m_pages = 0;
    m_total = -1;
    m_stoppedShort = false;
    m_answered = false;
    m_error.clear();
    if (!m_client || patientId.isEmpty() || m_isShut) {
        emit started(); // nothing to ask (or not allowed to): the views say so
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("patient"), patientId);
    query.addQueryItem(QStringLiteral("category"), QStringLiteral("vital-signs"));
    query.addQueryItem(QStringLiteral("_count"), QString::number(m_pageSize));
    m_loading = true;
    fetch(m_client->url(QStringLiteral("Observation"), query));
    emit started();
}

void VitalSignsLoader::setDecision(const PolicyDecision& decision)
{
    if (decision.resourceType != QLatin1String("Observation") || decision.granted == !m_isShut)
        return;
    m_isShut = !decision.granted;
    m_shut = decision;
    load(m_patientId); // asks again, or forgets the rows and says why not
}

void VitalSignsLoader::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    m_parser->cancel();
    m_loading = false;
}

void VitalSignsLoader::fetch(const QUrl& url)
{
    ++m_pages;
    FhirReply* reply = m_client->get(url);
    m_reply = reply;
    connect(reply, &FhirReply::finished, this, [this, reply] {
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        const FhirResponse response = reply->response();
        if (!response.ok) {
            finish(response.error);
            return;
        }
        m_parser->start(response.body, QStringLiteral("Observation"));
    });
}

} // namespace ccri::fhir
