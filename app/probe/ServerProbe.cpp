#include "app/probe/ServerProbe.h"

#include "app/probe/AuthorizationRequestCheck.h"
#include "app/probe/CapabilityStatementCheck.h"
#include "app/probe/EndpointCheck.h"
#include "app/probe/IssuerMetadataCheck.h"
#include "app/probe/JwksCheck.h"
#include "app/probe/SmartConfigurationCheck.h"

namespace ccri::probe {

ServerProbe::ServerProbe(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
{
    m_context.network = network;
}

ServerProbe::~ServerProbe()
{
    abort();
}

void ServerProbe::start(const QUrl& fhirBase, const QString& clientId, const QUrl& redirectUri)
{
    abort();
    const QString scope = m_context.scope;
    QNetworkAccessManager* network = m_context.network;
    const QSslConfiguration ssl = m_context.ssl;
    const int timeout = m_context.timeoutMs;
    m_context = ProbeContext();
    m_context.network = network;
    m_context.ssl = ssl;
    m_context.timeoutMs = timeout;
    m_context.scope = scope;
    m_context.fhirBase = fhirBase.adjusted(QUrl::StripTrailingSlash);
    m_context.clientId = clientId;
    m_context.redirectUri = redirectUri;
    m_report = ProbeReport();
    m_report.fhirBase = m_context.fhirBase;
    m_report.clientId = clientId;
    m_report.redirectUri = redirectUri;
    m_report.checkedAt = QDateTime::currentDateTimeUtc();
    m_next = 0;
    runNext();
}

void ServerProbe::abort()
{
    if (m_current) {
        ProbeCheck* check = m_current;
        m_current = nullptr;
        check->disconnect(this);
        check->abort();
        check->deleteLater();
    }
}

ProbeCheck* ServerProbe::makeCheck(int index)
{
    switch (index) {
    case 0:
        return new SmartConfigurationCheck(m_context, this);
    case 1:
        return new CapabilityStatementCheck(m_context, this);
    case 2:
        return new IssuerMetadataCheck(m_context, this);
    case 3:
        return new JwksCheck(m_context, this);
    case 4:
        return new EndpointCheck(m_context, this);
    case 5:
        return new AuthorizationRequestCheck(m_context, this);
    default:
        return nullptr;
    }
}

void ServerProbe::runNext()
{
    ProbeCheck* check = makeCheck(m_next++);
    m_current = check;
    if (!check) {
        emit finished(m_report);
        return;
    }
    connect(check, &ProbeCheck::finding, this, [this](const ProbeFinding& finding) {
        m_report.findings.append(finding);
        emit findingAdded(finding);
    });
    // Queued: a check that ends inside start() does not start the next one from within itself.
    connect(
        check, &ProbeCheck::finished, this,
        [this, check] {
            if (m_current != check)
                return;
            m_current = nullptr;
            check->deleteLater();
            runNext();
        },
        Qt::QueuedConnection);
    emit checkStarted(check->title());
    check->start();
}

} // namespace ccri::probe
