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
            m_error = info.error;
            m_loading = false;
            emit finished();
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
        m_loading = false;
        emit finished();
    });
}

void VitalSignsLoader::load(const QString& patientId)
{
    cancel();
    m_rows.clear();
    m_pages = 0;
    m_total = -1;
    m_stoppedShort = false;
    m_error.clear();
    if (!m_client || patientId.isEmpty())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("patient"), patientId);
    query.addQueryItem(QStringLiteral("category"), QStringLiteral("vital-signs"));
    query.addQueryItem(QStringLiteral("_count"), QString::number(m_pageSize));
    m_loading = true;
    fetch(m_client->url(QStringLiteral("Observation"), query));
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
            m_error = response.error;
            m_loading = false;
            emit finished();
            return;
        }
        m_parser->start(response.body, QStringLiteral("Observation"));
    });
}

} // namespace ccri::fhir
